/** The drafts the benchmark and the profiling driver check. */
import type { Draft } from '../src/engine/types';

/** A realistic working email: greetings, figures, a marking, names, a signature and a disclaimer. */
const PARAGRAPHS = [
  'Hi Rachel,\n\nThanks for the notes from Tuesday. As agreed at the steering group, attached is the latest draft of the needs assessment with the February data.',
  'The main change is in section 3, where knife-enabled offences involving under-25s in Birmingham are down about 11%, with the biggest drops in Ladywood and Aston.',
  'Mr Dean Carrick spoke to the custody visitors on Saturday and told them he had been waiting for an appropriate adult for over six hours.',
  'Thank you for the invitation to the partnership dinner next month; I will check with the Chief Executive before I reply.',
  'The report is OFFICIAL-SENSITIVE because it describes the layout of the custody suites, so please do not forward it or print it at home.',
  'The Labour market figures from the ONS show youth unemployment and NEET rates rising, which we flagged as key risk factors at the last board.',
  'Kind regards,\nPriya Sandhu\nPolicy Officer\nOffice of the West Midlands Police and Crime Commissioner',
  'DISCLAIMER: This email and any attachments are intended for the named recipient only. If you have received it in error, please tell the sender and delete it.',
];

export function realistic(bytes: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < bytes; i++) {
    const paragraph = PARAGRAPHS[i % PARAGRAPHS.length]!;
    parts.push(paragraph);
    length += paragraph.length + 2;
  }
  return parts.join('\n\n').slice(0, bytes);
}

/** Input built to hurt: many titles, capitals, handles, half-phrases, quote markers and look-alikes. */
export function adversarial(bytes: number): string {
  const pieces = [
    'Mr Mr Mrs Ms Dr ', 'Name: Name: ', '@news@telegraph @@@ ', 'official official-official sensitive? ', 'thanks for thanks for the ',
    'vote vote Vote Labour Labour ', '> > >> ', 'ОFFICIAL-SЕNSITIVE\u200b ', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa ', '12 12 12 Road ',
    'On Mon wrote:\n', '\n\n\n', 'DOB DOB 01/01/2000 ', 'QQ 12 34 56 C ', 'the the the the ', 'Tory Tories cuts cuts failure ',
  ];
  const parts: string[] = [];
  let length = 0;
  // Steps of 7 through the 16 pieces visit every one before repeating.
  for (let i = 0; length < bytes; i = (i + 7) % pieces.length) {
    parts.push(pieces[i]!);
    length += pieces[i]!.length;
  }
  return parts.join('').slice(0, bytes);
}

export const draftOf = (body: string): Draft => ({
  channel: 'email', site: 'gmail', from: 'p.sandhu@westmidlands-pcc.gov.uk', to: ['r.hale@brum-uni.ac.uk'], cc: [], bcc: [],
  subject: 'Needs assessment draft', body, attachments: ['Needs assessment v4 OFFICIAL-SENSITIVE.docx'],
});
