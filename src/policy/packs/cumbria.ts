import { definePack } from '../define-pack';

/** Cumbria OPCC: its staff Code of Conduct (the model local-government code) as a policy pack. */
export default definePack({
  id: 'cumbria',
  // As in the Codes of Conduct Undertaking at the end of the code.
  name: 'Cumbria Office of the Police and Crime Commissioner',
  code: 'Code of Conduct',
  // The force (cumbria.police.uk) is trusted by default.
  domains: ['cumbria-pcc.gov.uk'],
  newsDomains: [
    'newsandstar.co.uk',
    'timesandstar.co.uk',
    'nwemail.co.uk',
    'thewestmorlandgazette.co.uk',
    'cwherald.com',
    'cumbriacrack.com',
  ],
  officers: {
    // The code says nothing about the media; the Chief Executive is the senior officer it names.
    media: 'Chief Executive',
    // Undertaking: interests go "to the Monitoring Officer for entry in the COPCC's Register";
    // Hospitality and Gifts: gifts received are reported to the Monitoring Officer.
    register: 'Monitoring Officer',
    registerName: "COPCC's Register",
    // Disclosure of Information and Implementation and Interpretation.
    monitoring: 'Monitoring Officer',
  },
  gifts: {
    // Hospitality and Gifts: "All cash or monetary gifts should be refused".
    cashAlwaysDeclined: true,
    // Hospitality and Gifts: "e.g. calendars, pens and diaries".
    tokenExamples: ['calendars', 'pens', 'diaries'],
    // The code names no threshold: a sensible default.
    tokenValue: 25,
    // The code sets no deadline: the usual 28 days.
    declareWithinDays: 28,
    // Hospitality and Gifts: "They should be authorised in advance by their manager/immediate supervisor".
    approvalInAdvanceBy: 'manager/immediate supervisor',
  },
  severity: { media: 'warn', confidential: 'block', political: 'warn', gifts: 'warn', personal: 'block' },
  restrictedPoliticalSeverity: 'block',
  userMayDisable: [],
  terms: {},
  clauses: {
    // The code has no media clause; the nearest is "Disclosure of Information", first paragraph.
    media: {
      section: 'Disclosure of Information',
      text: 'Employees must be aware of which information is open and that which is not, and act accordingly. If in doubt about any aspect of this provision employees should seek advice from their manager or immediate supervisor.',
    },
    // "Disclosure of Information", third paragraph.
    confidential: {
      section: 'Disclosure of Information',
      text: 'Employees should not communicate to the public any information in respect of agenda and reports or committee proceedings, which are designated as "not for publication".',
    },
    // "Political Neutrality".
    political: {
      section: 'Political Neutrality',
      text: 'Employees must follow every lawful expressed policy of the OPCC and must not allow their personal or political opinions to interfere with their work.',
    },
    // "Hospitality and Gifts", third paragraph.
    gifts: {
      section: 'Hospitality and Gifts',
      text: 'Employees should not accept personal gifts from contractors, outside suppliers or members of the public. The only exception to these arrangements would be gifts of token value which are of use in the work situation e.g. calendars, pens and diaries.',
    },
    // "Disclosure of Information", last paragraph: the code's nearest to a personal-data clause.
    personal: {
      section: 'Disclosure of Information',
      text: 'Any particular information received by an employee which is of a personal nature and does not belong to the OPCC, including details relating to marital status / domestic arrangements, should not be divulged by the employee without the prior approval of that person, except where such disclosure is required or sanctioned by law.',
    },
  },
});
