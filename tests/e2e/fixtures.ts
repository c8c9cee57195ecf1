/* eslint-disable react-hooks/rules-of-hooks -- Playwright names its fixture callback `use`; it is not a React hook. */
import { test as base, chromium, type BrowserContext, type Page } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Where `npm run build` puts the Chrome extension. */
export const extensionPath = path.resolve('.output/chrome-mv3');

/** The system Chromium (Debian's), since `npx playwright install` cannot download here. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for a closed network: Chromium's own background connections would be refused. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
  `--disable-extensions-except=${extensionPath}`,
  `--load-extension=${extensionPath}`,
];

/** Launches Chromium with the built extension in a profile folder (kept, so a restart can reuse it). */
export async function launchWithExtension(userDataDir: string): Promise<BrowserContext> {
  if (!fs.existsSync(path.join(extensionPath, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionPath}: run \`npm run build\` first.`);
  }
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
    viewport: { width: 1280, height: 800 },
  });
}

/** Waits for the extension's service worker and returns the extension id. */
export async function extensionIdOf(context: BrowserContext): Promise<string> {
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');
  return new URL(worker.url()).host;
}

/** Serves `tests/fixtures/sites/<file>` for every request to `hostPattern` (e.g. `https://mail.google.com/**`). */
export async function routeSite(context: BrowserContext, hostPattern: string, file: string): Promise<void> {
  const html = fs.readFileSync(path.resolve('tests/fixtures/sites', file), 'utf8');
  await context.route(hostPattern, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
}

interface Fixtures {
  userDataDir: string;
  context: BrowserContext;
  extensionId: string;
  page: Page;
}

/** A test that runs against the built extension in a fresh profile. */
export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  userDataDir: async ({}, use) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nolan-e2e-'));
    await use(dir);
    fs.rmSync(dir, { recursive: true, force: true });
  },
  context: async ({ userDataDir }, use) => {
    const context = await launchWithExtension(userDataDir);
    await use(context);
    await context.close();
  },
  extensionId: async ({ context }, use) => {
    await use(await extensionIdOf(context));
  },
  page: async ({ context }, use) => {
    const page = context.pages()[0] ?? (await context.newPage());
    await use(page);
  },
});

export const expect = test.expect;
