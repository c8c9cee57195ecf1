/**
 * Engine throughput, measured as ratios to a baseline run in the same process (lower-casing
 * plus one scan of the same text), so the figures mean the same on a slow or busy machine.
 * Run: npm run bench
 */
import { performance } from 'node:perf_hooks';
import { check } from '../src/engine/check';
import type { Draft } from '../src/engine/types';
import { getPack } from '../src/policy/packs';
import { resolvePolicy } from '../src/policy/resolve';

const policy = resolvePolicy(getPack('west-midlands')!, { mediaAuthorised: false, politicallyRestricted: true });

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

function realistic(bytes: number): string {
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
function adversarial(bytes: number): string {
  const pieces = [
    'Mr Mr Mrs Ms Dr ', 'Name: Name: ', '@news@telegraph @@@ ', 'official official-official sensitive? ', 'thanks for thanks for the ',
    'vote vote Vote Labour Labour ', '> > >> ', 'ОFFICIAL-SЕNSITIVE\u200b ', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa ', '12 12 12 Road ',
    'On Mon wrote:\n', '\n\n\n', 'DOB DOB 01/01/2000 ', 'QQ 12 34 56 C ', 'the the the the ', 'Tory Tories cuts cuts failure ',
  ];
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < bytes; i = (i * 7 + 3) % pieces.length) {
    parts.push(pieces[i]!);
    length += pieces[i]!.length;
  }
  return parts.join('').slice(0, bytes);
}

const draftOf = (body: string): Draft => ({
  channel: 'email', site: 'gmail', from: 'p.sandhu@westmidlands-pcc.gov.uk', to: ['r.hale@brum-uni.ac.uk'], cc: [], bcc: [],
  subject: 'Needs assessment draft', body, attachments: ['Needs assessment v4 OFFICIAL-SENSITIVE.docx'],
});

/** The baseline: what any checker must at least do — lower-case the text and look at every character once. */
function baseline(text: string): number {
  const lower = text.toLowerCase();
  let count = 0;
  for (let i = 0; i < lower.length; i++) if (lower.charCodeAt(i) === 32) count++;
  return count;
}

/**
 * Median milliseconds per call of `fn`. Warms up for ~300 ms first (so the JIT has settled),
 * then takes samples of enough calls to last at least 5 ms each, for ~`budgetMs`.
 */
function time(fn: () => unknown, budgetMs = 1500): number {
  const warmUntil = performance.now() + 300;
  let calls = 0;
  do {
    fn();
    calls++;
  } while (performance.now() < warmUntil || calls < 3);
  const single = 300 / calls;
  const perSample = Math.max(1, Math.ceil(5 / Math.max(single, 1e-3)));
  const samples: number[] = [];
  const started = performance.now();
  while (samples.length < 5 || (performance.now() - started < budgetMs && samples.length < 200)) {
    const t0 = performance.now();
    for (let i = 0; i < perSample; i++) fn();
    samples.push((performance.now() - t0) / perSample);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]!;
}

interface Row {
  name: string;
  bytes: number;
  engineMs: number;
  baselineMs: number;
}

function measure(name: string, body: string): Row {
  const draft = draftOf(body);
  return { name, bytes: body.length, engineMs: time(() => check(draft, policy)), baselineMs: time(() => baseline(body)) };
}

const rows = [
  measure('realistic 2 KB', realistic(2_000)),
  measure('realistic 100 KB', realistic(100_000)),
  measure('realistic 1 MB', realistic(1_000_000)),
  measure('adversarial 100 KB', adversarial(100_000)),
  measure('adversarial 1 MB', adversarial(1_000_000)),
];

const mbPerS = (row: Row) => row.bytes / 1e6 / (row.engineMs / 1000);
const byName = (name: string) => rows.find((row) => row.name === name)!;
const lines = [
  `Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`,
  '',
  '| input | engine (ms) | engine MB/s | baseline (ms) | engine ÷ baseline |',
  '| --- | ---: | ---: | ---: | ---: |',
  ...rows.map((row) => `| ${row.name} | ${row.engineMs.toFixed(2)} | ${mbPerS(row).toFixed(1)} | ${row.baselineMs.toFixed(3)} | ${(row.engineMs / row.baselineMs).toFixed(0)}× |`),
  '',
  `Growth 100 KB → 1 MB (ten times the text): realistic ${(byName('realistic 1 MB').engineMs / byName('realistic 100 KB').engineMs).toFixed(1)}×, adversarial ${(byName('adversarial 1 MB').engineMs / byName('adversarial 100 KB').engineMs).toFixed(1)}× (target ≤ 12×).`,
  `Targets: ≥ 50 MB/s on realistic drafts; 1 MB adversarial < 100 ms.`,
];
console.log(lines.join('\n'));
