import { describe, expect } from 'vitest';
import { testRule } from '../test-rule';
import rule from './marked-outside';

const draft = 'OFFICIAL-SENSITIVE: the draft budget is attached.';

testRule(rule, {
  valid: [
    // A kind of paper spoken of, not this draft's marking.
    { to: ['jenny.e@gmail.com'], body: 'Please read the code, especially the part about not passing on papers that are marked as not for publication.' },
    { to: ['jenny.e@gmail.com'], body: 'Never take home anything marked SECRET.' },
    // Telling someone how to mark their letter is not marking this draft.
    { to: ['j.whitlock@gmail.com'], body: "Please mark your envelope 'Private and Confidential' and send it to the Chief Executive." },
    // A policy quoted to a member of the public, about markings in general.
    'Our Code of Conduct says that items designated "not for publication" are handled under the Freedom of Information Act.',
    // "Top secret" in prose is a joke, not a marking; a public notice that Part 2 will be private discloses nothing.
    { channel: 'social', body: 'Top secret plans for the office Christmas do are well underway' },
    { channel: 'social', body: 'The committee meets on 12 March. The press and public will be excluded for Part 2 items under Schedule 12A.' },
    // The subject still says EMBARGOED, but the draft says the embargo has lifted.
    { subject: 'Re: EMBARGOED until 00:01 Wed 12 Nov - annual report', body: 'The embargo lifted at 00:01 and the report is now live on our website.' },
    // Quoting the code about such markings is not sending marked material.
    'Our code says that requests for items designated as "not for publication" go to the Monitoring Officer.',
    // The same material to inside recipients only: the organisation, police.uk, gov.uk and nhs.net with subdomains.
    { to: ['colleague@westmidlands-pcc.gov.uk'], body: draft },
    { to: ['duty.inspector@west-midlands.police.uk'], body: draft },
    { to: ['analyst@pnn.police.uk', 'policy@homeoffice.gov.uk'], cc: ['lead@wmas.nhs.net'], body: draft },
    { to: ['Jo Bloggs <jo@nhs.net>', 'X@WEST-MIDLANDS.POLICE.UK'], body: draft },
    // OFFICIAL with no caveat, and OFFICIAL marked for public release.
    'Classification: OFFICIAL\n\nThe minutes are attached.',
    'OFFICIAL - PUBLIC. The leaflet is attached.',
    'The report was marked OFFICIAL-SENSITIVE but has been cleared for public release.',
    'This document is not protectively marked.',
    // "Confidential", "restricted" and "secret" in ordinary prose.
    'Our confidential reporting line is open 24 hours.',
    'Please treat this sensitively and keep it confidential between us.',
    'Our policy explains how to handle documents marked confidential.',
    'The restricted parking zone starts on Monday.',
    "I'll tell you a secret: the cake is from Greggs.",
    'We are reading The Secret Garden at book club.',
    'NOT RESTRICTED',
    'The Embargoed report is no longer embargoed.',
    // A marking in a reply chain quoted back to its author, or in the disclaimer at the foot, does not count by itself.
    {
      to: ['amir@example.co.uk'],
      body: 'Thanks, see my answers below.\n\nOn Mon, 2 Mar 2026 at 09:15, Amir Patel <amir@example.co.uk> wrote:\n> OFFICIAL-SENSITIVE\n> Here is the draft.',
    },
    // An attribution line without an address stays quoted.
    'Thanks, see my answers below.\n\nOn Mon, 2 Mar 2026 at 09:15, Amir Patel wrote:\n> OFFICIAL-SENSITIVE\n> Here is the draft.',
    'Minutes attached.\n\nCONFIDENTIALITY NOTICE: This email is intended only for the named recipient and may contain PRIVATE AND CONFIDENTIAL information.',
    'Minutes attached.\n\nThis email and any attachments are intended solely for the addressee. If you have received this email in error, please delete it. It may contain OFFICIAL-SENSITIVE information.',
    // An embargo whose time has passed: the report is out.
    { channel: 'social', body: 'The inspection report - embargoed until 00:01 this morning - is out now. Proud of our volunteers.' },
  ],
  invalid: [
    { to: ['jo@lakelandproperty.co.uk'], body: 'The attached papers are marked NOT FOR PUBLICATION until the board has met.', findings: [{ text: 'NOT FOR PUBLICATION' }] },
    // A misspelt marking is a marking.
    { to: ['rachel@gmail.com'], subject: 'OFFICAL-SENSITIVE PERSONAL - panel arrangements', body: 'Arrangements below.', findings: [{ field: 'subject' }] },
    // An embargoed press release says "published today" of itself: the embargo stands.
    {
      to: ['partners@safehaven.org.uk'],
      body: 'EMBARGOED UNTIL 00:01 TUESDAY\n\nThe release is below so your teams can prepare.\n\nRECORD NUMBERS SUPPORTED\nMore victims than ever were supported last year, according to a report published today.',
      findings: [{ text: 'EMBARGOED', messageId: 'markedOutside', message: expect.stringContaining('Marked "EMBARGOED"') }],
    },
    // One document, designated: the marking applied, not talked about.
    { to: ['x@example.com'], body: 'The attached report is designated NOT FOR PUBLICATION until the panel meets.', findings: [{ text: 'NOT FOR PUBLICATION' }] },
    { to: ['x@example.com'], body: 'TOP SECRET: the plan is attached.', findings: [{ text: 'TOP SECRET' }] },
    {
      name: 'an embargo still ahead, in another field',
      subject: 'EMBARGOED press release: new custody suite',
      body: 'Please hold this until the embargo until Thursday has passed.',
      findings: [{ field: 'subject', text: 'EMBARGOED' }],
    },
    { name: 'a Part B paper named in one word', body: 'Here is the restructure paper.', attachments: ['PCT_restructure_PartB.pdf'], findings: [{ field: 'attachments', text: 'PartB' }] },
    {
      subject: 'OFFICIAL-SENSITIVE: draft budget',
      body: 'See attached.',
      findings: [{ messageId: 'markedOutside', field: 'subject', start: 0, end: 18, severity: 'block', message: expect.stringContaining('"OFFICIAL-SENSITIVE"') }],
    },
    { body: draft, findings: [{ text: 'OFFICIAL-SENSITIVE' }] },
    { name: 'an attachment name', body: 'Attached.', attachments: ['Custody review OFFICIAL SENSITIVE.docx'], findings: [{ field: 'attachments', text: 'OFFICIAL SENSITIVE' }] },
    { name: 'a Cyrillic Е in SENSITIVE', body: 'Classification: OFFICIAL-S\u0415NSITIVE\n\nThe draft is attached.', findings: [{ text: 'OFFICIAL-S\u0415NSITIVE' }] },
    { name: 'a Cyrillic О in NOT', body: 'N\u041eT FOR PUBLICATION until the panel meets.', findings: [{ text: 'N\u041eT FOR PUBLICATION' }] },
    { name: 'a line break inside the marking', body: 'OFFICIAL-\nSENSITIVE\n\nThe draft is attached.', findings: [{ text: 'OFFICIAL-\nSENSITIVE', excerpt: 'OFFICIAL- SENSITIVE' }] },
    { name: 'a zero-width space inside the marking', body: 'OFFICIAL\u200b-SENSITIVE: the draft.', findings: [{ text: 'OFFICIAL\u200b-SENSITIVE' }] },
    { name: 'an en dash', body: 'OFFICIAL\u2013SENSITIVE: the draft.', findings: [{ text: 'OFFICIAL\u2013SENSITIVE' }] },
    { name: 'a descriptor after a non-breaking hyphen', body: 'OFFICIAL\u2011SENSITIVE PERSONAL: the draft.', findings: [{ text: 'OFFICIAL\u2011SENSITIVE PERSONAL' }] },
    { body: 'The attached pricing schedule is Commercial in Confidence.', findings: [{ text: 'Commercial in Confidence' }] },
    { body: 'Embargoed until 00:01 on Thursday: the annual report.', findings: [{ text: 'Embargoed' }] },
    { name: 'a legacy marking in capitals', body: 'RESTRICTED - do not forward.', findings: [{ text: 'RESTRICTED' }] },
    { body: 'The estates paper is a Part 2 item for the board.', findings: [{ text: 'Part 2 item' }] },
    {
      body: 'This item is exempt information under Schedule 12A.',
      findings: [{ text: 'exempt information' }, { text: 'Schedule 12A' }],
    },
    { name: 'a public post', channel: 'social', body: "NOT FOR PUBLICATION: the panel's draft findings", findings: [{ text: 'NOT FOR PUBLICATION' }] },
    { name: 'one outside recipient among inside ones', to: ['colleague@westmidlands-pcc.gov.uk'], cc: ['friend@example.com'], body: draft, findings: [{ text: 'OFFICIAL-SENSITIVE' }] },
    { name: 'a domain that only starts like police.uk', to: ['a@police.uk.example.com'], body: draft, findings: [{ text: 'OFFICIAL-SENSITIVE' }] },
    { name: 'a domain that only ends like police.uk', to: ['a@notpolice.uk'], body: draft, findings: [{ text: 'OFFICIAL-SENSITIVE' }] },
    { name: 'a recipient without an @ (when in doubt, outside)', to: ['Finance team'], body: draft, findings: [{ text: 'OFFICIAL-SENSITIVE' }] },
    {
      name: 'a forwarded message does go to the recipient',
      body: 'FYI\n\n---------- Forwarded message ---------\nFrom: Kim Lee\nOFFICIAL-SENSITIVE: the draft budget.',
      findings: [{ text: 'OFFICIAL-SENSITIVE' }],
    },
    {
      name: 'an Original Message block under a FW: subject',
      subject: 'FW: draft budget',
      body: 'See below.\n\n-----Original Message-----\nFrom: Kim Lee\nNOT FOR PUBLICATION',
      findings: [{ field: 'body', text: 'NOT FOR PUBLICATION' }],
    },
    {
      name: 'a marking in the opening paragraph that also carries a handling note',
      body: 'OFFICIAL-SENSITIVE\nThis email is intended only for the Finance Director. If you have received it in error, please delete it.\nThe budget is attached.',
      // Disclaimers sit at the foot: the opening paragraph is the sender's own text, marking and all.
      findings: [{ text: 'OFFICIAL-SENSITIVE' }],
    },
    {
      name: 'one finding for one marking',
      body: 'PRIVATE AND CONFIDENTIAL\nDear Mr Khan,',
      // Not a second finding for the CONFIDENTIAL inside it.
      findings: [{ text: 'PRIVATE AND CONFIDENTIAL' }],
    },
    {
      name: "quoting an inside colleague's marked mail to an outside recipient passes it on",
      to: ['amir@example.co.uk'],
      body: 'Amir, see the draft below.\n\nOn Mon, 2 Mar 2026 at 09:15, Kim Lee <kim.lee@westmidlands-pcc.gov.uk> wrote:\n> OFFICIAL-SENSITIVE\n> Here is the draft budget.',
      findings: [{ text: 'OFFICIAL-SENSITIVE' }],
    },
  ],
});

describe('an embargo spoken of as still to lift', () => {
  testRule(rule, {
    valid: [
      // The embargo has lifted; and inside mail.
      { channel: 'social', body: 'The embargo lifted this morning: our victims survey is out now. One in three waited over a year.' },
      { to: ['comms@westmidlands-pcc.gov.uk'], body: 'Can you check the figures before the embargo lifts on Thursday?' },
    ],
    invalid: [
      { channel: 'social', body: "Can't say much till Thursday when the embargo lifts, but the custody figures are grim.", findings: [{ text: 'embargo lifts', messageId: 'underEmbargo', message: expect.stringContaining('Under an embargo') }] },
      { to: ['ceo@carersnetwork.org.uk'], body: 'Sharing the report with you early. Please keep it to yourselves until the embargo ends at midnight.', findings: [{ text: 'embargo ends', messageId: 'underEmbargo', message: expect.not.stringContaining('EMBARGO ENDS') }] },
      { to: ['ceo@carersnetwork.org.uk'], body: 'The figures below are under embargo, so please keep them to yourselves.', findings: [{ text: 'under embargo', messageId: 'underEmbargo' }] },
    ],
  });
});

describe('a marking the rules say papers of a kind should carry, quoted or told', () => {
  testRule(rule, {
    valid: [
      { to: ['m.tranter@outlook.com'], body: 'Our code of conduct says complaints about staff should be sent to me, marked private and confidential.' },
      { to: ['d.ash@gmail.com'], body: 'When someone asks for a report the panel has marked "not for publication", our code says the officer must pass it to me.' },
      { to: ['admin@example-youth.org.uk'], body: 'Our handling guidance is clear: "Information marked OFFICIAL-SENSITIVE must only be shared with those who need to know."' },
      { to: ['j.w@gmail.com'], body: 'Under our complaints procedure, letters to the Chief Executive should be marked as private and confidential.' },
    ],
    invalid: [
      // This draft's own papers, marked, with the rules named beside them.
      { to: ['admin@example-youth.org.uk'], body: 'The attached report is marked OFFICIAL-SENSITIVE under our handling policy, so please keep it to your team.', findings: [{ text: 'OFFICIAL-SENSITIVE' }] },
      { to: ['admin@example-youth.org.uk'], body: 'These minutes are marked not for publication under our policy, so keep them to the trustees.', findings: [{ text: 'not for publication' }] },
      { to: ['admin@example-youth.org.uk'], body: 'OFFICIAL-SENSITIVE. Per our policy, the figures below are for your board only.', findings: [{ text: 'OFFICIAL-SENSITIVE' }] },
    ],
  });
});

describe('a marked message written inside, quoted below a reply that goes outside', () => {
  const header = (from: string, to: string, marking: string) =>
    `\n\n-----Original Message-----\nFrom: ${from}\nSent: 10 May 2026 14:05\nTo: ${to}\nSubject: Summer hotspots\n\n${marking}\n\nThe locations are listed below.`;
  testRule(rule, {
    valid: [
      // The recipient's own marked message, quoted back to them.
      { to: ['s.nolan@example-analytics.co.uk'], body: `Thanks Sam, noted.${header('Sam Nolan <s.nolan@example-analytics.co.uk>', 'Paul', 'COMMERCIAL IN CONFIDENCE')}` },
      // Written inside, but sent to this recipient in the first place: they have it already.
      { to: ['s.nolan@example-analytics.co.uk'], body: `Agreed.${header('Rachel Hirst <r.hirst@west-midlands.police.uk>', 'Sam Nolan <s.nolan@example-analytics.co.uk>', 'OFFICIAL-SENSITIVE')}` },
      // Passed on inside only.
      { to: ['colleague@westmidlands-pcc.gov.uk'], body: `See below.${header('Rachel Hirst <r.hirst@west-midlands.police.uk>', 'Paul', 'OFFICIAL-SENSITIVE')}` },
      // A header with no address: who wrote it is not known.
      { to: ['s.nolan@example-analytics.co.uk'], body: `See below.${header('Rachel Hirst', 'Paul', 'OFFICIAL-SENSITIVE')}` },
      // "restricted" in prose, not a marking.
      { to: ['s.nolan@example-analytics.co.uk'], body: `See below.${header('Rachel Hirst <r.hirst@west-midlands.police.uk>', 'Paul', 'Parking is restricted on Monday.')}` },
    ],
    invalid: [
      {
        to: ['s.nolan@example-analytics.co.uk'],
        body: `Hi Sam, see below from the force analyst - can you plot these on the mock-up?${header('Rachel Hirst <r.hirst@west-midlands.police.uk>', 'Paul Ackroyd', 'OFFICIAL-SENSITIVE [LOCSEN]')}`,
        findings: [{ text: 'OFFICIAL-SENSITIVE' }],
      },
      {
        to: ['coordinator@example-youth.org.uk'],
        body: `Hi Sue, I've dug out the note the Force sent us, see below.${header('Analysis Team <analysis@west-midlands.police.uk>', 'Helen Irving', 'Classification: RESTRICTED')}`,
        findings: [{ text: 'RESTRICTED' }],
      },
      {
        to: ['jo@example-consulting.co.uk'],
        body: `FYI, the draft from our finance team.${header('Finance <finance@westmidlands-pcc.gov.uk>', 'Me', 'PRIVATE AND CONFIDENTIAL - not for onward circulation')}`,
        findings: [{ text: 'PRIVATE AND CONFIDENTIAL' }],
      },
    ],
  });
});

describe('an embargo with its time after it: still to lift, or told of as past', () => {
  testRule(rule, {
    valid: [
      'The report was under embargo until 00:01 this morning. Here is the link.',
      'The figures were embargoed until Thursday; the link is below.',
      'Please hold this until the embargo until Thursday has passed.',
    ],
    invalid: [
      { to: ['jo@example-charity.org.uk'], body: 'The report is under embargo until Tuesday, so please hold it until then.', findings: [{ messageId: 'underEmbargo', text: 'under embargo' }] },
      { to: ['jo@example-charity.org.uk'], body: "Attached, under embargo until 00:01 on Wednesday, is the final report.", findings: [{ text: 'under embargo' }] },
      { to: ['jo@example-charity.org.uk'], body: "It's embargoed until the launch, but here are the headlines.", findings: [{ text: 'embargoed' }] },
    ],
  });
});
