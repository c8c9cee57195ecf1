/**
 * Engine throughput, measured as ratios to a baseline run in the same process (lower-casing
 * plus one scan of the same text), so the figures mean the same on a slow or busy machine.
 * Each row runs in a process of its own: V8 compiles the engine for the inputs it has seen, and
 * code that has already met a megabyte of look-alike letters runs a plain 2 KB email about 5%
 * slower than code that has met only emails (measured: 49.0 against 51.3 MB/s in one process).
 * Run: npm run bench (or one row: node BUNDLE "realistic 2 KB")
 */
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { check } from '../src/engine/check';
import { getPack } from '../src/policy/packs';
import { resolvePolicy } from '../src/policy/resolve';
import { adversarial, draftOf, realistic } from './drafts';

const policy = resolvePolicy(getPack('west-midlands')!, { mediaAuthorised: false, politicallyRestricted: true });

/** The baseline: what any checker must at least do — lower-case the text and look at every character once. */
function baseline(text: string): number {
  const lower = text.toLowerCase();
  let count = 0;
  for (let i = 0; i < lower.length; i++) if (lower.charCodeAt(i) === 32) count++;
  return count;
}

/**
 * How long each row warms up (engine and baseline alike) before it is timed. A fresh process needs
 * V8's optimising compiler to have run, on a background thread that a busy machine starves: on a
 * loaded machine a 2 KB check warmed for 300 ms measured 137 µs, warmed for 2 s 48 µs.
 */
const WARM_MS = 2000;

/** Calls per batch so that one batch of `fn` lasts about `ms` milliseconds. */
function batchSize(fn: () => unknown, ms: number): number {
  let calls = 1;
  for (;;) {
    const started = performance.now();
    for (let i = 0; i < calls; i++) fn();
    const took = performance.now() - started;
    if (took >= ms) return Math.max(1, Math.round((calls * ms) / took));
    calls *= 2;
  }
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

interface Row {
  name: string;
  bytes: number;
  engineMs: number;
  /** The fastest batch's milliseconds per call: the engine's speed when nothing else wanted the processor. */
  engineBestMs: number;
  baselineMs: number;
  /** Median of the per-round ratios: each round times the engine and the baseline back to back. */
  ratio: number;
}

/**
 * Times `a` and `b` in alternating batches for ~`budgetMs` (after `WARM_MS` of warming up), so
 * a busy moment on a shared machine slows both alike and their ratio stays meaningful even
 * when the milliseconds wander. Returns the median milliseconds per call of each and the
 * median of the per-round ratios a ÷ b.
 */
function compare(a: () => unknown, b: () => unknown, budgetMs = 2500): { aMs: number; aBestMs: number; bMs: number; ratio: number } {
  const warmUntil = performance.now() + WARM_MS;
  while (performance.now() < warmUntil) {
    a();
    b();
  }
  const aCalls = batchSize(a, 10);
  const bCalls = batchSize(b, 10);
  const aMs: number[] = [];
  const bMs: number[] = [];
  const ratios: number[] = [];
  const started = performance.now();
  while (ratios.length < 7 || (performance.now() - started < budgetMs && ratios.length < 300)) {
    let t0 = performance.now();
    for (let i = 0; i < aCalls; i++) a();
    const perA = (performance.now() - t0) / aCalls;
    t0 = performance.now();
    for (let i = 0; i < bCalls; i++) b();
    const perB = (performance.now() - t0) / bCalls;
    aMs.push(perA);
    bMs.push(perB);
    ratios.push(perA / perB);
  }
  return { aMs: median(aMs), aBestMs: Math.min(...aMs), bMs: median(bMs), ratio: median(ratios) };
}

function measure(name: string, body: string): Row {
  const draft = draftOf(body);
  const { aMs, aBestMs, bMs, ratio } = compare(() => check(draft, policy), () => baseline(body));
  return { name, bytes: body.length, engineMs: aMs, engineBestMs: aBestMs, baselineMs: bMs, ratio };
}

/** How much longer the engine takes on `large` than on `small`, timed side by side. */
function growth(small: string, large: string): number {
  const smallDraft = draftOf(small);
  const largeDraft = draftOf(large);
  return compare(() => check(largeDraft, policy), () => check(smallDraft, policy)).ratio;
}

/** Each row's measurement, by its name, run in a process of its own (see above). */
const JOBS: Record<string, () => Row | number> = {
  'growth realistic': () => growth(realistic(100_000), realistic(1_000_000)),
  'growth adversarial': () => growth(adversarial(100_000), adversarial(1_000_000)),
  'realistic 2 KB': () => measure('realistic 2 KB', realistic(2_000)),
  'realistic 100 KB': () => measure('realistic 100 KB', realistic(100_000)),
  'realistic 1 MB': () => measure('realistic 1 MB', realistic(1_000_000)),
  'adversarial 100 KB': () => measure('adversarial 100 KB', adversarial(100_000)),
  'adversarial 1 MB': () => measure('adversarial 1 MB', adversarial(1_000_000)),
};

/** Runs job `name` in a fresh process (this bundle again, given the name) and reads back its result. */
function runApart(name: string): Row | number {
  const child = spawnSync(process.execPath, [process.argv[1]!, name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (child.status !== 0) throw new Error(`The bench row "${name}" failed (exit ${child.status})`);
  return JSON.parse(child.stdout) as Row | number;
}

const only = process.argv[2];
if (only !== undefined) {
  const job = JOBS[only];
  if (!job) throw new Error(`No bench row "${only}": one of ${Object.keys(JOBS).join(', ')}`);
  console.log(JSON.stringify(job()));
} else {
  const results = Object.fromEntries(Object.keys(JOBS).map((name) => [name, runApart(name)]));
  const rows = Object.values(results).filter((result): result is Row => typeof result === 'object');
  const mbPerS = (row: Row, ms = row.engineMs) => row.bytes / 1e6 / (ms / 1000);
  const lines = [
    `Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`,
    '',
    '| input | engine (ms) | engine MB/s | best batch MB/s | baseline (ms) | engine ÷ baseline |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (row) =>
        `| ${row.name} | ${row.engineMs.toFixed(2)} | ${mbPerS(row).toFixed(1)} | ${mbPerS(row, row.engineBestMs).toFixed(1)} | ${row.baselineMs.toFixed(3)} | ${row.ratio.toFixed(0)}× |`,
    ),
    '',
    `Growth 100 KB → 1 MB (ten times the text, timed side by side): realistic ${(results['growth realistic'] as number).toFixed(1)}×, adversarial ${(results['growth adversarial'] as number).toFixed(1)}× (target ≤ 12×).`,
    `Targets: ≥ 50 MB/s on realistic drafts; 1 MB adversarial < 100 ms. Milliseconds and MB/s are medians of the batches; "best batch" is the fastest one. Each row ran in a process of its own.`,
  ];
  console.log(lines.join('\n'));
}
