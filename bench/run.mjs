#!/usr/bin/env node
/**
 * Runs a benchmark on the engine as the extension ships it: bundled by esbuild, as plain
 * JavaScript. Running the TypeScript through tsx instead measures tsx: it compiles with
 * `keepNames`, which wraps every function and closure in `__name(fn, "…")` (an
 * `Object.defineProperty` each time a closure is made), and timed a 2 KB check at about
 * twice what the built extension takes. The shipped content script has no `__name`.
 * Usage: node bench/run.mjs bench/engine.bench.ts [arguments…]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

const [entry = 'bench/engine.bench.ts', ...args] = process.argv.slice(2);
const directory = mkdtempSync(join(tmpdir(), 'nolan-bench-'));
const outfile = join(directory, 'bench.mjs');
try {
  await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile, logLevel: 'warning' });
  const { status } = spawnSync(process.execPath, [outfile, ...args], { stdio: 'inherit' });
  process.exitCode = status ?? 1;
} finally {
  rmSync(directory, { recursive: true, force: true });
}
