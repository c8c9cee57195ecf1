import { describe } from 'vitest';
import { testRule } from '../test-rule';
import rule from './tender-disclosure';

testRule(rule, {
  valid: [
    // The published weighting of the evaluation, in answers to bidders' questions.
    { subject: 'Tender 24/11 - clarification answers', body: 'A4. No minimum, but social value is worth 10% of the quality score.' },
    // Scores of a quiz or a survey beside a prize, not a contract award.
    { body: 'Survey results: Aston on 71, Ladywood on 74. The award ceremony is next week.' },
    { body: 'Team quiz: Blues on 31, Reds on 34. Award for the winners on Friday.' },
    // Refusing to discuss bids; scores to be shared after award.
    { to: ['craig@cityworks-fm.co.uk'], body: "The cleaning contract goes out to tender next month. I can't discuss the specification or other bids outside the portal." },
    { to: ['contracts@arrowfield.org.uk'], body: 'Deadline for bids: 8 December. Evaluation scores will be shared with all bidders after award.' },
    // Scores in a debrief after the award notice; a date written with slashes.
    { to: ['bids@harbourtrust.org.uk'], subject: 'Victim Services Contract', body: 'The contract has now been awarded and the award notice published. Your submission scored 59/100.' },
    { to: ['bids@harbourtrust.org.uk'], subject: 'Victim services tender', body: 'The clarification meeting is on 14/03/2026 at 10:00.' },
    // Inside the evaluation team.
    { to: ['procurement@westmidlands-pcc.gov.uk'], body: "On the CCTV tender, Acme's price came in 8% under theirs." },
    // Public tender information, and tender words with no confidential detail.
    'The tender opens on 3 March; the deadline for bids is 14 April.',
    'Your volunteer application was ranked highly by the panel.',
    "I'm afraid I can't share the evaluation scores before the award.",
    // A bidder's question sits in the quoted chain; the reply gives nothing away.
    {
      to: ['lee@acme-security.co.uk'],
      body: 'Thanks, I cannot comment until the award.\n\nOn Thu, 5 Mar 2026 at 11:00, Lee Ward <lee@acme-security.co.uk> wrote:\n> How did our bid do? Was our price cheaper than theirs?',
    },
    'Please submit clarification questions on the portal.',
    // Numbers in a tender draft that are dates, counts or prices, not scores.
    'Tender returns are due on 14 March and we expect 3 or 4 bids against a budget of 250k.',
    'The evaluation panel meets on 9 April, with 2 members from each partner.',
    // LABELS.md: confidential tender information *before award*.
    'The contract award has been published, and scores were released to all bidders on Friday.',
    'The CCTV contract has been awarded to Acme; your score was 65 and theirs was 72.',
    {
      body: 'The tender documents are online. Parking is cheaper at the station.',
      // LABELS.md: confidential tender information is bids, prices and evaluation scores, not the price of parking.
    },
    // "bid farewell" is not a bid.
    'We bid farewell to Sam, who scored the winning goal at the five-a-side.',
    // The tender is mentioned far (more than 40 words) from the detail.
    'The tender documents went online on Monday. In other news, the team had a long and very enjoyable away day at the lake last week, with a quiz, a barbecue and a walk round the water, and Sam scored 72 in the quiz.',
    // Feedback on a bidder's own scores once the award is made and published.
    {
      to: ['bids@brightway.co.uk'],
      body: 'Further to the award of the cleaning contract on 12 February, here is feedback on your bid. Your submission scored 62 out of 100 on quality.',
    },
    // Prices set against each other with no tender in view; a price against a budget in a tender.
    { to: ['dan@example.com'], body: 'Our energy bill came to \u00a3289k against \u00a3240k last year.' },
    'Tender returns are due on 14 March against a budget of \u00a3250k.',
    // One weak detail sentences away from the tender.
    'The tender documents are online. Our catering order came in at the usual price and the room is booked.',
    // The office's own funding bid and its figures; a tender's published budget beside the bids.
    'Our Safer Streets bid asks for \u00a3450k over two years, \u00a3225k a year.',
    'The three bids are due by 4 March; the budget is \u00a31.2m, or \u00a3400k a year.',
  ],
  invalid: [
    // One detail, given with its figure, and the award in the next sentences.
    { to: ['d.amoah@linguabridge.co.uk'], body: 'Off the record: the panel scored you 78 overall against 71 for TransGlobal. Sharpen your rates at the clarification stage. Award is on the 30th.', findings: [{}] },
    {
      name: 'bidders named some words before their prices, with the verb of bidding',
      body: 'Note for Paul: Ashgrove CIC have already submitted at £341k and Restore North at £352.5k.',
      subject: 'ITT 2024/017 clarification log',
      findings: [{ text: '£341k and Restore North at £352.5k' }],
    },
    { name: 'scores, and the award in the next sentence', body: 'Your lot are on 68, Brightwell on 73. Award is not till next month, so keep going.', findings: [{ text: '68, Brightwell on 73' }] },
    { name: 'said after all', body: "Can't say too much but your bid scored 82 on quality, next best was 74. Panel signs off on the 19th.", findings: [{ text: 'scored' }] },
    {
      name: "a rival's score got",
      body: 'The panel finished scoring yesterday. You came out on 78 for quality, Bridgeway got 71 but they were cheaper. Formal award is not until the 30th.',
      findings: [{ text: '78 for quality, Bridgeway got 71' }],
    },
    {
      to: ['aidan@example.com'],
      subject: 'Re: victim services tender',
      body: "Current ranking: Northway Support 81/100, Brightlane CIC 74. Award isn't until the 28th.",
      findings: [{ text: 'Current ranking' }],
    },
    { to: ['aidan@example.com'], subject: 'Victim services tender', body: 'Northway came out 81/100 and Brightlane 74/100 before moderation.', findings: [{ text: '81/100 and Brightlane 74' }] },
    { body: 'On the CCTV tender, your price came in about 8% under theirs.', findings: [{ messageId: 'tender', text: 'price came in', severity: 'block' }] },
    { body: 'The bids came in yesterday; Acme scored 72 and you scored 65.', findings: [{ text: 'bids came in' }] },
    { subject: 'Re: custody meals tender', body: 'Strictly between us, you are ranked second.', findings: [{ field: 'body', start: 0, end: 19 }] },
    { body: 'Ahead of the award I can give you an informal steer: sharpen the price.', findings: [{ text: 'Ahead of the award' }] },
    { body: 'Between ourselves, the evaluation scores put you top.', findings: [{ text: 'evaluation scores' }] },
    { name: 'capitals', body: 'YOUR SCORE ON THE BID WAS 61 OUT OF 100.', findings: [{ text: 'YOUR SCORE' }] },
    { name: 'scores given as numbers', body: 'After moderation, Northgate is on 78 and Fenwick is on 71, so the bids are close.', findings: [{ text: '78 and Fenwick is on 71' }] },
    { name: 'one score against another', body: 'The tender panel had you at 82 against 74.', findings: [{ text: '82 against 74' }] },
    { name: 'a curly apostrophe', body: 'Your rival\u2019s price was \u00a340k lower in the tender.', findings: [{ text: 'rival\u2019s price' }] },
    { name: 'line breaks', body: 'Off the\nrecord, the other bids\nwere well above yours.', findings: [{ text: 'other bids' }] },
    { name: 'a zero-width space', body: 'For the tender: the evalu\u200bation scores put you top.', findings: [{ text: 'evalu\u200bation scores' }] },
    {
      name: 'a tender word in the next sentence',
      body: "Off the record - you came second on quality, 71 against 78, but your price was the lowest. Award panel sits on 3 April.",
      findings: [{ text: 'came second' }],
    },
    {
      name: 'rival bids priced against each other',
      body: 'The national outfit bid nearly half what the charity did - \u00a3289k against \u00a3540k. Panel meets Friday.',
      findings: [{ text: '\u00a3289k against \u00a3540k' }],
    },
    {
      name: "a rival's score after their name",
      body: "On your bid: after the first round you're on 68 against Northgate's 74, so the interviews will decide it.",
      findings: [{ text: "68 against Northgate's 74" }],
    },
    {
      name: "bidders' prices listed",
      body: 'Three bids in: Harbour Care \u00a31.4m, Lotus \u00a31.65m and the consortium at \u00a31.2m. We decide in April.',
      findings: [{ text: '\u00a31.4m, Lotus \u00a31.65m' }],
    },
    {
      name: 'a bidder said to be winning',
      channel: 'social',
      body: 'Word from the panel is Acme have the contract sewn up - cheapest by miles. Award is not until March.',
      findings: [{ text: 'sewn up' }],
    },
    { name: 'dollars', body: 'On the tender, Acme bid $1.2m vs $1.5m from Brightlane.', findings: [{ text: '1.2m vs $1.5m' }] }, // the span is the words: '$' stands outside the first
    { body: 'Whisky arrived, thank you! Between you and me your evaluation score is top of the pile. Award letters go out next week.', findings: [{ text: 'evaluation score' }] },
    { name: 'a public post', channel: 'social', body: 'Word is the CCTV tender bids came in and Acme undercut everyone.', findings: [{ text: 'bids came in' }] },
  ],
});

describe('clarification answers', () => {
  testRule(rule, {
    valid: [{ to: ['bids@supplier.co.uk'], body: 'Clarification answers are due by 5pm on Friday through the portal.' }],
    invalid: [{ to: ['bids@supplier.co.uk'], body: "You're second on quality so far, so make your clarification answers count.", findings: [{ text: 'second on quality' }] }],
  });
});

describe('a price against the other bids', () => {
  testRule(rule, {
    valid: [{ to: ['r.ash@bank.co.uk'], body: 'Thanks for the revised pricing. Evaluation closes on the 21st and the award follows in May.' }],
    invalid: [
      {
        to: ['r.ash@bank.co.uk'],
        body: "Between ourselves, your pricing is about £6k a year above the other shortlisted bid, so that's where I'd look.",
        findings: [{ text: 'your pricing' }],
      },
    ],
  });
});

describe('points ahead', () => {
  testRule(rule, {
    valid: [{ channel: 'social', site: 'linkedin', body: 'Moderation on the hub contract is nearly done. Our team finished ten points ahead in the charity quiz too!' }],
    invalid: [
      {
        channel: 'social',
        site: 'linkedin',
        body: "Can't say much until the award, but one local provider has come out 15 points ahead of the national players.",
        findings: [{ text: 'points ahead' }],
      },
    ],
  });
});

describe('the clarification round, and a price ranked among the others', () => {
  testRule(rule, {
    valid: [
      // The stage named with nothing given away; "clarification" in its ordinary sense.
      { to: ['bids@fernway.co.uk'], body: 'The clarification round opens on Monday. Please put your questions through the portal, not by email.' },
      { to: ['jo@example.com'], body: 'We scored 72 in the staff survey and would welcome some clarification on what that means.' },
      'Thanks for the clarification about the rota. Our team came second in the quiz, two points behind the winners.',
      // A rank that is no bid's, and a refusal at the clarification stage.
      { to: ['pat@example.com'], body: 'Derbyshire has the second lowest rate of burglary in the region, and we want to keep it that way.' },
      { to: ['bids@fernway.co.uk'], body: "I can't tell you where your price sits against the others; any questions at clarification go through the portal." },
    ],
    invalid: [
      {
        name: 'a quality rank before the clarification round',
        to: ['m.shah@brookside-care.org.uk'],
        body: 'Before the clarification round next week - keep it between us - you were second on quality, so work on the staffing answer.',
        findings: [{ text: 'between us' }],
      },
      {
        name: "a rival named in two words, with its score",
        to: ['m.shah@brookside-care.org.uk'],
        subject: 'Re: youth work tender',
        body: "You're on 64 against Harbour Lane Trust's 70 for now.",
        findings: [{ text: "64 against Harbour Lane Trust's 70" }],
      },
      {
        name: 'a price ranked, and a hint for clarification',
        to: ['sales@quaylight.co.uk'],
        body: 'Your price was the second cheapest we had. Shave a little off your day rates at clarification and you are in with a chance.',
        findings: [{ text: 'second cheapest' }],
      },
      {
        name: 'a price above the lowest',
        to: ['sales@quaylight.co.uk'],
        body: 'Between ourselves, your bid is roughly £25k above the lowest.',
        findings: [{ text: 'above the lowest' }],
      },
    ],
  });
});

describe('a detail given with a sum, beside a tender sentence', () => {
  testRule(rule, {
    valid: [
      // A sum too small to be a contract's, and a tender word two sentences away.
      'The tender documents are online. Parking is cheaper by £2 at the station.',
      'Our catering came in cheaper by about 20k last year. The team enjoyed the food. The tender for next year opens in May.',
      // A detail with no sum beside a tender sentence stays a single weak word.
      'The tender documents are online. Parking is much cheaper at the station these days.',
      // After the award.
      { to: ['jo@example.com'], body: 'Brightway undercut the others by about £90k. The contract has now been awarded to them.' },
    ],
    invalid: [
      {
        name: 'undercut, with the sum, before the evaluation sentence',
        to: ['mates.dave@gmail.com'],
        body: 'Guess who undercut everyone else by nearly 250k: Kestrel! Evaluation has not finished yet, mind.',
        findings: [{ text: 'undercut' }],
      },
      {
        name: 'cheaper by a price in pounds, with the award in the sentence after',
        to: ['mates.dave@gmail.com'],
        body: "Northgate's offer is cheaper by £1.3m than anyone else's. The award won't be made till June.",
        findings: [{ text: 'cheaper' }],
      },
      {
        name: 'the tender sentence first',
        to: ['mates.dave@gmail.com'],
        body: 'Bids for the fleet contract closed on Friday. Acme undercut the rest by a good £60k, keep it quiet.',
        findings: [{ text: 'undercut' }],
      },
    ],
  });
});

describe('a bid ranked on price or quality, and the others priced against the reader', () => {
  testRule(rule, {
    valid: [
      // The criteria named with nothing given away; the reader's own price with no one else's.
      { to: ['bids@fernway.co.uk'], body: 'Please sharpen your pencil on the costing template before you submit: every line must be filled in.' },
      { to: ['pat@example.com'], body: 'The flat above you is empty again, and the rent is about 8% under yours.' },
      // A rank on price in a debrief after the award.
      { to: ['bids@fernway.co.uk'], body: 'Now that the contract has been awarded: you were second on price, about £12k above the lowest, and third on quality.' },
      // The criteria every bid is judged on, told to a bidder before the tender closes.
      { to: ['info@acme-facilities.co.uk'], body: 'The panel will pick the best bid on quality and price, with quality weighted at 60%. The tender closes on Friday.' },
      { to: ['info@acme-facilities.co.uk'], body: 'All bids are scored on price and quality; the tender pack sets out the weighting.' },
    ],
    invalid: [
      {
        name: 'second on price, with the gap',
        to: ['t.marsh@ridgewaysecurity.co.uk'],
        body: "Just so you know, you're second on price right now, roughly £18k above the lowest.",
        findings: [{ text: 'on price' }],
      },
      {
        name: 'the others under the reader, and sharpen your pencil',
        to: ['t.marsh@ridgewaysecurity.co.uk'],
        body: 'Quietly: both the others came in about 6% under yours, so sharpen your pencil before Thursday.',
        findings: [{ text: 'under yours' }],
      },
      {
        name: 'a score on quality, with the criteria pair nowhere',
        to: ['t.marsh@ridgewaysecurity.co.uk'],
        body: "Off the record, you're on 71 on quality against 74 for the top bidder, so look hard at the method statements.",
        findings: [{ text: '71 on quality against 74' }],
      },
      {
        name: 'a result on the criteria, told to a bidder',
        to: ['t.marsh@ridgewaysecurity.co.uk'],
        body: 'Between ourselves, your bid scored well on quality and price; the award board meets on the 28th.',
        findings: [{ text: 'scored' }],
      },
      {
        name: 'behind on quality, with the points',
        to: ['t.marsh@ridgewaysecurity.co.uk'],
        body: 'You are five points behind on quality at the moment, mostly the mobilisation plan.',
        findings: [{ text: 'points behind' }],
      },
    ],
  });
});

const quotedAsk = (ask: string) => `\n\nOn Mon, 3 Mar 2025 at 09:12, Martin Wilson <m.wilson@example-youth.org.uk> wrote:\n> ${ask}`;

describe('a reply to a bidder whose question names the tender, and bidders listed with their scores', () => {
  testRule(rule, {
    valid: [
      // A reply to a question about the tender that gives nothing away, or one stray detail.
      { to: ['m.wilson@example-youth.org.uk'], body: `Not yet, sorry - the panel meets again on Monday.${quotedAsk('Any news on the youth diversion tender?')}` },
      { to: ['m.wilson@example-youth.org.uk'], body: `No news yet. The train is cheaper if you book early, by the way.${quotedAsk('Any news on the tender?')}` },
      // The quoted chain's tender details are the bidder's words, not the sender's.
      { to: ['m.wilson@example-youth.org.uk'], body: `Thanks, noted.${quotedAsk('We heard Arden scored 72 and Northgate 68 in the tender - true?')}` },
      // Names and numbers with no word for scores: a rota, a room list.
      { to: ['ops@example-fm.co.uk'], subject: 'Cleaning tender - site visit', body: 'Rooms for the site visit: Arden 12, Northgate 14, Bluebell 16.' },
      // Named scores in a quiz, with no tender in sight.
      { to: ['jo@example.org'], body: 'Quiz scores: Arden 72, Northgate 68, Bluebell 61. Great night!' },
    ],
    invalid: [
      {
        to: ['m.wilson@example-youth.org.uk'],
        body: `Between you and me, you scored 71 on quality and Brathay are on 74.${quotedAsk('Any news on the youth diversion tender?')}`,
        findings: [{}],
      },
      {
        to: ['m.wilson@example-youth.org.uk'],
        body: `Not official yet but you're on 68 against Northgate's 72.${quotedAsk('How did our bid do?')}`,
        findings: [{}],
      },
      { to: ['chris@example-consulting.co.uk'], body: 'Off the record, scores after moderation: Arden 72, Northgate 68, Bluebell 61.', findings: [{ text: 'Arden 72, Northgate 68, Bluebell 61' }] },
      { to: ['chris@example-consulting.co.uk'], body: 'The evaluation marks are in - Pathway 81, Victim Care North 77 and Oakleaf 64.', findings: [{ text: 'Pathway 81, Victim Care North 77 and Oakleaf 64' }] },
    ],
  });
});

describe("the rival bidders' prices, and a bid made superlative", () => {
  testRule(rule, {
    valid: [
      // The rivals, or the best bid, with no price given.
      { to: ['steve@example-grounds.co.uk'], body: 'The grounds tender closes on Friday and the other two have already gone in, so get a move on.' },
      { to: ['steve@example-grounds.co.uk'], body: 'The tender panel will choose the best bid in May, once moderation is done.' },
      // Published values of the lots and the budget, not anyone's bid.
      { to: ['steve@example-grounds.co.uk'], body: 'The tender has three lots: the first is for the north and the other two lots are worth about £90k each.' },
      { to: ['steve@example-grounds.co.uk'], body: 'For this tender the others in the framework have a budget ceiling of £250k.' },
      // No tender in view: "the other two" are anyone.
      { to: ['sam@example.com'], body: 'The other two cars we looked at were both over £9k, so we went for the Fiesta.' },
    ],
    invalid: [
      {
        to: ['steve@example-grounds.co.uk'],
        body: "The grounds tender closes Fri. Incumbent was on £84k, and the other two that've gone in are both over £90k.",
        findings: [{ text: 'the other two' }],
      },
      {
        to: ['pat@example.co.uk'],
        subject: 'cleaning tender',
        body: "I hear the other bidders are all somewhere around £300k, so you'd be fine at £280k.",
        findings: [{ text: 'the other bidders' }],
      },
      { to: ['pat@example.co.uk'], body: 'On the security tender your competitors came in between £1.1m and £1.3m.', findings: [{ text: 'your competitors' }] },
      {
        name: 'a property sale by bids, in a public post',
        channel: 'social',
        body: 'The panel took the sale of the old station in private. I can tell you the best bid on the table is £410k - for a building worth twice that.',
        findings: [{ text: 'best bid' }],
      },
    ],
  });
});

describe("the reader's price ranked, with no tender word", () => {
  testRule(rule, {
    valid: [
      // Ranked after the order is placed; someone else's price ranked; the same inside.
      { to: ['sales@printco.co.uk'], body: 'Your quote came in lowest of the three, so please go ahead: our purchase order is attached.' },
      { to: ['jo@caterers.co.uk'], body: 'Our venue costs were the lowest of the three offices in the region last year.' },
      { to: ['procurement@derbyshire.police.uk'], body: 'Their price for the lone worker devices came in lowest of the three by a good margin.' },
    ],
    invalid: [
      { to: ['g.pearce@safeguard.co.uk'], body: 'Between you and me, your price for the body cameras came in lowest of the three, so I would feel confident.', findings: [{ text: 'lowest of the' }] },
      { to: ['mel@cleanco.co.uk'], body: 'Just so you know, your quote is currently second cheapest of the four - worth a look before Friday.', findings: [{ text: 'second cheapest' }] },
    ],
  });
});

describe('bidders listed with numbers after a score', () => {
  testRule(rule, {
    valid: [
      // One score, then numbers that are rooms, with no tender near.
      { to: ['jo@example.org'], body: 'Our team was on 40 at the quiz. Rooms: Arden 12, Northgate 14.' },
    ],
    invalid: [
      {
        to: ['k.moss@example-consult.co.uk'],
        body: 'The bids are in: Harwood are on 77, Brightline 74, Corvid 58. No award until the autumn.',
        findings: [{ text: 'Brightline 74, Corvid 58' }],
      },
    ],
  });
});

describe('an award still to come', () => {
  testRule(rule, {
    valid: [
      // Scores told once the contract is awarded.
      { to: ['s.kaur@example-fm.co.uk'], body: 'Now the contract has been awarded, the evaluation scores were 82 against 76 for Lynx. Thanks for taking part.' },
    ],
    invalid: [
      {
        to: ['s.kaur@example-fm.co.uk'],
        body: "Very kind, but I'd better not take the box until after the award. Between us, you're top of the evaluation at the moment - 82 against 76 for Lynx.",
        findings: [{}],
      },
    ],
  });
});
