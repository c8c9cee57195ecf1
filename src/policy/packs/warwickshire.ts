import { definePack } from '../define-pack';

/** Warwickshire OPCC: its Code of Conduct for staff and representatives as a policy pack. */
export default definePack({
  id: 'warwickshire',
  name: 'Office of the Police and Crime Commissioner for Warwickshire',
  code: 'Code of Conduct',
  // The code's own contact address is opcc@warwickshire.pnn.police.uk; staff also write from warwickshire-pcc.gov.uk.
  domains: ['warwickshire-pcc.gov.uk', 'warwickshire.pnn.police.uk'],
  newsDomains: [
    'coventrytelegraph.net',
    'leamingtonobserver.co.uk',
    'leamingtoncourier.co.uk',
    'kenilworthweeklynews.co.uk',
    'rugbyadvertiser.co.uk',
    // The Stratford-upon-Avon Herald publishes at stratford-herald.com; the unhyphenated form is also seen.
    'stratford-herald.com',
    'stratfordherald.com',
  ],
  officers: {
    // The code says nothing about the media; every conduct matter in it goes to the Chief Executive.
    media: 'Chief Executive',
    // Conflicts of Interest / Commitments Outside of Work: "A register is held in the OPCC."
    register: 'Chief Executive',
    // Gifts are disclosed "in line with the OPCC Gifts and Hospitality Policy" (a separate document).
    registerName: 'Gifts and Hospitality Register',
    // Reporting Issues of Concern for Conduct: to the Chief Executive.
    monitoring: 'Chief Executive',
  },
  gifts: {
    // Gift rules live in the separate OPCC Gifts and Hospitality Policy, so these are defaults.
    cashAlwaysDeclined: true,
    tokenExamples: ['pens', 'diaries', 'calendars'],
    tokenValue: 25,
    declareWithinDays: 28,
  },
  // Conflicts of Interest: "All employed officers ... are politically restricted", so political
  // content is blocked for ordinary staff too, not only warned.
  severity: { media: 'warn', confidential: 'block', political: 'block', gifts: 'warn', personal: 'block' },
  restrictedPoliticalSeverity: 'block',
  userMayDisable: [],
  terms: {},
  clauses: {
    // The code has no media clause; the nearest is the duty of confidentiality under "Data Protection".
    media: {
      section: 'Data Protection',
      text: 'Staff and representatives must respect the confidentiality of the information to which they have access at work.',
    },
    // "Data Protection", third paragraph.
    confidential: {
      section: 'Data Protection',
      text: 'Staff and representatives should not tell anyone outside the OPCC what goes on at PCC meetings held in private or the contents of any confidential OPCC document.',
    },
    // "Conflicts of Interest", third paragraph.
    political: {
      section: 'Conflicts of Interest',
      text: 'All employed officers of the Police and Crime Commissioner are politically restricted in that they may not participate in any formal political activity.',
    },
    // "Sponsorship / Grants / Procurement and Partnership Arrangements", first paragraph.
    gifts: {
      section: 'Sponsorship / Grants / Procurement and Partnership Arrangements',
      text: 'All staff and representatives have a responsibility to disclose any gifts or hospitality offered in the course of their work for the OPCC, in line with the OPCC Gifts and Hospitality Policy, which is available from the OPCC.',
    },
    // "Data Protection", fourth and last paragraphs.
    personal: {
      section: 'Data Protection',
      text: 'Confidential information about clients must not be given to anyone who does not need to know it, unless it is required to help the client or prevent serious harm to the client or others. … Data Protection laws are to be followed at all times.',
    },
  },
});
