import { describe, expect, it } from 'vitest';
import { LEXICONS, PRESS_CONFIDENCES } from '../lexicons';
import { testRule } from '../test-rule';
import rule from './media-outlet-recipient';

testRule(rule, {
  valid: [
    // The organisation's own press office, and inside mailboxes that happen to be called news@ or editor@.
    { to: ['press.office@westmidlands-pcc.gov.uk'], body: 'Can you pick up the BBC enquiry about the youth hubs?' },
    { to: ['news@westmidlands-pcc.gov.uk'], body: 'Draft intranet story attached.' },
    // A charity whose name starts with "radio" that is medicine, not a station.
    { to: ['studio@radiotherapyfund.org.uk'], body: 'Thank you for the photographs of the new unit.' },
    { to: ['editor@west-midlands.police.uk'], body: 'Draft newsletter copy attached.' },
    // Domains that only look like news outlets.
    { to: ['jane@notbbc.co.uk'], body: 'Hello Jane' },
    { to: ['jo@bbc.co.uk.example.com'], body: 'Hello Jo' },
    { to: ['info@mynewsletter.co.uk'], body: 'Please unsubscribe me.' },
    { to: ['jo.news@gmail.com'], body: 'See you on Saturday.' },
    // An outlet's name in the display name is not the address.
    { to: ['The Sun <info@thesunnysidecafe.co.uk>'], body: 'Table for six, please.' },
    // A masthead-like domain counts only when the draft itself speaks to the press.
    { to: ['accounts@dudleyherald.co.uk'], body: 'Invoice attached for the recruitment advert.' },
    // Another pack's local paper: cwherald.com is only listed by Cumbria.
    { to: ['desk@cwherald.com'], body: 'Hello' },
    // A media-authorised sender gets no media finding.
    { to: ['jo.bloggs@bbc.co.uk'], body: 'Hi Jo, the report is attached.', profile: { mediaAuthorised: true } },
    // A design studio's studio@ mailbox and a freelance designer on personal mail are not press, even with "for publication" in the draft.
    { to: ['studio@forgecreative.co.uk'], body: 'Final text for the annual report: the cover sheet says OFFICIAL - for publication.' },
    { to: ['sam.designs.freelance@gmail.com'], body: 'The leaflet proofs look great, thanks.' },
    // A facilities company whose name ends in "fm": recording an offer on the register says nothing to the press.
    { to: ['giles@kestrelfm.co.uk'], body: 'Under our code I am required to record the offer, which I have done.' },
    // A podcast-like domain with nothing said to the press.
    { to: ['accounts@thebeatpodcast.co.uk'], body: 'Invoice for the sponsorship slot attached.' },
    // A recipient without an @ cannot be a news organisation.
    { to: ['bbc.co.uk'], body: 'Hello' },
  ],
  invalid: [
    // A title's domain under its other usual ending: expressandstar.com is listed, a reporter writes from expressandstar.co.uk.
    { to: ['gareth.lowe@expressandstar.co.uk'], body: 'Thursday at 1 works for me.', findings: [{ field: 'to' }] },
    // A publisher of local papers, by its group's domain.
    { to: ['tom.haynes@nationalworld.com'], body: 'Would the Courier be interested in a feature on our ambassadors?', findings: [{ field: 'to' }] },
    // A community station is a charity (.org.uk), and a station still.
    { to: ['studio@radioabbey.org.uk'], body: "Go on then - I'll come on Sunday's show to talk about custody visiting.", findings: [{ field: 'to' }] },
    // Masthead words before a tail ("…newsonline", "…mercurydaily"), podcasts, .tv, a student paper's news@, a freelance's gmail.
    { to: ['jay@thebeatpodcast.co.uk'], subject: 'Re: guest slot', body: 'Yeah go on then, count me in for the episode on the policing plan.', findings: [{ field: 'to' }] },
    { to: ['helen@peakframeproductions.tv'], body: 'I would be happy to take part in an on-camera interview.', findings: [{ field: 'to' }] },
    { to: ['news@theboar.org'], body: 'Happy to do the interview for the news section on Wednesday.', findings: [{ field: 'to' }] },
    { to: ['nina.okafor.journo@gmail.com'], body: 'Would be good to see it in your Birmingham Updates piece.', findings: [{ field: 'to' }] },
    // Turning a journalist away is still writing to the press; their enquiry in the quoted chain says who they are.
    {
      to: ['chris.bains@belpernewsonline.co.uk'],
      body: "Sorry, I'm not able to comment on that.\n\nOn Tue, 14 May 2025, Chris Bains <chris.bains@belpernewsonline.co.uk> wrote:\n> Could you confirm for a story going up this afternoon?",
      findings: [{ field: 'to' }],
    },
    {
      to: ['jo.bloggs@bbc.co.uk'],
      body: 'Hi Jo, the report is attached.',
      findings: [{ messageId: 'newsRecipient', field: 'to', start: 0, end: 19, excerpt: 'jo.bloggs@bbc.co.uk', severity: 'warn' }],
    },
    {
      name: 'a newsdesk in cc, behind an inside recipient',
      to: ['colleague@westmidlands-pcc.gov.uk'],
      cc: ['newsdesk@birminghammail.co.uk'],
      body: 'See below.',
      findings: [{ field: 'cc', text: 'newsdesk@birminghammail.co.uk' }],
    },
    { to: [], bcc: ['x@ft.com'], body: 'Hi', findings: [{ field: 'bcc', text: 'x@ft.com' }] },
    { name: 'a subdomain of a listed outlet', to: ['reporter@news.bbc.co.uk'], body: 'Hello', findings: [{ text: 'reporter@news.bbc.co.uk' }] },
    {
      name: 'a display name with the address in angle brackets',
      to: ['Sam Reporter <sam@expressandstar.com>'],
      body: 'Hello',
      findings: [{ text: 'Sam Reporter <sam@expressandstar.com>', message: expect.stringContaining('sam@expressandstar.com') }],
    },
    { name: 'capitals and a trailing space', to: ['JO@BBC.CO.UK '], body: 'Hello', findings: [{ text: 'JO@BBC.CO.UK ', excerpt: 'JO@BBC.CO.UK' }] },
    {
      name: 'offsets of a second recipient point into the joined field',
      to: ['a@bbc.co.uk', 'b@itv.com'],
      body: 'Hello both',
      findings: [
        { start: 0, end: 11, text: 'a@bbc.co.uk' },
        { start: 13, end: 22, text: 'b@itv.com' },
      ],
    },
    { name: 'a newsroom mailbox at a masthead domain', to: ['letters@walsallchronicle.co.uk'], body: 'Please find my letter attached.', findings: [{ text: 'letters@walsallchronicle.co.uk' }] },
    { name: 'a masthead domain the draft addresses as a paper', to: ['j.smith@dudleyherald.co.uk'], body: 'Dear Editor, I enclose the figures.', findings: [{ text: 'j.smith@dudleyherald.co.uk' }] },
    { name: 'a pack-listed outlet', to: ['desk@cwherald.com'], body: 'Hello', org: 'cumbria', findings: [{ text: 'desk@cwherald.com' }] },
    { name: 'a news group, not a title', to: ['jo@reachplc.com'], body: 'Hi', findings: [{ text: 'jo@reachplc.com' }] },
  ],
});

describe('a domain named with "fm", a facilities firm as often as a station', () => {
  testRule(rule, {
    valid: [
      // A confidence to a contractor is no word to the press.
      { to: ['g.hirst@harbourfm.co.uk'], body: "Off the record, the board wasn't keen on the new rota. You didn't hear it from me." },
      { to: ['ops@cityworks-fm.co.uk'], body: "Keep my name out of it, but the cleaning in block C has been poor." },
    ],
    invalid: [
      // The draft speaks to a station: a show, an interview, listeners.
      { to: ['studio@peakfm.net'], body: "Off the record, I'd be glad to come on the breakfast show.", findings: [{ field: 'to' }] },
      { to: ['jo@harbourfm.co.uk'], body: 'Happy to do the interview on Friday; your listeners will want to hear about the scheme.', findings: [{ field: 'to' }] },
      // A newsroom mailbox at an "fm" domain, with only a confidence.
      { to: ['news@harbourfm.co.uk'], body: "Off the record, the board wasn't keen on the new rota.", findings: [{ field: 'to' }] },
      // A masthead other than "fm" still counts with a confidence alone.
      { to: ['sam@belpernewsonline.co.uk'], body: "Off the record, the board wasn't keen on the new rota.", findings: [{ field: 'to' }] },
    ],
  });
});

describe('the reader addressed as editor', () => {
  testRule(rule, {
    valid: [{ to: ['accounts@ashbournetimes.co.uk'], body: 'As agreed with your accounts team, the invoice for the advert is attached.' }],
    invalid: [{ to: ['sam@ashbournetimes.co.uk'], body: 'As editor of the Ashbourne Times, you may like this piece on our new hub.', findings: [{ field: 'to' }] }],
  });
});

it('reads every confidence among the press-offer phrases', () => {
  expect(LEXICONS['press-offer']).toEqual(expect.arrayContaining([...PRESS_CONFIDENCES]));
});

describe('a masthead-like domain, and an enquiry that says a piece is going out', () => {
  testRule(rule, {
    valid: [
      // The same domain with nothing said to or by the press.
      { to: ['rob.hinds@kingstandinglive.co.uk'], body: 'Thanks for the invoice for the advert.' },
    ],
    invalid: [
      { to: ['rob.hinds@kingstandinglive.co.uk'], body: 'You can say around 60 vehicles have been taken since January.', findings: [{ field: 'to' }] },
      {
        to: ['pat@walsalltoday.co.uk'],
        body: "Yes, we'll be at the surgery.\n\nOn Tue, 8 Apr 2025, Pat <pat@walsalltoday.co.uk> wrote:\n> Could you confirm the OPCC will be there? We're running a piece on Friday.",
        findings: [{ field: 'to' }],
      },
      {
        to: ['pat@walsalltoday.co.uk'],
        body: "It's about car crime.\n\nOn Tue, 8 Apr 2025, Pat <pat@walsalltoday.co.uk> wrote:\n> What's it about? Running something tomorrow.",
        findings: [{ field: 'to' }],
      },
    ],
  });
});
