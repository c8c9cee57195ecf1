#!/usr/bin/env node
/**
 * Counts the instructions a check of the realistic benchmark draft takes, with valgrind's callgrind:
 * instructions, unlike seconds, come out the same on a busy machine as on a quiet one, so a change
 * that saves 1% can be seen. The count is the difference between runs of 7,000 and 9,000 checks,
 * divided by 2,000: start-up cancels out and what is left is a warm check. The window starts late
 * because V8 is still optimising functions a rule calls once a check until about the 6,000th: between
 * the 3,000th and 5,000th checks it compiled three, about 14k instructions a check (session 13).
 * Counts from before session 13 were taken over 3,000 to 5,000 checks and are that much higher.
 *
 *   node bench/callgrind.mjs count [--size 2000] [--rules ID,ID|none]   instructions per check
 *   node bench/callgrind.mjs lines [--size 2000] [--rules …] [--top 60]  the same, by line of the bundled engine
 *
 * `lines` asks V8 for the machine code it optimised (`--print-opt-code`) and charges each instruction's
 * count to the source line V8 says the instruction came from, inlined functions included: where in a
 * function the instructions go, which a profile by function cannot say. Code V8 has not optimised and
 * the runtime's own (regular expressions, string built-ins) are in the total but not in the lines.
 * Needs valgrind (Debian: apt-get install valgrind). Each run takes a few minutes.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { size: { type: 'string', default: '2000' }, rules: { type: 'string' }, top: { type: 'string', default: '60' } },
});
const [command = 'count'] = positionals;
if (command !== 'count' && command !== 'lines') throw new Error(`Unknown command "${command}": count or lines`);

const RUNS = [7000, 9000];
/** Node as callgrind sees it: one thread, and no randomness, so two runs of one build agree to 0.01%. */
const NODE_FLAGS = ['--single-threaded', '--hash-seed=1', '--random-seed=1', '--predictable-gc-schedule'];

const directory = mkdtempSync(join(tmpdir(), 'nolan-callgrind-'));
try {
  const driver = join(directory, 'driver.cjs');
  await build({ entryPoints: ['bench/callgrind-driver.ts'], bundle: true, platform: 'node', outfile: driver, logLevel: 'warning' });
  const runs = RUNS.map((count) => run(driver, count, directory));
  const perCheck = (runs[1].total - runs[0].total) / (RUNS[1] - RUNS[0]);
  if (command === 'count') console.log(`${Math.round(perCheck).toLocaleString('en-GB')} instructions per check (realistic ${values.size} characters, rules: ${values.rules ?? 'all'})`);
  // The total of a `lines` run also counts V8 printing the code it optimises between the two runs' ends: the lines are right, the total is not.
  else printLines(runs, readFileSync(driver, 'utf8'), Number(values.top));
} finally {
  rmSync(directory, { recursive: true, force: true });
}

/** Runs the driver for `count` checks under callgrind: the total, and (for `lines`) each instruction's count and the optimised code. */
function run(driver, count, directory) {
  const out = join(directory, `callgrind-${count}.out`);
  const args = [`--callgrind-out-file=${out}`, ...(command === 'lines' ? ['--dump-instr=yes'] : []), 'node', ...NODE_FLAGS];
  if (command === 'lines') args.push('--print-opt-code', '--code-comments');
  args.push(driver, String(count), values.size, ...(values.rules ? [values.rules] : []));
  const child = spawnSync('valgrind', ['--tool=callgrind', ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (child.error) throw new Error(`valgrind did not run (${child.error.message}): apt-get install valgrind`);
  const total = Number(/refs:\s*([\d,]+)/.exec(child.stderr)?.[1]?.replaceAll(',', ''));
  if (!Number.isFinite(total)) throw new Error(`callgrind gave no count:\n${child.stderr.slice(-2000)}`);
  return command === 'lines' ? { total, costs: costsByAddress(readFileSync(out, 'utf8')), code: child.stdout } : { total };
}

/**
 * Self cost of each instruction address from a callgrind file written with `--dump-instr=yes`. Cost lines are
 * "ADDRESS LINE COST", where a position may be written relative to the last ("+3", "-2", "*"); the line after
 * "calls=" is a call's inclusive cost and is not the instruction's own.
 */
function costsByAddress(text) {
  const costs = new Map();
  let last = 0;
  let isCall = false;
  for (const line of text.split('\n')) {
    if (line.startsWith('calls=')) {
      isCall = true;
      continue;
    }
    const first = line.charCodeAt(0);
    if (!((first >= 48 && first <= 57) || line[0] === '+' || line[0] === '-' || line[0] === '*')) continue;
    const [position, , cost] = line.split(' ');
    last = position === '*' ? last : position[0] === '+' ? last + Number(position.slice(1)) : position[0] === '-' ? last - Number(position.slice(1)) : Number(position);
    if (isCall) isCall = false;
    else if (cost !== undefined) costs.set(last, (costs.get(last) ?? 0) + Number(cost));
  }
  return costs;
}

/** Instructions per check by line of the bundle: each run's optimised code charged to its source positions, the difference of the runs. */
function printLines(runs, source, top) {
  const lineStarts = [0];
  for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineOf = (position) => upperBound(lineStarts, position) - 1;
  const byLine = runs.map(({ costs, code }) => {
    const lines = new Map();
    for (const block of code.split('--- Raw source ---').slice(1)) {
      const instructions = /Instructions \(size = \d+\)\n([\s\S]*?)\n\n/.exec(block)?.[1];
      const table = /Source positions:\n pc offset\s+position\n([\s\S]*?)\n\n/.exec(block)?.[1];
      if (!instructions || !table) continue;
      const offsets = [];
      const positions = [];
      for (const row of table.trim().split('\n')) {
        const [offset, position] = row.trim().split(/\s+/);
        offsets.push(parseInt(offset, 16));
        positions.push(Number(position));
      }
      for (const row of instructions.split('\n')) {
        const match = /^(0x[0-9a-f]+)\s+([0-9a-f]+)\s/.exec(row);
        const cost = match && costs.get(parseInt(match[1], 16));
        if (!cost) continue;
        const k = upperBound(offsets, parseInt(match[2], 16)) - 1;
        if (k < 0) continue;
        const line = lineOf(positions[k]);
        lines.set(line, (lines.get(line) ?? 0) + cost);
      }
    }
    return lines;
  });
  const checks = RUNS[1] - RUNS[0];
  const rows = [...new Set([...byLine[0].keys(), ...byLine[1].keys()])]
    .map((line) => ({ line, cost: ((byLine[1].get(line) ?? 0) - (byLine[0].get(line) ?? 0)) / checks }))
    .sort((a, b) => b.cost - a.cost);
  const total = rows.reduce((sum, row) => sum + row.cost, 0);
  console.log(`${Math.round(total).toLocaleString('en-GB')} instructions per check in optimised JavaScript (for the whole check, run \`count\`); the costliest lines of the bundle:`);
  const text = source.split('\n');
  // esbuild heads each module of the bundle with a comment naming its file ("// src/engine/text/tokens.ts").
  const fileOf = (line) => {
    for (let k = line; k >= 0; k--) if (/^\/\/ \S+\.ts$/.test(text[k])) return text[k].slice(3).replace(/^.*\//, '');
    return '?';
  };
  for (const { line, cost } of rows.slice(0, top)) console.log(`${Math.round(cost).toString().padStart(8)}  ${fileOf(line).padEnd(22)} ${text[line].trim().slice(0, 120)}`);
}

/** The first index of sorted `values` whose value is greater than `value`. */
function upperBound(values, value) {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (values[mid] <= value) low = mid + 1;
    else high = mid;
  }
  return low;
}
