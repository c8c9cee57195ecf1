import { expect } from 'vitest';
import { testRule } from '../test-rule';
import rule from './personal-data';

const arrest = 'Mr Dean Hollis of 14 Sandpit Lane was arrested on Friday.';

testRule(rule, {
  valid: [
    // The same data to inside recipients only.
    { to: ['inspector@west-midlands.police.uk'], body: arrest },
    { to: ['caseworker@westmidlands-pcc.gov.uk', 'mash@birmingham.gov.uk'], body: 'Aisha Khan, DOB 03/04/1988, reported the burglary.' },
    // Business contact details of a professional acting in their role.
    'Contact Lucy Dane, Safeguarding Manager, at 10 Colmore Row, Birmingham.',
    'Cllr Ann Ward will chair the panel on 12/05/2026.',
    // The sender's own details.
    { from: 'sam.taylor@westmidlands-pcc.gov.uk', body: 'My date of birth is 01/02/1985 and my home address is 3 Elm Grove.\n\nSam Taylor' },
    // Pseudonymised or unnamed.
    'The attached file has the names and dates of birth pseudonymised.',
    'Subject 14 (DOB withheld) was arrested in May.',
    'Case 24-117 (male, 30s) was released under investigation.',
    // A service named like a private fact, a court, a team.
    'Jenny Marsh runs the Sexual Assault Referral Centre.',
    'Birmingham Crown Court sits on Monday.',
    'Our victim services team supports anyone who has been burgled.',
    // In the quoted reply chain.
    `Thanks.\n\nOn Tue, 10 Mar 2026 at 12:00, Ann Price <ann@example.com> wrote:\n> ${arrest}`,
    {
      body: 'In memory of the late Mr Arthur Boyle, who was in hospital for months.',
      // LABELS.md: a *living* individual. The "late" check looks at the token before the name, which is "Mr".
      fails: '"the late Mr X" is not recognised as someone who has died when a title follows "late"',
    },
    { body: 'Sarah Jones will visit the office on 14/03/2026.', fails: 'any date near a name is taken for a date of birth' },
    {
      body: 'Dr Rachel Obi, consultant at the hospital, will present the mental health findings.',
      fails: 'a professional in her role next to a topic ("mental health findings") is taken for a health fact about her',
    },
  ],
  invalid: [
    { body: arrest, findings: [{ messageId: 'personal', text: 'Dean Hollis', severity: 'block', message: expect.stringContaining('Dean Hollis') }] },
    { body: 'Aisha Khan, DOB 03/04/1988, reported the burglary.', findings: [{ start: 0, end: 10, excerpt: 'Aisha Khan' }] },
    { body: 'Victim: Mrs Irene Baxter, crime ref 20/12345/26.', findings: [{ text: 'Irene Baxter' }] },
    { subject: 'Mr Colin Drew - custody ref 4471', body: 'See attached.', findings: [{ field: 'subject', text: 'Colin Drew' }] },
    { name: 'a public post', channel: 'social', body: 'Everyone should know Gary Platt was convicted of assault last year.', findings: [{ text: 'Gary Platt' }] },
    { name: 'a curly possessive', body: 'Mr Dean Hollis\u2019s home address is 14 Sandpit Lane.', findings: [{ text: 'Dean Hollis\u2019s' }] },
    { name: 'bulk data', body: 'Attached are the names and dates of birth of all the attendees.', findings: [{ messageId: 'bulk', text: 'names and dates of birth' }] },
    {
      name: 'a name label, then an NI number on the next line',
      body: 'Name: Tomasz Wrobel\nNI number QQ 12 34 56 C',
      findings: [{ text: 'Tomasz Wrobel' }],
      fails: 'the name span runs on over the line break into "NI"',
    },
    {
      name: 'capitals',
      body: 'MS JO LI LIVES AT 5 OAK ROAD.',
      findings: [{ text: 'JO LI' }],
      fails: 'the name span runs on into the capitalised "LIVES"',
    },
    {
      name: 'a zero-width space between first name and surname',
      body: 'Ms Jo\u200b Li has dementia and lives alone.',
      findings: [{ text: 'Jo\u200b Li' }],
      fails: 'the name span stops at the zero-width space, so the excerpt is only "Jo"',
    },
  ],
});
