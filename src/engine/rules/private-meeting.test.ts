import { testRule } from '../test-rule';
import rule from './private-meeting';

testRule(rule, {
  valid: [
    // Inside recipients only.
    { to: ['colleague@westmidlands-pcc.gov.uk', 'clerk@birmingham.gov.uk'], body: 'In the private session the panel agreed to cut the grant.' },
    // A private meeting mentioned, nothing said about what happened in it.
    'The next item will be taken in private session.',
    'The meeting was not held in private, and the panel agreed to publish the minutes.',
    'I booked the private meeting room; Sam said it has a projector.',
    'We caught it on camera, the officer said.',
    // The quoted reply chain is not the sender's disclosure.
    'Thanks, noted.\n\nOn Wed, 4 Mar 2026 at 14:20, Kim Lee <kim@example.org> wrote:\n> In the private session the chair said the budget is short.',
    {
      body: 'Our Behind Closed Doors campaign on domestic abuse launched today, the Commissioner announced.',
      fails: 'a campaign named "Behind Closed Doors" is taken for a private meeting',
    },
    {
      body: 'The panel met in private on Monday. Separately, the council said bins will be collected on Tuesday.',
      fails: 'a disclosure verb in an unrelated later sentence (the window ignores sentence ends)',
    },
  ],
  invalid: [
    { body: 'In the private session the panel agreed to cut the grant.', findings: [{ messageId: 'privateMeeting', text: 'private session', severity: 'block' }] },
    { body: 'Behind closed doors, the chief executive admitted the project is late.', findings: [{ start: 0, end: 19, excerpt: 'Behind closed doors' }] },
    { body: 'The board met in private yesterday and decided to close the Perry Barr office.', findings: [{ text: 'met in private' }] },
    { body: 'Members decided, in camera, to suspend the contract.', findings: [{ text: 'in camera' }] },
    { subject: 'What was said in camera', body: 'Notes below.', findings: [{ field: 'subject', text: 'in camera' }] },
    { name: 'a line break inside the phrase', body: 'In the closed\nsession, the chair revealed the overspend.', findings: [{ text: 'closed\nsession', excerpt: 'closed session' }] },
    { name: 'curly quotes and capitals', body: '\u201cIN CAMERA\u201d: the chair told members the sale is agreed.', findings: [{ text: 'IN CAMERA' }] },
    {
      name: 'a public post',
      channel: 'social',
      body: 'Guess what the panel discussed in private session today? They want to close the front counter.',
      findings: [{ text: 'in private session' }],
      fails: 'overlapping duplicate finding: "private session" inside "in private session" is reported again',
    },
    {
      body: 'PRESS AND PUBLIC EXCLUDED: members voted to sell the depot.',
      findings: [{ text: 'PRESS AND PUBLIC EXCLUDED' }],
      fails: 'overlapping duplicate finding: "PUBLIC EXCLUDED" inside "PRESS AND PUBLIC EXCLUDED" is reported again',
    },
    {
      body: 'The public were excluded while the panel agreed the sale of the depot.',
      findings: [{ text: 'public were excluded' }],
      fails: '"the public were excluded" is not recognised as a meeting held in private',
    },
  ],
});
