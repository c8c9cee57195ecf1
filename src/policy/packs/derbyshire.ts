import { definePack } from '../define-pack';

/** Derbyshire OPCC: its Staff Code of Conduct Policy as a policy pack. */
export default definePack({
  id: 'derbyshire',
  name: 'Office of the Police and Crime Commissioner for Derbyshire',
  code: 'Derbyshire OPCC Staff Code of Conduct Policy',
  // Section 14 gives derbyshire-pcc.gov.uk; the force (derbyshire.police.uk) is trusted by default.
  domains: ['derbyshire-pcc.gov.uk'],
  newsDomains: [
    'derbytelegraph.co.uk',
    'derbyshiretimes.co.uk',
    'matlockmercury.co.uk',
    'buxtonadvertiser.co.uk',
    'ilkestonadvertiser.co.uk',
  ],
  officers: {
    // Section 10 leaves the media to "specially appointed employees" without naming who authorises;
    // section 8 sends any request to supply information to the Chief Operating Officer.
    media: 'Chief Operating Officer',
    // Para 3(g): "the Register of Hospitality and Gifts, located with the OPCCs Monitoring Officer".
    register: 'Monitoring Officer',
    registerName: 'Register of Hospitality and Gifts',
    // Sections 6, 8, 9 and 13; also the policy's Responsible Officer.
    monitoring: 'Chief Operating Officer',
  },
  gifts: {
    // The code does not mention cash; refusing it is the safe default.
    cashAlwaysDeclined: true,
    // Para 3(g): "Articles of low intrinsic value, such as diaries and calendars, may be accepted if used at work."
    tokenExamples: ['diaries', 'calendars'],
    // The code names no threshold ("low intrinsic value"): a sensible default.
    tokenValue: 25,
    // The code sets no deadline: the usual 28 days.
    declareWithinDays: 28,
  },
  severity: { media: 'warn', confidential: 'block', political: 'warn', gifts: 'warn', personal: 'block' },
  restrictedPoliticalSeverity: 'block',
  userMayDisable: [],
  terms: {},
  clauses: {
    // Section 10, Dealing with the Media.
    media: {
      section: 'section 10, Dealing with the Media',
      text: 'Staff should only speak to the media if they are authorised to do so. There are specially appointed employees to deal with media enquiries as well as preparing and issuing public statements / press releases.',
    },
    // Section 8, Confidentiality/Use of Information, first paragraph.
    confidential: {
      section: 'section 8, Confidentiality/Use of Information',
      text: 'During the course of their employment staff will come across confidential information. The privacy and confidentiality of such information must be maintained at all times unless express authorisation is given to divulge it, or there is a legal requirement to do so.',
    },
    // Para 3(o)(a), Use of Resources; section 7 adds the limits on politically restricted posts.
    political: {
      section: 'para 3(o)(a), Use of Resources',
      text: 'Staff should: … not use the resources of the Office of the Police and Crime Commissioner improperly for political purposes (including party political purposes).',
    },
    // Para 3(g), Hospitality.
    gifts: {
      section: 'para 3(g), Hospitality',
      text: 'Staff should not accept any hospitality, benefit or gift which could reasonably be seen as likely to influence or as intended to influence their judgement. … All offers of hospitality and gifts should be recorded (Whether or not accepted) in the Register of Hospitality and Gifts, located with the OPCCs Monitoring Officer.',
    },
    // The code has no personal-data clause; the nearest is section 8 on others' private affairs.
    personal: {
      section: 'section 8, Confidentiality/Use of Information',
      text: "Information concerning an employee's private affairs must not be supplied to any person not employed by the Commissioner without the consent of the employee, nor to anyone within the Commissioner's office unless that person has authority or responsibility for such information.",
    },
  },
});
