import { describe } from 'vitest';
import { testRule } from '../test-rule';
import rule from './press-contact';

const quotedEnquiry = [
  'Thanks, I have passed this to our press office.',
  '',
  'On Tue, 3 Mar 2026 at 10:02, Sam Jones <sam@example.co.uk> wrote:',
  "> I'm writing a piece for Thursday's paper and would love a comment on the record.",
].join('\n');

testRule(rule, {
  valid: [
    // Background for a valuation, not for a story.
    { to: ['paul@lakelandproperty.co.uk'], body: "Here is the options paper. It'll give you the background for your valuation work on Kendal." },
    { channel: 'social', site: 'linkedin', body: 'Shortlisted for a national award! But the real story is our volunteers.' },
    // Every Bluesky handle ends in bsky.social, which holds "sky": not a news outlet.
    { channel: 'social', body: '@meganwrightmp.bsky.social thanks for visiting the youth hub - happy to chat about it any time.' },
    // The journalist's words are in the chain quoted back to the journalist, not the sender's.
    { to: ['sam@example.co.uk'], body: quotedEnquiry },
    // A quoted enquiry from press, answered only by sending them to the press office.
    { to: ['sam@example.co.uk'], body: quotedEnquiry.replace('Thanks, I have passed this to our press office.', 'Thanks Sam. Our press office will be in touch with you today.') },
    // Inside mail about the press, and forwarding an enquiry to the organisation's own press office.
    { to: ['colleague@westmidlands-pcc.gov.uk'], body: 'Off the record, the press office will handle this.' },
    { to: ['press@westmidlands-pcc.gov.uk'], body: 'Forwarding this media enquiry from the Birmingham Mail - can you pick it up?' },
    // "Your enquiry" to an ordinary outside contact is not a press enquiry.
    'Thanks for your enquiry about the community fund; the form is attached.',
    'The vetting team is working on background checks for the new starters.',
    'I saw your letter on the letters page last week.',
    'Feel free to use the photos from the fun run in your newsletter.',
    // Negated offers.
    'I will not speak on the record about this.',
    // Secrecy asks to someone who is not press: a leak to a bidder is confidential, not media (LABELS.md).
    { to: ['paul@ravenscourt-consulting.co.uk'], body: 'Your price was a bit high. You didn\u2019t hear it from me.' },
    { to: ['tony@mentoring-charity.co.uk'], body: 'Off the record, your bid is in a decent position.' },
    // An editor mentioned, not addressed.
    { to: ['jo@example-charity.org.uk'], body: 'The editor of the newsletter asked for a photo of the volunteers.' },
    // "You heard it here first" in a post that addresses no outlet is news told to the public, not to the press.
    { channel: 'social', body: 'Our new custody suite opens in March. You heard it here first!' },
    // A briefing offered to someone who is not press.
    { to: ['jo@example-charity.org.uk'], body: 'Happy to give your trustees a background briefing on the scheme.' },
    // Thanking a volunteer for their report.
    { to: ['brian.tolley58@gmail.com'], body: "Thanks for your report from Saturday's custody visit." },
    // "On the record" inside an email disclaimer at the foot.
    'Please find the minutes attached.\n\nThis email is intended for the addressee only. If you have received it in error, please delete it. Messages may be monitored and kept on the record.',
    // A media-authorised sender gets no media finding.
    { body: 'Off the record, the commissioner is furious about the budget.', profile: { mediaAuthorised: true } },
    // Sharing a published item without comment for the press.
    { channel: 'social', body: 'Worth a read: the Birmingham Mail on the new youth hubs' },
    { channel: 'social', body: 'Great to see @BirminghamMail covering our youth hubs - worth a read' },
    // "describe me as" alone: here it is a conference organiser, not a journalist.
    'Could you describe me as Policy Officer on the conference programme?',
    // A supplier's quote, not a quotation for publication.
    "I've attached the signed quote for your records.",
    'Our quotes for your office move are attached.',
    // A producer mentioned, with no offer made.
    { to: ['rob.f.films@gmail.com'], body: 'As producer on the documentary, you will have the final cut of the credits.' },
    // "Quote me" for a price.
    { to: ['dave@solwaybuild.co.uk'], body: "If you're happy to quote me properly I'll pay the going rate." },
    { to: ['dave@solwaybuild.co.uk'], body: 'Could you quote me a price for the fencing?' },
  ],
  invalid: [
    { channel: 'social', body: '@leamingtoncourier.bsky.social if you want the real story on 999 answer times in Warwickshire, message me.', findings: [{}] },
    // A reporter's own thread, addressed, and an offer to tell more in private.
    { channel: 'social', body: "@kate-ellery.bsky.social saw your reporting thread on the Lozells Road flats. I work at the PCC's office - DM me and I'll tell you what's been going on.", findings: [{}] },
    // Asking a reporter not to be quoted is talking on background, without an apostrophe too.
    { to: ['gareth.lowe@gmail.com'], cc: ['newsdesk@example.co.uk'], body: "I'll fill you in on the budget, just dont quote me by name", findings: [{ text: 'dont quote me' }] },
    { channel: 'social', site: 'bluesky', body: "@sam.jones.bsky.social you're the Courier's crime reporter, right? There's more to it than the release says - drop me a DM for some background.", findings: [{ messageId: 'addressed' }] },
    { to: ['jas.k.bains@gmail.com'], body: "Now that you're producing the breakfast slot, I'd love to come on and talk about our survey.", findings: [{ messageId: 'addressed' }] },
    { to: ['rav.chohan.tv@gmail.com'], body: "I'd be more than happy to do a sit-down interview about the youth violence figures.", findings: [{ messageId: 'offer' }] },
    // An outlet named with a number, in a public post that offers to talk.
    { channel: 'social', body: "To the producer from Channel 5 who messaged me: yes, I'm happy to talk about life in the office.", findings: [{ text: 'Channel 5' }] },
    // A reply that gives a quote to someone whose quoted enquiry says they are a reporter.
    {
      to: ['pete.dowling@gmail.com'],
      body: [
        'Quote away: "the fund has been a lifeline for small groups."',
        '',
        'On Tue, 4 Mar 2026 at 09:12, Pete Dowling <pete.dowling@gmail.com> wrote:',
        "> Morning, freelance news reporter here, I cover the south of the county. Could you give me a line on the fund?",
      ].join('\n'),
      findings: [{ text: 'Quote away', messageId: 'offer' }],
    },
    // A Bluesky handle with a hyphen that reads like a reporter's.
    { channel: 'social', body: '@kat-reports.bsky.social yes, that is me. DM me and I will tell you more.', findings: [{ text: '@kat-reports.bsky.social' }] },
    {
      channel: 'social',
      body: "@lukeferris.bsky.social saw you're the crime correspondent covering the precept - I can give you some context. DM me",
      findings: [{ text: 'crime correspondent' }],
    },
    // Written to an editor, whatever it offers; a writer named by what they are writing; background not to be attributed.
    { to: ['features@cumbrialife.co.uk'], body: 'Dear Editor,\n\nI would like to offer you a first-person piece about the job.', findings: [{ text: 'Dear Editor' }] },
    { to: ['s.mcleod@gmail.com'], body: "You said you're writing the rural crime piece for the Westmorland Gazette - happy to give you a steer, off the record.", findings: [{ messageId: 'addressed' }] },
    { to: ['will@matlockmercurydaily.co.uk'], body: "I can give you some background on the precept, as long as it's not attributed to me.", findings: [{ text: "as long as it's not attributed" }] },
    // Addressed to an outlet, the same line is a tip-off.
    { channel: 'social', body: '@LeamObserver the PCC office is moving out of Warwick next year. You heard it here first', findings: [{ text: '@LeamObserver' }] },
    // Someone the draft addresses as a producer, offered a briefing and an appearance.
    {
      to: ['hannah@wildgroundfilms.co.uk'],
      body: "As the producer you'll know what works on screen, but I'd be glad to give you a background briefing before you start filming.",
      findings: [{ text: 'As the producer' }],
    },
    // Journalists at personal addresses, known by what the draft says.
    { to: ['tom.b@protonmail.com'], body: "As a freelance reporter you'll understand I can't be named; you can use this for the feature.", findings: [{ messageId: 'addressed' }] },
    { to: ['dan.o@icloud.com'], body: "Heads-up for tomorrow's programme: ring me at nine and I'll tell you who it is.", findings: [{ messageId: 'addressed' }] },
    { to: ['hannah@northlight-productions.co.uk'], body: 'Happy to be interviewed for the programme on Thursday.', findings: [{ messageId: 'offer' }] },
    { to: ['jo.walsh@gmail.com'], body: 'The notes are attached for your investigation. Keep my name out of it when it runs.', findings: [{ messageId: 'offer' }] },
    { body: "Here's a statement you can run: we are disappointed by the decision.", findings: [{ text: 'a statement you can run' }] },
    { body: "The overtime figure is £2.1m, not £1.5m. Feel free to use it in tomorrow's paper.", findings: [{ text: "in tomorrow's paper" }] },
    {
      body: 'Happy to give you a few quotes for your feature on rural crime.',
      findings: [{ messageId: 'offer', field: 'body', text: 'for your feature', severity: 'warn' }],
    },
    // "Off the record" is press talk when it goes to the press (to a bidder it is a confidence: see the valid cases).
    {
      to: ['newsdesk@derbytelegraph.co.uk'],
      body: 'Off the record, the commissioner is furious about the budget.',
      findings: [{ messageId: 'offer', start: 0, end: 14, excerpt: 'Off the record' }],
    },
    { to: ['sam.reed@gmail.com'], body: 'For your story: OFF THE RECORD, the station closes in May.', findings: [{ excerpt: 'For your story' }] },
    { name: 'off the record in a public post', channel: 'social', body: '@someone happy to walk you through the budget off the record.', findings: [{ text: 'off the record' }] },
    { name: 'an outlet the lexicon names, as a handle', channel: 'social', body: '@CumbriaCrack you should look into the Keswick counter. Happy to give you chapter and verse, message me.', findings: [{ messageId: 'addressed' }] },
    { body: 'You can quote me as a senior source in the office.', findings: [{ text: 'You can quote' }] },
    { body: 'Feel free to quote me on that.', findings: [{ text: 'quote me' }] },
    {
      to: ['rob.f.films@gmail.com'],
      body: "As producer on the documentary, you'll want someone on camera - I'm happy to do an interview.",
      findings: [{ messageId: 'addressed', text: 'As producer' }],
    },
    // Secrecy asks are a leak when they go to the press (to a bidder or a friend they are something else: see the valid cases).
    { to: ['sam.reed@derbytelegraph.co.uk'], body: 'Keep my name out of it, but the numbers are worse than published.', findings: [{ messageId: 'offer', text: 'Keep my name out' }] },
    {
      name: 'a curly apostrophe',
      to: ['sam.reed@gmail.com'],
      body: 'For your piece: you didn\u2019t hear it from me, but the contract is going to Acme.',
      findings: [{ text: 'For your piece' }],
    },
    { name: 'a line break inside the phrase', body: 'The figures are yours for your\nstory tomorrow.', findings: [{ text: 'for your\nstory', excerpt: 'for your story' }] },
    {
      name: 'a zero-width space inside a word',
      to: ['newsdesk@derbytelegraph.co.uk'],
      body: 'Just between us and on the re\u200bcord: the station closes in May.',
      findings: [{ text: 'on the re\u200bcord' }],
    },
    {
      name: 'addressing an editor and offering comment',
      body: 'Dear Editor,\n\nI am happy to comment on the figures.',
      findings: [{ messageId: 'addressed', text: 'Dear Editor' }],
    },
    {
      name: 'an offer to a masthead-like domain',
      to: ['sam@dudleyherald.co.uk'],
      body: 'I can confirm the station will close.',
      findings: [{ messageId: 'offer', text: 'I can confirm' }],
    },
    {
      name: 'a post opening with a news handle',
      channel: 'social',
      body: '@ExpressAndStar here are the knife crime figures they are hiding',
      findings: [{ messageId: 'addressed', text: '@ExpressAndStar' }],
    },
    {
      name: 'a post offering a news account more',
      channel: 'social',
      body: '@BBCMidlands I can confirm the station will close in May. DM me for more.',
      findings: [{ messageId: 'addressed', text: '@BBCMidlands' }],
    },
    { name: 'for your readers', body: 'Here is a line for your readers: the station will close in May.', findings: [{ messageId: 'offer', text: 'for your readers' }] },
    { body: 'Your story on the custody suite was wrong; happy to set you straight.', findings: [{ text: 'Your story on' }] },
  ],
});

describe('pages tagged by name, and outlets sent to the press office', () => {
  testRule(rule, {
    valid: [
      { channel: 'social', site: 'facebook', body: '@Sarah Hall thanks for coming to the coffee morning, message me if you want the photos!' },
      { channel: 'social', site: 'x', body: "@KidsNewsDesk best to ask the press office on 01926 123456, I'm unable to comment." },
    ],
    invalid: [
      {
        channel: 'social',
        site: 'facebook',
        body: '@Buxton Advertiser if you want the inside story on the closure, message me.',
        findings: [{ messageId: 'addressed', text: '@Buxton Advertiser' }],
      },
    ],
  });
});

describe('writers tagged, features editors', () => {
  testRule(rule, {
    valid: [{ channel: 'social', site: 'bluesky', body: '@hannahwrites.bsky.social loved your novel, the ending got me!' }],
    invalid: [
      {
        channel: 'social',
        site: 'bluesky',
        body: '@hannahwrites.bsky.social I work in an OPCC and yes, it is as daft as you think. DMs open if you want a chat for the piece.',
        findings: [{ messageId: 'offer' }],
      },
      { to: ['sam@derbyshirelife.co.uk'], body: 'As features editor you asked for 600 words on the volunteers for the June issue: attached.', findings: [{ messageId: 'addressed' }] },
    ],
  });
});

describe('an outlet named as the reader’s, in an email that offers something', () => {
  testRule(rule, {
    valid: [
      // Outlets the letter only mentions, not whom the reader works for.
      "Thanks for your questions. I saw the report on BBC News too, and I'm happy to explain the scheme.",
      { to: ['j.moss@gmail.com'], body: 'Thanks for your letter in the Derby Telegraph; happy to explain the scheme to you.' },
      { to: ['j.moss@gmail.com'], body: "I'm happy to chat about the piece we did for BBC Radio Derby last year when we meet." },
      // The reader works for an outlet, but the draft offers nothing.
      { to: ['j.moss@gmail.com'], body: 'Good luck with your new job at the BBC! We will miss you on the panel.' },
      // Inside mail.
      { to: ['comms@westmidlands-pcc.gov.uk'], body: 'Your colleague at ITV News rang; I can tell you what she wanted when we speak.' },
    ],
    invalid: [
      {
        to: ['r.hale.media@gmail.com'],
        body: 'Thanks for your message about your research for Channel 4 News. I am happy to talk about how the funding works, on background.',
        findings: [{ messageId: 'addressed', text: 'Channel 4 News' }],
      },
      {
        to: ['sam.k@outlook.com'],
        body: 'Your colleague at the Birmingham Mail passed on my name. I can tell you what I know about the custody backlog.',
        findings: [{ messageId: 'addressed', text: 'Birmingham Mail' }],
      },
      {
        to: ['d.o@protonmail.com'],
        body: "Re the film you are making for ITV Central: I'd rather not be named, but happy to explain how referrals work.",
        findings: [{ messageId: 'addressed', text: 'ITV Central' }],
      },
    ],
  });
});

describe('a domain named with "fm", a facilities firm as often as a station', () => {
  testRule(rule, {
    valid: [
      { to: ['g.hirst@harbourfm.co.uk'], body: "Off the record, the board wasn't keen on the new rota. You didn't hear it from me." },
      { to: ['ops@cityworks-fm.co.uk'], body: 'Keep my name out of it, but the cleaning in block C has been poor.' },
    ],
    invalid: [
      { to: ['jo@harbourfm.co.uk'], body: 'Happy to chat about the scheme on Friday, off the record if you like.', findings: [{ messageId: 'offer' }] },
      { to: ['news@harbourfm.co.uk'], body: "Off the record, the board wasn't keen on the new rota.", findings: [{ messageId: 'offer', text: 'Off the record' }] },
    ],
  });
});

describe('the reader addressed as an outlet’s own', () => {
  testRule(rule, {
    valid: [
      // An outlet's people or work spoken of, not the reader as one of them.
      { to: ['pat@example.com'], body: "The Guardian's crime correspondent rang me yesterday about the hub." },
      { to: ['pat@example.com'], body: "As the BBC's report showed, waiting times are up again." },
      { to: ['pat@example.com'], body: "As the Guardian's readers will know, the hub has opened." },
    ],
    invalid: [
      { to: ['h.reyes@gmail.com'], body: "As the Telegraph's home affairs editor, you might want to see these figures first.", findings: [{ messageId: 'addressed', text: "the Telegraph's" }] },
      { to: ['h.reyes@gmail.com'], body: "As Sky News's producer for the region you'll know the backlog is worse than they say.", findings: [{ messageId: 'addressed', text: "Sky News's" }] },
    ],
  });
});

describe('a published item shared with an event promoted, and lines given for the reader to print', () => {
  testRule(rule, {
    valid: [
      // The public invited to bring or send their questions to an event: not answers to a journalist, though an outlet is named.
      { channel: 'social', site: 'bluesky', body: "Lovely piece on BBC Radio Derby about our farm watch visits. We're in Bakewell on Monday - bring your questions about tool marking." },
      { channel: 'social', site: 'x', body: 'The Coventry Telegraph covered the hub launch today. Come along on Friday and ask your questions, or send us your questions beforehand.' },
      { channel: 'social', site: 'facebook', body: 'As reported by ITV Central last night: the new patrols start in May. Pop in to the library on Tuesday and put your questions to the team.' },
      // "You can say" to someone who is not press.
      { to: ['jo@example-charity.org.uk'], body: 'If the trustees ask, you can say the grant was paid in March.' },
    ],
    invalid: [
      // Answering the questions a paper sent is still an answer to the press.
      { to: ['kim.lowe@derbytelegraph.co.uk'], body: 'In answer to your questions: the roadshow cost £18,000.', findings: [{ messageId: 'offer' }] },
      // A line for the reader to print, to a masthead-like domain.
      { to: ['rob.hinds@kingstandingtoday.co.uk'], body: 'You can say around 60 vehicles have been taken in the area since January.', findings: [{ messageId: 'offer', text: 'You can say' }] },
      { to: ['sal@wolverhamptonpost.co.uk'], body: 'Happy to help. You can say the Commissioner has funded two more youth workers.', findings: [{ messageId: 'offer' }] },
      {
        to: ['kay.dunn@example.co.uk'],
        body: "Yes, we'll be there on Saturday. You can say 40 bikes were marked last year.\n\nOn Mon, 7 Apr 2025, Kay Dunn <kay.dunn@example.co.uk> wrote:\n> Could you confirm what the stall is for? Running something tomorrow.",
        findings: [{ messageId: 'offer' }],
      },
    ],
  });
});

describe('a post that opens by tagging someone and offers them, off the platform, what the public has not been told', () => {
  testRule(rule, {
    valid: [
      // Help offered to a resident: nothing beyond the public record.
      { channel: 'social', site: 'x', body: "@bedford_mum so sorry to hear that. DMs open if you want the number for victim support, they're brilliant." },
      { channel: 'social', site: 'x', body: '@jo_resident thanks for coming to the surgery! The background to the scheme is on our website - happy to chat, DM me.' },
      // Not opening with the tag; or the leak cue with nothing offered.
      { channel: 'social', site: 'x', body: "There's a lot the public hasn't been told about the custody review, says @SamHeeley. Worth reading." },
      { channel: 'social', site: 'x', body: "@SamHeeley great thread - there's more to this than the headline, as ever." },
      // Refused, and passed to the press office.
      { channel: 'social', site: 'x', body: "@SamHeeley I can't give you the background, sorry - DM the press office, they're happy to help." },
      // "On the record" told of, not offered.
      { channel: 'social', site: 'linkedin', body: "Panels like this matter. They're where the public's questions get asked on the record. Thank you, Pat." },
      { channel: 'social', site: 'linkedin', body: 'Thanks to everyone who put their views on the record at last night\'s consultation.' },
    ],
    invalid: [
      { channel: 'social', site: 'x', body: '@leannehart_bm happy to give you the real numbers behind this, the press release only tells half the story. DMs open', findings: [{ text: 'the real numbers' }] },
      { channel: 'social', site: 'bluesky', body: "@jo-calloway.bsky.social saw your thread - I lead on victims' services, happy to talk to you on background. DM open.", findings: [{ text: 'on background' }] },
      { channel: 'social', site: 'x', body: "@SamHeeleyBrum I work there and can give you the background on where the money's actually gone. DMs open", findings: [{ text: 'give you the background' }] },
      { channel: 'social', site: 'x', body: "@kayreports there's a lot more to this than the council is saying. Message me and I'll fill you in.", findings: [{}] },
      { channel: 'social', site: 'x', body: '@SamHeeley happy to go on the record about the hub closure.', findings: [{ text: 'on the record' }] },
    ],
  });
});

describe('an inbox open to a journalist named with their paper', () => {
  testRule(rule, {
    valid: [{ channel: 'social', site: 'linkedin', body: 'Our volunteer scheme is recruiting again. My inbox is open to anyone with ideas.' }],
    invalid: [
      {
        channel: 'social',
        site: 'linkedin',
        body: "Jen Williams (Manchester Evening News), if you're still after someone from inside the team to talk about the custody review, my inbox is open.",
        findings: [{ text: 'Manchester Evening News' }],
      },
    ],
  });
});

describe("a reply that agrees to come on a programme whose maker asked in the quoted chain", () => {
  const asked = '\n\nOn Fri, 21 Mar 2025, 10:44 Jess Rowe <jess@example-talks.co.uk> wrote:\n> We\'re doing an episode on youth violence and would love to have you on. We record Thursdays.';
  testRule(rule, {
    valid: [
      // Turned down, or passed to the press office.
      { to: ['jess@example-talks.co.uk'], body: `Thanks Jess, the press office will pick this up with you.${asked}` },
      // The studio and talking something through with no programme in view.
      { to: ['sam@example-arts.org.uk'], body: 'I can talk through the lease on Thursday; send me the address for the studio and I will be there.' },
    ],
    invalid: [
      { to: ['jess@example-talks.co.uk'], body: `Yes, happy to do it. Thursday is best. Send me the address for the studio and I'll be there.${asked}`, findings: [{ text: 'for the studio' }] },
      { to: ['jess@example-talks.co.uk'], body: `Count me in - I can talk through how the mentoring works.${asked}`, findings: [{ text: 'I can talk through' }] },
    ],
  });
});

describe("an interview arranged with the reader's crew", () => {
  testRule(rule, {
    valid: [
      // A contractor's crew, with nothing to broadcast; a job interview with no crew.
      { to: ['ops@northbuild.co.uk'], body: 'I can confirm your crew can start on the car park resurfacing on Monday.' },
      { to: ['recruitment@talentpartners.co.uk'], body: 'Thursday 2pm works for the interview with your candidate. I will meet her in reception.' },
    ],
    invalid: [
      { to: ['lisa.chen@northtelly.co.uk'], body: "Yes, Thursday 2pm works for the interview about the victims' hub. I'll meet your crew in reception.", findings: [{ messageId: 'offer' }] },
      { to: ['dan@regionalpictures.co.uk'], body: 'Happy to do the interview on the knife crime scheme - your camera crew can set up in the boardroom from 10.', findings: [{ messageId: 'offer' }] },
      { to: ['amy.lowe@metrovision.com'], body: "Great, I'll be ready for the interview at 11. Your cameraman is welcome to film the hub first.", findings: [{ messageId: 'offer' }] },
    ],
  });
});

describe('how the reader may attribute what they print', () => {
  testRule(rule, {
    valid: [
      // A source of money or data, not of a story.
      { to: ['finance@example-council.gov.uk'], body: 'We have found a source of funding in the reserves for the second year.' },
      { to: ['r.patel@example.ac.uk'], body: 'Feel free to cite the annual report as a source for the figures in your thesis.' },
    ],
    invalid: [
      { to: ['tom@example-newsletter.co.uk'], body: "Use this as 'a source inside the OPCC' if you like: the new deputy is already looking for another job.", findings: [{ messageId: 'offer' }] },
    ],
  });
});

describe('a price asked for', () => {
  testRule(rule, {
    valid: [{ to: ['info@example-alarms.co.uk'], body: 'Please find attached the floor plans for the custody suite, so you can quote for the alarm works.' }],
    invalid: [{ to: ['news@example-courier.co.uk'], body: 'The Commissioner is happy for you to use this - you can quote her on the figures.', findings: [{}] }],
  });
});
