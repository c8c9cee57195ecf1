#!/usr/bin/env node
// `npm start`: builds the extension, then runs the register with a demo organisation and
// prints how to try the whole flow. The demo tokens are fixed and public: never use them for real.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const port = process.env.PORT || '8787';
const dataDir = './data/register';
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

// NOLAN_SKIP_BUILD=1 starts only the register (e.g. when the extension is already built).
const skipBuild = process.env.NOLAN_SKIP_BUILD === '1';
if (!skipBuild) console.log('Building the extension (npm run build)…');
const build = skipBuild ? { status: 0 } : spawnSync(npm, ['run', 'build'], { cwd: root, stdio: 'inherit' });
const extensionDir = resolve(root, '.output/chrome-mv3');
const isBuilt = build.status === 0 && existsSync(extensionDir);
if (!isBuilt) {
  console.error('\nThe extension build failed (see above). Starting the register anyway, so the API and reviewer pages can still be tried.\n');
}

const server = spawn(
  process.execPath,
  ['bin/nolan.mjs', 'register', 'serve', '--port', port, '--host', '127.0.0.1', '--data', dataDir, '--org', 'demo', '--demo'],
  { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL ?? '' } },
);

let output = '';
let isReady = false;
let fallback;
const ready = (url) => {
  if (isReady) return;
  isReady = true;
  clearTimeout(fallback);
  printInstructions(url);
};
server.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  output += chunk.toString();
  const url = /listening on (http:\/\/\S+)/.exec(output)?.[1];
  if (!url || isReady) return;
  // The demo tokens are printed just after the address: wait for them, so the steps can name them.
  if (/Demo reviewer token: \S+/.test(output)) ready(url);
  else fallback ??= setTimeout(() => ready(url), 3000);
});

function printInstructions(url) {
  const staff = /Demo staff token: (\S+)/.exec(output)?.[1] ?? '(see above)';
  const reviewer = /Demo reviewer token: (\S+)/.exec(output)?.[1] ?? '(see above)';
  console.log(`
────────────────────────────────────────────────────────────────────────
Nolan is ready to try.

1. Load the extension in Chrome
   ${isBuilt ? `The built extension is in ${extensionDir}` : 'The extension did not build this time; fix the build and run npm start again.'}
   Open chrome://extensions, switch on Developer mode (top right), choose
   "Load unpacked" and select that folder.

2. Connect it to the register
   Open the extension's options page and enter:
     Register address:  ${url}
     Register token:    ${staff}      (demo staff user, Sam Staff)

3. Declare a gift from the toolbar popup, then review it
   Reviewer page:      ${url}/review
   Reviewer token:     ${reviewer}   (demo reviewer, Rita Reviewer)

4. See the public register of gifts and hospitality
   ${url}/register   (also /register.csv and /register.json)

The register keeps its data in ${process.env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : `${dataDir} (embedded PGlite)`}. Press Ctrl+C to stop.
These demo tokens are public: never use them on a real register.
────────────────────────────────────────────────────────────────────────
`);
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.kill(signal));
}
server.on('exit', (code, signal) => {
  if (!isReady) console.error('The register did not start; see the messages above.');
  process.exitCode = code ?? (signal ? 0 : 1);
});
