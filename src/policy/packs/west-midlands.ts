import { definePack } from '../define-pack';

/** West Midlands OPCC and Violence Reduction Unit: its Staff Code of Conduct as a policy pack. */
export default definePack({
  id: 'west-midlands',
  name: 'West Midlands Police and Crime Commissioner and Violence Reduction Unit',
  code: 'Staff Code of Conduct',
  // Staff write from the OPCC's own domain; the force (west-midlands.police.uk) is trusted by default.
  domains: ['westmidlands-pcc.gov.uk'],
  newsDomains: ['birminghammail.co.uk', 'birminghampost.co.uk', 'expressandstar.com', 'coventrytelegraph.net'],
  officers: {
    // Para 4: "authorisation from the Head of Communications for any contact with the media".
    media: 'Head of Communications',
    // The code names no register or its keeper; under "Responsibilities" the Deputy Chief
    // Executive implements and monitors the code, so declarations go there.
    register: 'Deputy Chief Executive',
    registerName: 'Gifts and Hospitality Register',
    monitoring: 'Deputy Chief Executive',
  },
  gifts: {
    // Not stated in the code; refusing cash follows para 5 ("receive other benefits") and every other pack.
    cashAlwaysDeclined: true,
    // The Annex allows "gifts of token value" without examples; these are the usual ones.
    tokenExamples: ['pens', 'diaries', 'calendars'],
    // The code names no threshold: a sensible default.
    tokenValue: 25,
    declareWithinDays: 28,
    // Annex, Bribery, Gifts and Hospitality: declined, "or prior approval sought for their
    // acceptance"; it names no approver, and para 14 routes conduct questions to the line manager.
    approvalInAdvanceBy: 'line manager',
  },
  severity: { media: 'warn', confidential: 'block', political: 'warn', gifts: 'warn', personal: 'block' },
  restrictedPoliticalSeverity: 'block',
  userMayDisable: [],
  terms: {},
  clauses: {
    // Para 4, under INTEGRITY ("You must:").
    media: {
      section: 'para 4',
      text: 'Ensure you have authorisation from the Head of Communications for any contact with the media.',
    },
    // Annex, Main Principles, "Confidentiality".
    confidential: {
      section: 'Annex, Confidentiality',
      text: 'You must not disclose without authority any confidential business information. This duty continues to apply after you have left the VRU/OPCC.',
    },
    // Para 11, under IMPARTIALITY.
    political: {
      section: 'para 11',
      text: 'You must not: … Act in a way that is determined by party political considerations or use official resources for party political purposes.',
    },
    // Annex, Main Principles, "Bribery, Gifts and Hospitality".
    gifts: {
      section: 'Annex, Bribery, Gifts and Hospitality',
      text: 'If you are offered gifts or hospitality, they should either be declined, or prior approval sought for their acceptance. The only exceptions are gifts of token value or modest hospitality given in connection with normal work meetings.',
    },
    // Annex, Main Principles, "Confidentiality" (GDPR paragraph).
    personal: {
      section: 'Annex, Confidentiality',
      text: 'You must comply with the provisions of the General Data Protection Regulations 2018 (GDPR) which regulate the protection of personal data. All personal data held about individuals, whether on paper or electronically, is subject to the regulations.',
    },
  },
});
