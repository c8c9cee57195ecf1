import { definePack } from '../define-pack';

/** A mayoral Combined Authority's Policing and Crime Team: its Code of Conduct (constitution Part 5, Section 5.4) as a policy pack. */
export default definePack({
  id: 'combined-authority',
  // The code never names the authority, only "the Combined Authority's Policing and Crime Team";
  // its staff write from Greater Manchester Combined Authority domains.
  name: 'Combined Authority Policing and Crime Team',
  code: 'Code of Conduct (Policing and Crime Team)',
  domains: ['gmca.gov.uk', 'greatermanchester-ca.gov.uk'],
  newsDomains: [
    'manchestereveningnews.co.uk',
    'manchesterworld.uk',
    'boltonnews.co.uk',
    'burytimes.co.uk',
    'theoldhamtimes.co.uk',
    'wigantoday.net',
  ],
  officers: {
    // The code says nothing about the media; the Head of the Policing and Crime Team owns the
    // policy (Document Control) and sits in the Policing, Strategy and Communications directorate.
    media: 'Head of the Policing and Crime Team',
    // Para 15.6: gifts received are reported to the Head of the Policing and Crime Team; para 15.2
    // and 15.7: the manager keeps "a formal record" of hospitality and of refused offers.
    register: 'Head of the Policing and Crime Team',
    registerName: 'Register of Gifts and Hospitality',
    // Para 2.4 and 17.2: the Combined Authority's Monitoring Officer.
    monitoring: 'Monitoring Officer',
  },
  gifts: {
    // Para 15.7: "All cash or monetary gifts should be refused".
    cashAlwaysDeclined: true,
    // Para 15.4.
    tokenExamples: ['calendars', 'pens', 'diaries'],
    // The code names no threshold: a sensible default.
    tokenValue: 25,
    // The code sets no deadline: the usual 28 days.
    declareWithinDays: 28,
    // Para 15.2: hospitality "should be authorised in advance by their manager/immediate supervisor".
    approvalInAdvanceBy: 'manager/immediate supervisor',
  },
  severity: { media: 'warn', confidential: 'block', political: 'warn', gifts: 'warn', personal: 'block' },
  restrictedPoliticalSeverity: 'block',
  userMayDisable: [],
  terms: {},
  clauses: {
    // The code has no media clause; the nearest is para 3.1 (Disclosure of Information).
    media: {
      section: 'para 3.1',
      text: 'Employees must be aware of which information is open and which is not, and act accordingly. If in doubt about any aspect of this provision employees should seek advice from their manager or immediate supervisor.',
    },
    // Para 3.3 (Disclosure of Information).
    confidential: {
      section: 'para 3.3',
      text: "Employees should not communicate to the public any information which has been designated 'sensitive' or above in the Government Security Classification Scheme.",
    },
    // Para 4.1 (Political Neutrality).
    political: {
      section: 'para 4.1',
      text: 'Employees must follow every lawfully expressed policy of the Combined Authority and must not allow their personal or political opinions to interfere with their work.',
    },
    // Para 15.4 (Hospitality and Gifts).
    gifts: {
      section: 'para 15.4',
      text: 'Employees should not accept personal gifts from contractors, outside suppliers or members of the public. The only exception to these arrangements would be gifts of token value which are of use in the work situation, eg, calendars, pens, and diaries.',
    },
    // The code has no personal-data clause; the nearest is para 3.4 (Disclosure of Information).
    personal: {
      section: 'para 3.4',
      text: "All employees should recognise the importance of confidentiality and any information concerning an employee's private affairs must not be supplied to any person unless the consent of the officer is first obtained or where such disclosure is required or sanctioned by law.",
    },
  },
});
