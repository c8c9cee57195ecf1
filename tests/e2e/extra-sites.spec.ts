import { test as base, chromium, expect, type BrowserContext } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromiumArgs, chromiumPath, extensionIdOf, extensionPath, routeSite } from './fixtures';
import { writeSettings } from './pages/extension';

const PORTAL = 'https://portal.example.org';

/**
 * A copy of the built extension that already holds host permission for the portal: the
 * browser's permission prompt cannot be answered in headless Chromium, and a request for a
 * permission already held resolves at once, as it does after a user said yes.
 */
function extensionWithPortalGranted(dir: string): string {
  const copy = path.join(dir, 'extension');
  fs.cpSync(extensionPath, copy, { recursive: true });
  const manifestPath = path.join(copy, 'manifest.json');
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
  manifest.host_permissions = [`${PORTAL}/*`];
  fs.writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  return copy;
}

const test = base.extend<{ context: BrowserContext; extensionId: string }>({
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, provide) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nolan-e2e-sites-'));
    const extension = extensionWithPortalGranted(dir);
    const args = chromiumArgs.map((arg) =>
      arg.startsWith('--disable-extensions-except=') || arg.startsWith('--load-extension=') ? arg.replace(extensionPath, extension) : arg,
    );
    const context = await chromium.launchPersistentContext(path.join(dir, 'profile'), {
      executablePath: chromiumPath,
      headless: true,
      args,
      viewport: { width: 1280, height: 800 },
    });
    await provide(context);
    await context.close();
    fs.rmSync(dir, { recursive: true, force: true });
  },
  extensionId: async ({ context }, provide) => {
    await provide(await extensionIdOf(context));
  },
});

test('a site added in the options page gets the generic adapter: badge, and send held', async ({ context, extensionId }) => {
  await routeSite(context, `${PORTAL}/**`, 'generic.html');
  await writeSettings(context, { org: 'west-midlands' });
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel(/Site address/).fill('portal.example.org');
  await options.getByRole('button', { name: 'Add site' }).click();
  await expect(options.getByRole('listitem').filter({ hasText: PORTAL })).toBeVisible();

  const page = await context.newPage();
  await page.goto(`${PORTAL}/messages`);
  await page.locator('nolan-overlay').waitFor({ state: 'attached', timeout: 10_000 });
  await page.locator('#to').fill('sam.jones@example.com');
  await page.locator('#message').pressSequentially('Please find the OFFICIAL-SENSITIVE briefing on the custody review below.');
  const badge = page.getByRole('button', { name: /^Conduct check/ });
  await expect(badge).toBeVisible({ timeout: 1500 });
  // The overlay's styles reached the page (the badge is drawn as a pill, not an unstyled button).
  await expect(badge).toHaveCSS('border-radius', '16px');

  await page.getByRole('button', { name: 'Send message' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Before you send' });
  await expect(dialog).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __sent: unknown[] }).__sent.length)).toBe(0);
  await dialog.getByRole('textbox').fill('Agreed with the Chief Executive');
  await dialog.getByRole('button', { name: /^Send anyway/ }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { __sent: unknown[] }).__sent.length)).toBe(1);
});
