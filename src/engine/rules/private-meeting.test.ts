import { describe } from 'vitest';
import { testRule } from '../test-rule';
import rule from './private-meeting';

testRule(rule, {
  valid: [
    // A private briefing to be arranged, not one something was said at.
    { to: ['kim@northlakesmedia.co.uk'], body: 'Could we set up a private briefing with the Chief before the panel? He said Tuesday works.' },
    // Inside recipients only.
    { to: ['colleague@westmidlands-pcc.gov.uk', 'clerk@birmingham.gov.uk'], body: 'In the private session the panel agreed to cut the grant.' },
    // A private meeting mentioned, nothing said about what happened in it.
    'The next item will be taken in private session.',
    'The meeting was not held in private, and the panel agreed to publish the minutes.',
    'I booked the private meeting room; Sam said it has a projector.',
    'We caught it on camera, the officer said.',
    // The quoted reply chain is not the sender's disclosure.
    {
      to: ['kim@example.org'],
      body: 'Thanks, noted.\n\nOn Wed, 4 Mar 2026 at 14:20, Kim Lee <kim@example.org> wrote:\n> In the private session the chair said the budget is short.',
    },
    // A title-case campaign name is not a meeting.
    'Our Behind Closed Doors campaign on domestic abuse launched today, the Commissioner announced.',
    // What comes after must be the meeting speaking: the council, or the sender, is someone else.
    'The panel met in private on Monday. Separately, the council said bins will be collected on Tuesday.',
    'The committee will go into private session at 3pm. I said I would send the agenda round first.',
    // What the quoted chain says is not the sender's disclosure, even right after the meeting is named.
    {
      to: ['kim@example.org'],
      body: 'The board met in private yesterday.\n\nOn Wed, 4 Mar 2026 at 14:20, Kim Lee <kim@example.org> wrote:\n> They agreed nothing, I hear.',
    },
  ],
  invalid: [
    // The private part named by who was sent out, or by the room being cleared, and what the meeting said after.
    { to: ['sam@lancashirepost.co.uk'], body: 'After the press were sent out, the panel agreed to pause the estates review until the audit is done.', findings: [{ text: 'press were sent out' }] },
    {
      to: ['my.brother@gmail.com'],
      body: 'They cleared the room for the last item and I stayed on to minute it. The Chief told them the control room cannot meet its target this year.',
      findings: [{ text: 'cleared the room' }],
    },
    { channel: 'social', body: 'Long private session of the Ethics Committee today. Not supposed to say, but the figures we were shown behind closed doors were shocking.', findings: [{ text: 'private session' }, { text: 'behind closed doors' }] },
    { to: ['chloe@cwvictimcare.org.uk'], body: "At the Commissioner's private decision meeting yesterday he agreed to cut the hub grant by 20%.", findings: [{}] },
    { to: ['chair@westcumbriawomen.org.uk'], body: 'Between us, item 4 was taken in private and the outcome is that your funding will be cut by a third.', findings: [{ text: 'taken in private' }] },
    { channel: 'social', body: 'private session of the panel today and two councillors spent 20 minutes asking if the budget papers could be shared with their group.', findings: [{ text: 'private session' }] },
    {
      to: ['chair@handsworthforum.org.uk'],
      body: 'Draft minutes below.\n\n8. Custody estate (taken in private). The Chief Constable advised that the Perry Barr suite will close in September.',
      findings: [{ text: 'taken in private' }],
    },
    { to: ['mo@riversidewomensaid.org.uk'], body: "At the Chief Constable's private briefing on Monday, the chair said the unit will close in June.", findings: [{ text: 'private briefing' }] },
    { to: ['shaz@gmail.com'], body: 'I was minuting the private bit of the board this morning and the Chief Constable told them two custody blocks are shutting.', findings: [{ text: 'the private bit' }] },
    { channel: 'social', body: 'Out of the closed session on estates at last - spoiler, the Rugby front desk is closing.', findings: [{ text: 'closed session' }] },
    { channel: 'social', body: 'At the private briefing this morning the Chief Constable told us the helicopter base will go.', findings: [{ text: 'At the private briefing' }] },
    // A negation before a spaced dash belongs to the clause before it.
    { body: "Just so you're not blindsided - they went into private on item 9 and the board is minded to pull your grant.", findings: [{ text: 'went into private' }] },
    { channel: 'social', body: "Can't believe what came out in the closed bit of today's panel.", findings: [{ text: 'the closed bit' }] },
    { name: 'the gallery cleared', body: "Once they'd cleared the public gallery, the chief executive admitted the overspend.", findings: [{ text: 'cleared the public gallery' }] },
    { body: 'In the private session the panel agreed to cut the grant.', findings: [{ messageId: 'privateMeeting', text: 'private session', severity: 'block' }] },
    { body: 'Behind closed doors, the chief executive admitted the project is late.', findings: [{ start: 0, end: 19, excerpt: 'Behind closed doors' }] },
    { body: 'The board met in private yesterday and decided to close the Perry Barr office.', findings: [{ text: 'met in private' }] },
    { body: 'Members decided, in camera, to suspend the contract.', findings: [{ text: 'in camera' }] },
    { name: 'told in the next sentence', body: 'The ethics committee met in private this morning. They agreed the vetting backlog is unacceptable.', findings: [{ text: 'met in private' }] },
    { subject: 'What was said in camera', body: 'Notes below.', findings: [{ field: 'subject', text: 'in camera' }] },
    { name: 'a line break inside the phrase', body: 'In the closed\nsession, the chair revealed the overspend.', findings: [{ text: 'closed\nsession', excerpt: 'closed session' }] },
    { name: 'curly quotes and capitals', body: '\u201cIN CAMERA\u201d: the chair told members the sale is agreed.', findings: [{ text: 'IN CAMERA' }] },
    {
      name: 'a public post',
      channel: 'social',
      body: 'Guess what the panel discussed in private session today? They want to close the front counter.',
      // One finding: not a second one for "private session" inside it.
      findings: [{ text: 'in private session' }],
    },
    {
      body: 'PRESS AND PUBLIC EXCLUDED: members voted to sell the depot.',
      // One finding: not a second one for "PUBLIC EXCLUDED" inside it.
      findings: [{ text: 'PRESS AND PUBLIC EXCLUDED' }],
    },
    { body: 'The public were excluded while the panel agreed the sale of the depot.', findings: [{ text: 'public were excluded' }] },
  ],
});

describe('a closed part told to the public', () => {
  testRule(rule, {
    valid: [
      { channel: 'social', body: 'The estates item will be taken in the closed part of the meeting, as the agenda says.' },
      { to: ['clerk@parishcouncil.org.uk'], body: "We're planning to take the estates report in the closed part of next week's meeting." },
    ],
    invalid: [
      {
        channel: 'social',
        body: "What was said in the closed part of tonight's meeting was meant to stay there, but you deserve to know: two front counters are going.",
        findings: [{ text: 'the closed part' }],
      },
    ],
  });
});

describe('the press and public sent out', () => {
  testRule(rule, {
    valid: [{ to: ['jan@btinternet.com'], body: 'If they send the press and public out for the last item, I will wait in the foyer.' }],
    invalid: [
      {
        to: ['jan@btinternet.com'],
        body: "They sent the press and public out for the last item, and the chair said the contract won't be extended.",
        findings: [{ text: 'sent the press and public out' }],
      },
    ],
  });
});

describe('the press and public asked to leave together, and a private session one is not meant to talk about', () => {
  testRule(rule, {
    valid: [
      // Procedure told, nothing said about what happened after.
      { to: ['jan@btinternet.com'], body: 'The chair will ask the press and public to leave before item 9; you are welcome to stay for the rest.' },
      // A private session one may not talk about, and nothing of it told.
      { channel: 'social', body: 'Long private session this morning that I am not supposed to talk about. Off for a coffee!' },
    ],
    invalid: [
      {
        to: ['chair@example-society.org.uk'],
        body: 'After they asked the press and public to leave, the treasurer told members that the Matlock office will shut next year.',
        findings: [{ text: 'press and public to leave' }],
      },
      {
        to: ['chair@example-society.org.uk'],
        body: "Once the press and public had left, the panel agreed the grant would be cut.",
        findings: [{ text: 'press and public had left' }],
      },
      {
        channel: 'social',
        body: "Two hours in a private session I'm not supposed to talk about, so I'll just say: the Kendal front desk won't be there next year.",
        findings: [{ text: 'private session' }],
      },
      {
        channel: 'social',
        body: "Came out of a closed session where the decision's already made: the Bootle station goes in the spring.",
        findings: [{ text: 'closed session' }],
      },
    ],
  });
});

describe('a private meeting named by where it was held, and the public excluded', () => {
  testRule(rule, {
    valid: [
      // A room, and a meeting to be arranged.
      { to: ['jan@btinternet.com'], body: 'In the private meeting room the chair said the projector is broken.' },
      { to: ['jan@btinternet.com'], body: 'Can we have a private meeting next week? The chair said Tuesday suits.' },
    ],
    invalid: [
      {
        to: ['director@example-refuge.org.uk'],
        body: "At the Commissioner's private meeting with the Treasurer yesterday he said he intends to end the grant in April.",
        findings: [{ text: 'private meeting' }],
      },
      {
        to: ['gary@btinternet.com'],
        body: 'Once the press and public had been excluded, the Commissioner told members he wants to sell the old station.',
        findings: [{ text: 'press and public had been excluded' }],
      },
    ],
  });
});

describe('"closed" before the meeting with words between, and what members went through or thought', () => {
  testRule(rule, {
    valid: [
      // "Closed" as a verb, or of something that is no meeting; a closed meeting named with nothing said of it.
      'The chair closed the board meeting at five and we all went home.',
      "The closed consultation had 400 responses, the Commissioner's report said.",
      "Tomorrow's closed strategic board starts at ten; the agenda is attached.",
      // A Facebook group that is closed is no meeting.
      'I posted it in the closed residents group and they said thanks.',
      // What was gone through in a meeting held in public.
      'At the public panel this morning they went through the budget line by line.',
    ],
    invalid: [
      {
        to: ['pauline@example-trust.org.uk'],
        body: "At the Commissioner's closed strategic board this morning the Chief Constable said 40 PCSO posts will go.",
        findings: [{ text: 'closed strategic board' }],
      },
      { body: "In yesterday's closed estates sub committee the Treasurer admitted the depot sale fell through.", findings: [{ text: 'closed estates sub committee' }] },
      {
        to: ['jean@example-residents.org.uk'],
        body: 'The public bit was dull, but in the private session they went through the misconduct case against the inspector.',
        findings: [{ text: 'private session' }],
      },
      {
        to: ['gm@example-hotel.co.uk'],
        body: "The Commissioner talked it through with the Chief Executive in the closed part of Tuesday's board. They weren't keen on a sponsor's name on the conference.",
        findings: [{ text: 'the closed part' }],
      },
      { channel: 'social', body: 'Sat through the closed bit of the panel today. Members were against the new custody suite, believe it or not.', findings: [{ text: 'the closed bit' }] },
    ],
  });
});

describe('"private" before the meeting with words between', () => {
  testRule(rule, {
    valid: [
      // The private sector, private hire: no meeting held in private.
      { to: ['chair@example-bid.org.uk'], body: 'At the private sector board yesterday they agreed to fund two more street marshals.' },
      { to: ['ops@example-taxis.co.uk'], body: 'The private hire panel meets on Monday; they agreed the new signage last time.' },
    ],
    invalid: [
      {
        to: ['rep@example-union.org.uk'],
        body: 'At the private leadership meeting on Monday they agreed to close the Buxton office. Nobody has been told yet.',
        findings: [{ text: 'private leadership meeting' }],
      },
    ],
  });
});
