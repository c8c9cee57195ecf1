import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, extensionIdOf, launchWithExtension, test as base } from './fixtures';
import { RegisterOptionsPage } from './pages/options-page';
import { PopupPage } from './pages/popup-page';
import { PublicRegisterPage, ReviewPage } from './pages/register-pages';
import { RegisterServer, freePort } from './support/register';

interface RegisterFixtures {
  register: RegisterServer;
  staffToken: string;
  reviewerToken: string;
}

/** Each test gets its own register process (real server, real PGlite) with a member of staff and a reviewer. */
const test = base.extend<RegisterFixtures>({
  // eslint-disable-next-line no-empty-pattern
  register: async ({}, provide) => {
    const server = new RegisterServer(await freePort());
    await server.start();
    await provide(server);
    await server.dispose();
  },
  staffToken: async ({ register }, provide) => provide(await register.addUser('staff', 'Sam Staff', 'Policy Officer')),
  reviewerToken: async ({ register }, provide) => provide(await register.addUser('reviewer', 'Rita Reviewer', 'Monitoring Officer')),
});

// PGlite's first start is slow on a busy two-core machine.
test.describe.configure({ timeout: 420_000 });

/** Serious and critical axe violations on the page as it is now, summarised for a readable failure. */
async function seriousViolations(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  if (include) builder.include(include);
  const results = await builder.analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

interface ListedDeclaration {
  ref: string;
  status: string;
  description?: string;
}

const football = {
  kind: 'A gift' as const,
  person: 'Jo Bloggs',
  organisation: 'Acme Security Ltd',
  relationship: 'Supplier or contractor',
  description: 'Two tickets to a football match',
  value: '120',
  accepted: 'Declined' as const,
  reason: 'Supplier in a live tender',
};

test('a gift declaration reaches the register, is approved and appears on the public register', async ({ context, page, extensionId, register, staffToken, reviewerToken }) => {
  const options = new RegisterOptionsPage(page, extensionId);
  await options.goto();
  await options.configure(register.url, staffToken);
  await expect(options.statuses.first()).toContainText('Register settings saved');
  await expect(options.form.getByText(`A token ending …${staffToken.slice(-4)} is saved`)).toBeVisible();
  await options.testConnection();
  await expect(options.statuses.nth(1)).toHaveText(/Connected/, { timeout: 15_000 });
  // The rest of the options page belongs to the settings feature; check the register section here.
  expect(await seriousViolations(page, '.register-settings')).toEqual([]);

  const popup = new PopupPage(page, extensionId);
  await popup.goto();
  await popup.fillGift(football);
  await popup.submitGift();
  await expect(popup.giftStatus).toContainText(/Reference \S+/, { timeout: 20_000 });

  const listed = await register.api<{ items: ListedDeclaration[] }>('GET', '/api/declarations', reviewerToken);
  expect(listed.body.items).toHaveLength(1);
  const [item] = listed.body.items;
  expect(item).toMatchObject({ status: 'pending', description: football.description });
  await expect(popup.giftStatus).toContainText(item!.ref);

  await popup.openTab('My declarations');
  const mine = popup.declaration('Gift from Acme Security Ltd');
  await expect(mine).toContainText('Sent');
  await expect(mine).toContainText(`Register reference: ${item!.ref}`);

  const reviewerPage = await context.newPage();
  const review = new ReviewPage(reviewerPage, register.url);
  await review.goto();
  expect(await seriousViolations(reviewerPage)).toEqual([]);
  await review.signIn(reviewerToken);
  await expect(review.declaration(item!.ref)).toBeVisible();
  expect(await seriousViolations(reviewerPage)).toEqual([]);
  await review.approve(item!.ref);
  await expect.poll(async () => (await register.api<ListedDeclaration>('GET', '/api/declarations?status=approved', reviewerToken)).body, { timeout: 10_000 })
    .toMatchObject({ items: [{ ref: item!.ref }] });

  const published = await (await fetch(`${register.url}/register.json`)).text();
  expect(published).toContain(football.description);
  expect(published).not.toContain('@example.org');
  const publicRegister = new PublicRegisterPage(reviewerPage, register.url);
  await publicRegister.goto();
  await expect(reviewerPage.getByText(football.description)).toBeVisible();
  expect(await seriousViolations(reviewerPage)).toEqual([]);

  // Opening "My declarations" again asks the register for decisions.
  await popup.goto('#mine');
  await expect(popup.declaration('Gift from Acme Security Ltd')).toContainText('Approved', { timeout: 15_000 });
  expect(await seriousViolations(page)).toEqual([]);
});

test('a declaration made while the register is down survives a browser restart and arrives exactly once', async ({ context, page, extensionId, userDataDir, register, staffToken, reviewerToken }) => {
  const options = new RegisterOptionsPage(page, extensionId);
  await options.goto();
  await options.configure(register.url, staffToken);
  await expect(options.statuses.first()).toContainText('Register settings saved');
  await register.stop();

  const popup = new PopupPage(page, extensionId);
  await popup.goto();
  await popup.setQueueTiming({ minDelayMs: 1000, maxDelayMs: 3000, timeoutMs: 5000 });
  await popup.fillGift({ ...football, description: 'Dinner at the supplier’s conference', kind: 'Hospitality' });
  await popup.submitGift();
  await expect(popup.giftStatus).toContainText('queued', { timeout: 10_000 });
  await expect.poll(async () => (await popup.readQueue())[0]?.state, { timeout: 10_000 }).toBe('queued');
  await popup.openTab('My declarations');
  await expect(popup.declaration('Hospitality from Acme Security Ltd')).toContainText('Queued');

  await context.close();
  await register.start();
  const relaunched = await launchWithExtension(userDataDir);
  try {
    const id = await extensionIdOf(relaunched);
    const again = new PopupPage(relaunched.pages()[0] ?? (await relaunched.newPage()), id);
    await expect
      .poll(async () => (await register.api<{ items: ListedDeclaration[] }>('GET', '/api/declarations', reviewerToken)).body.items.length, {
        timeout: 60_000,
      })
      .toBe(1);
    await again.goto('#mine');
    const item = again.declaration('Hospitality from Acme Security Ltd');
    await expect(item).toContainText('Sent', { timeout: 15_000 });
    const { body } = await register.api<{ items: ListedDeclaration[] }>('GET', '/api/declarations', reviewerToken);
    expect(body.items).toHaveLength(1);
    await expect(item).toContainText(`Register reference: ${body.items[0]!.ref}`);
    // Further flushes (another start, an alarm) must not send it again.
    await again.page.waitForTimeout(3000);
    expect((await register.api<{ items: ListedDeclaration[] }>('GET', '/api/declarations', reviewerToken)).body.items).toHaveLength(1);
  } finally {
    await relaunched.close();
  }
});

test('a wrong token keeps the declaration queued with a clear message until the token is fixed', async ({ page, extensionId, register, staffToken, reviewerToken }) => {
  const options = new RegisterOptionsPage(page, extensionId);
  await options.goto();
  await options.configure(register.url, 'not-a-real-token');
  await expect(options.statuses.first()).toContainText('Register settings saved');
  await options.testConnection();
  await expect(options.statuses.nth(1)).toHaveText(/did not accept your token/, { timeout: 15_000 });

  const popup = new PopupPage(page, extensionId);
  await popup.goto();
  await popup.fillGift({ ...football, description: 'A bottle of whisky at Christmas' });
  await popup.submitGift();
  await expect(popup.giftStatus).toContainText('Check your register token in Settings', { timeout: 15_000 });
  await popup.openTab('My declarations');
  await expect(popup.declaration('Gift from Acme Security Ltd')).toContainText('Check your register token in Settings');

  // Fixing the token sends it straight away, without waiting for the back-off.
  await options.goto();
  await options.form.getByLabel('Register token').fill(staffToken);
  await options.form.getByRole('button', { name: 'Save register settings' }).click();
  await expect
    .poll(async () => (await register.api<{ items: ListedDeclaration[] }>('GET', '/api/declarations', reviewerToken)).body.items.length, { timeout: 20_000 })
    .toBe(1);
  await popup.goto('#mine');
  await expect(popup.declaration('Gift from Acme Security Ltd')).toContainText('Sent');
});

test('invalid input shows inline messages, moves focus to the first, and queues nothing', async ({ page, extensionId }) => {
  const popup = new PopupPage(page, extensionId);
  await popup.goto();
  await popup.fillGift({ value: '-5', description: 'x' });
  await popup.submitGift();
  const form = popup.giftPanel;
  await expect(form.getByText('Choose gift or hospitality')).toBeVisible();
  await expect(form.getByText('Say who made the offer: a person, an organisation or both')).toBeVisible();
  await expect(form.getByText('Choose the relationship to the office')).toBeVisible();
  await expect(form.getByText('Describe the gift or hospitality')).toBeVisible();
  await expect(form.getByText('The value cannot be negative')).toBeVisible();
  await expect(form.getByText('Say whether the offer was accepted or declined')).toBeVisible();
  await expect(form.getByRole('radio', { name: 'A gift' })).toBeFocused();
  await expect(form.getByLabel('Estimated value')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByLabel('Estimated value')).toHaveAccessibleDescription(/The value cannot be negative/);
  expect(await popup.readQueue()).toEqual([]);

  await popup.openTab('Interest');
  const interest = page.getByRole('tabpanel', { name: 'Interest' });
  await interest.getByRole('button', { name: 'Declare' }).click();
  await expect(interest.getByText('Choose the type of interest')).toBeVisible();
  await expect(interest.getByText('Enter the date the interest began')).toBeVisible();
  expect(await popup.readQueue()).toEqual([]);
});

test('the popup says the code’s gift rules where they matter, is keyboard-operable and has no serious axe violations', async ({ page, extensionId }) => {
  const popup = new PopupPage(page, extensionId);
  await page.setViewportSize({ width: 380, height: 1100 });
  await popup.goto();
  expect(await seriousViolations(page)).toEqual([]);

  await popup.fillGift({ description: 'A £50 shopping voucher', accepted: 'Accepted' });
  await expect(popup.giftPanel.getByText(/always declined/)).toBeVisible();
  await popup.fillGift({ description: 'A branded pen and a desk diary', accepted: 'Declined', date: '2026-01-05' });
  await expect(popup.giftPanel.getByText(/may be kept/)).toBeVisible();
  await expect(popup.giftPanel.getByText('Declined offers are still declared')).toBeVisible();
  await expect(popup.giftPanel.getByText(/recorded as late/)).toBeVisible();

  await popup.tab('Gift or hospitality').focus();
  await page.keyboard.press('ArrowRight');
  await expect(popup.tab('Interest')).toBeFocused();
  await expect(popup.tab('Interest')).toHaveAttribute('aria-selected', 'true');
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('ArrowRight');
  await expect(popup.tab('My declarations')).toHaveAttribute('aria-selected', 'true');
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Home');
  await expect(popup.tab('Gift or hospitality')).toHaveAttribute('aria-selected', 'true');
});

test('a gift finding opens the form prefilled in a new tab (openDeclarationForm), for the screenshot', async ({ context, page, extensionId }) => {
  const prefill = { kind: 'hospitality', offeredBy: { name: 'Jo Bloggs', organisation: 'Acme Security Ltd' }, description: 'Two tickets to the match and dinner', estimatedValue: 120 };
  await new PopupPage(page, extensionId).goto();
  // What the compose overlay sends (@webext-core/messaging's wire format).
  const [opened] = await Promise.all([
    context.waitForEvent('page'),
    page.evaluate(async (data) => {
      const { chrome } = globalThis as unknown as { chrome: { runtime: { sendMessage(message: object): Promise<unknown> } } };
      await chrome.runtime.sendMessage({ id: 1, type: 'openDeclarationForm', data, timestamp: Date.now() });
    }, prefill),
  ]);
  await opened.waitForLoadState();
  expect(opened.url()).toBe(`chrome-extension://${extensionId}/popup.html#gift?prefill=${Buffer.from(JSON.stringify(prefill)).toString('base64url')}`);
  const popup = new PopupPage(opened, extensionId);
  await opened.setViewportSize({ width: 380, height: 600 });
  await expect(popup.giftPanel.getByLabel('Person')).toHaveValue('Jo Bloggs');
  await expect(popup.giftPanel.getByLabel('Organisation')).toHaveValue('Acme Security Ltd');
  await expect(popup.giftPanel.getByRole('radio', { name: 'Hospitality' })).toBeChecked();
  await expect(popup.giftPanel.getByLabel('Estimated value')).toHaveValue('120.00');
  await popup.fillGift({ relationship: 'Supplier or contractor', accepted: 'Declined', reason: 'Supplier in a live tender' });
  const file = path.resolve('docs/screenshots/popup-gift.png');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await opened.screenshot({ path: file, fullPage: true });
});
