import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs';
import path from 'node:path';
import { expect, routeSite, test as base } from './fixtures';
import { ComposePage } from './pages/compose-page';
import { readLocal, writeSettings } from './pages/extension';
import { SITES } from './pages/sites';

/** Drafts that the engine flags (see ../shared/corpus/LABELS.md) and one that it must not. */
const DRAFTS = {
  /** gifts → warn, with a "Declare this gift" action. */
  gift: 'Thanks to Acme Security for the two free tickets to the match on Saturday, very kind of them to offer.',
  /** confidential → block, going outside. */
  marked: 'Please find the OFFICIAL-SENSITIVE briefing on the custody review below.',
  clean: 'Thanks for the agenda. I will attend on Thursday and bring the figures.',
};
const OUTSIDE = 'sam.jones@example.com';

/** Every request any page or worker made during a test: checked for the draft's text. */
const test = base.extend<{ requests: string[] }>({
  requests: [
    async ({ context }, use) => {
      const seen: string[] = [];
      context.on('request', (request) => seen.push(`${request.method()} ${request.url()}\n${request.postData() ?? ''}`));
      await use(seen);
    },
    { auto: true },
  ],
});

/** No request, in its address or body, carries any part of what was typed. */
function expectNoDraftIn(requests: string[], ...texts: string[]) {
  const needles = texts.flatMap((text) => [text, encodeURIComponent(text), text.slice(0, 24), encodeURIComponent(text.slice(0, 24))]);
  const leaks = requests.filter((request) => needles.some((needle) => request.includes(needle)));
  expect(leaks, 'requests carrying the draft').toEqual([]);
}

test.beforeEach(async ({ context }) => {
  for (const site of SITES) await ComposePage.route(context, site);
  await writeSettings(context, { org: 'west-midlands' });
});

for (const site of SITES) {
  test.describe(site.id, () => {
    test('a risky draft gets a badge, and its send waits for "Send anyway", then happens once', async ({ page, requests }) => {
      const compose = new ComposePage(page, site);
      await compose.open();
      await compose.addRecipient(OUTSIDE);
      await compose.typeBody(DRAFTS.gift);
      await expect(compose.badge).toHaveAccessibleName(/^Conduct check: 1 issue/, { timeout: 1500 });
      expect(await compose.topElementAtSendIsSend(), 'the badge must not cover the send control').toBe(true);

      await compose.send.click();
      await expect(compose.dialog).toBeVisible();
      await expect(compose.dialog.getByRole('button', { name: 'Edit draft' })).toBeFocused();
      expect(await compose.sentCount()).toBe(0);

      await compose.dialog.getByRole('button', { name: /^Send anyway/ }).click();
      await expect.poll(() => compose.sentCount()).toBe(1);
      await page.waitForTimeout(300);
      expect(await compose.sentCount()).toBe(1);
      expectNoDraftIn(requests, DRAFTS.gift);
    });

    test('a clean draft gets no badge and sends at once', async ({ page, requests }) => {
      const compose = new ComposePage(page, site);
      await compose.open();
      await compose.addRecipient('colleague@westmidlands-pcc.gov.uk');
      await compose.typeBody(DRAFTS.clean);
      await page.waitForTimeout(700);
      await expect(compose.badge).toHaveCount(0);
      await compose.send.click();
      expect(await compose.sentCount()).toBe(1);
      await expect(compose.dialog).toHaveCount(0);
      expectNoDraftIn(requests, DRAFTS.clean);
    });

    test('"Edit draft" (or Escape) keeps the draft unsent', async ({ page }) => {
      const compose = new ComposePage(page, site);
      await compose.open();
      await compose.addRecipient(OUTSIDE);
      await compose.typeBody(DRAFTS.gift);
      // The check runs once typing pauses, in idle time: on a loaded machine that can take a few seconds.
  await expect(compose.badge).toBeVisible({ timeout: 10_000 });
      await compose.send.click();
      await expect(compose.dialog).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(compose.dialog).toHaveCount(0);
      await compose.send.click();
      await compose.dialog.getByRole('button', { name: 'Edit draft' }).click();
      await expect(compose.dialog).toHaveCount(0);
      await page.waitForTimeout(200);
      expect(await compose.sentCount()).toBe(0);
    });

    test('a block finding needs a reason before "Send anyway…"', async ({ page, requests }) => {
      const compose = new ComposePage(page, site);
      await compose.open();
      await compose.addRecipient(OUTSIDE);
      await compose.typeBody(DRAFTS.marked);
      await expect(compose.badge).toHaveAccessibleName(/^Conduct check: \d+ issue/, { timeout: 1500 });
      await compose.send.click();
      const sendAnyway = compose.dialog.getByRole('button', { name: /^Send anyway/ });
      await expect(sendAnyway).toBeDisabled();
      await compose.dialog.getByRole('textbox').fill('Agreed with the Chief Executive');
      await expect(sendAnyway).toBeEnabled();
      expect(await compose.sentCount()).toBe(0);
      await sendAnyway.click();
      await expect.poll(() => compose.sentCount()).toBe(1);
      await page.waitForTimeout(300);
      expect(await compose.sentCount()).toBe(1);
      expectNoDraftIn(requests, DRAFTS.marked);
    });

    if (site.hasShortcut) {
      test('the send shortcut (Ctrl+Enter) is held the same way', async ({ page }) => {
        const compose = new ComposePage(page, site);
        await compose.open();
        await compose.addRecipient(OUTSIDE);
        await compose.typeBody(DRAFTS.gift);
        // No waiting for the badge: the check at send time must not rely on the debounce.
        await page.keyboard.press('Control+Enter');
        await expect(compose.dialog).toBeVisible();
        expect(await compose.sentCount()).toBe(0);
        await compose.dialog.getByRole('button', { name: /^Send anyway/ }).click();
        await expect.poll(() => compose.sentCount()).toBe(1);
        await page.waitForTimeout(300);
        expect(await compose.sentCount()).toBe(1);
      });

      test('the shortcut on a clean draft sends at once', async ({ page }) => {
        const compose = new ComposePage(page, site);
        await compose.open();
        await compose.addRecipient('colleague@westmidlands-pcc.gov.uk');
        await compose.typeBody(DRAFTS.clean);
        await page.keyboard.press('Control+Enter');
        expect(await compose.sentCount()).toBe(1);
      });
    }
  });
}

const gmail = SITES.find((site) => site.id === 'gmail')!;

test('"Declare this gift" opens the declaration form, prefilled', async ({ page, context }) => {
  const compose = new ComposePage(page, gmail);
  await compose.open();
  await compose.addRecipient(OUTSIDE);
  await compose.typeBody(DRAFTS.gift);
  await compose.badge.click();
  const declare = page.getByRole('button', { name: 'Declare this gift' });
  await expect(declare).toBeVisible();
  const [form] = await Promise.all([context.waitForEvent('page'), declare.click()]);
  await form.waitForLoadState();
  expect(form.url()).toMatch(/\/popup\.html#gift\?prefill=[A-Za-z0-9_-]+/);
  const prefill = new URL(form.url()).hash.split('prefill=')[1]!;
  const decoded: unknown = JSON.parse(Buffer.from(prefill, 'base64url').toString('utf8'));
  expect(decoded).toMatchObject({ kind: expect.stringMatching(/gift|hospitality/) });
  // The popup's form reads the prefill: who offered it comes from the draft.
  await expect(form.getByRole('textbox', { name: 'Organisation', exact: true })).toHaveValue('Acme Security');
});

test('"Not an issue" quietens the finding and records a report without the text', async ({ page, context }) => {
  const compose = new ComposePage(page, gmail);
  await compose.open();
  await compose.addRecipient(OUTSIDE);
  await compose.typeBody(DRAFTS.gift);
  await compose.badge.click();
  await page.getByRole('button', { name: 'Not an issue' }).first().click();
  await expect(compose.badge).toHaveCount(0);
  await compose.send.click();
  expect(await compose.sentCount()).toBe(1);
  const reports = await readLocal<Array<Record<string, string>>>(context, 'falsePositives');
  expect(reports).toHaveLength(1);
  expect(Object.keys(reports![0]!).sort()).toEqual(['category', 'date', 'ruleId', 'site']);
  expect(JSON.stringify(reports)).not.toContain('tickets');
});

test('the overlay and its dialog pass axe (no serious or critical violations)', async ({ page }) => {
  const compose = new ComposePage(page, gmail);
  await compose.open();
  await compose.addRecipient(OUTSIDE);
  await compose.typeBody(DRAFTS.gift);
  await compose.badge.click();
  await expect(page.getByRole('button', { name: 'Not an issue' })).toBeVisible();
  const panelScan = await new AxeBuilder({ page }).include('nolan-overlay').analyze();
  expect(serious(panelScan.violations)).toEqual([]);

  await page.keyboard.press('Escape');
  await compose.send.click();
  await expect(compose.dialog).toBeVisible();
  const dialogScan = await new AxeBuilder({ page }).include('nolan-overlay').analyze();
  expect(serious(dialogScan.violations)).toEqual([]);
});

test('the options page passes axe, and choosing an organisation there is saved', async ({ page, extensionId, context }) => {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.getByRole('radio', { name: /Cumbria/ }).check();
  await page.getByRole('checkbox', { name: 'I hold a politically restricted post' }).check();
  await expect
    .poll(async () => readSync(context))
    .toMatchObject({ org: 'cumbria', politicallyRestricted: true });
  const scan = await new AxeBuilder({ page }).analyze();
  expect(serious(scan.violations)).toEqual([]);
});

test('screenshots of a real warning: badge and panel, then "Before you send"', async ({ page }) => {
  const compose = new ComposePage(page, gmail);
  await compose.open();
  await compose.addRecipient(OUTSIDE);
  await compose.typeBody(`Hi Sam,\n\n${DRAFTS.gift}\n\nBest wishes,\nJo`);
  await compose.badge.click();
  await expect(page.getByRole('button', { name: 'Declare this gift' })).toBeVisible();
  fs.mkdirSync('docs/screenshots', { recursive: true });
  await page.screenshot({ path: path.join('docs/screenshots', 'gmail-badge-panel.png') });
  await page.keyboard.press('Escape');
  await compose.typeBody(`\n${DRAFTS.marked}`);
  await compose.send.click();
  await expect(compose.dialog).toBeVisible();
  await compose.dialog.getByRole('textbox').fill('Agreed with the Chief Executive');
  await page.screenshot({ path: path.join('docs/screenshots', 'gmail-before-you-send.png') });
});

test('typing 2,000 characters: every keystroke arrives, the check runs, and long tasks are recorded (docs/perf-typing.md)', async ({ page, context }) => {
  test.setTimeout(240_000);
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
  const sentence = `${DRAFTS.gift} We met at the partnership board about the custody review. `;
  const text = sentence.repeat(Math.ceil(2000 / sentence.length)).slice(0, 2000);

  /** Types the text into a compose box and returns the long tasks seen meanwhile. */
  const typeAndCount = async (compose: ComposePage) => {
    await compose.addRecipient(OUTSIDE);
    await compose.editor.click();
    await page.evaluate(() => ((window as unknown as { __longTasks: number[] }).__longTasks.length = 0));
    const started = Date.now();
    await page.keyboard.type(text);
    const ms = Date.now() - started;
    const tasks = await page.evaluate(() => [...(window as unknown as { __longTasks: number[] }).__longTasks]);
    // Nothing typed is lost or reordered while Nolan watches the editor.
    expect((await compose.editor.innerText()).replace(/\s+/g, ' ').trim()).toBe(text.replace(/\s+/g, ' ').trim());
    return { ms, tasks };
  };

  // Baseline: the same fixture on a host Nolan does not run on.
  await routeSite(context, 'https://mail.example.test/**', gmail.fixture);
  const baselinePage = new ComposePage(page, gmail);
  await page.goto('https://mail.example.test/mail/u/0/#inbox?compose=new');
  await baselinePage.editor.waitFor();
  const baseline = await typeAndCount(baselinePage);

  const compose = new ComposePage(page, gmail);
  await compose.open();
  const withNolan = await typeAndCount(compose);
  // The check runs once typing pauses, in idle time: on a loaded machine that can take a few seconds.
  await expect(compose.badge).toBeVisible({ timeout: 10_000 });

  const line = (label: string, run: { ms: number; tasks: number[] }) =>
    `| ${label} | ${run.ms} | ${run.tasks.length} | ${run.tasks.length ? Math.round(Math.max(...run.tasks)) : 0} |`;
  const report = [
    '# Typing performance',
    '',
    'Measured by `tests/e2e/compose.spec.ts` ("typing 2,000 characters"): Playwright types 2,000',
    "characters (`page.keyboard.type`) into the Gmail fixture's compose box, first on a host Nolan",
    'does not run on (baseline), then on mail.google.com with Nolan checking. A `PerformanceObserver`',
    'for `longtask`, installed in the page before it loads, counts main-thread tasks over 50 ms while typing.',
    '',
    `Run: ${new Date().toISOString()}, headless Chromium on ${process.platform} (${process.env.CI ? 'CI' : 'a shared 2-core machine'}).`,
    '',
    '| | typing time (ms) | long tasks > 50 ms | longest (ms) |',
    '| --- | ---: | ---: | ---: |',
    line('Baseline (no Nolan)', baseline),
    line('With Nolan', withNolan),
    '',
    'Checks run after a 200 ms pause in typing, in idle time, never per keystroke; the difference',
    'between the two rows is what Nolan adds. On a shared, loaded machine both rows vary from run to run.',
    '',
  ].join('\n');
  fs.mkdirSync('docs', { recursive: true });
  fs.writeFileSync('docs/perf-typing.md', report);
  console.log(report);
  // The long tasks are recorded, not asserted: on a shared machine they come from whatever else runs (session 16's
  // fresh-clone run saw 0 then 7 for the baseline, 11 then 2 with Nolan, in two tries of the same commit). The engine's
  // speed is measured by `npm run bench`, as ratios to a baseline in the same process.
});

function serious(violations: Array<{ id: string; impact?: string | null; nodes: unknown[] }>) {
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => ({ id: v.id, nodes: v.nodes }));
}

async function readSync(context: import('@playwright/test').BrowserContext) {
  const worker = context.serviceWorkers()[0]!;
  return worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: { storage: { sync: { get(k: string): Promise<Record<string, unknown>> } } } };
    return (await chrome.storage.sync.get('settings')).settings;
  });
}

test('keyboard only: Alt+Shift+N opens the findings from the editor, Escape closes them', async ({ page }) => {
  const compose = new ComposePage(page, gmail);
  await compose.open();
  await compose.addRecipient(OUTSIDE);
  await compose.typeBody(DRAFTS.gift);
  // The check runs once typing pauses, in idle time: on a loaded machine that can take a few seconds.
  await expect(compose.badge).toBeVisible({ timeout: 10_000 });
  await page.keyboard.press('Alt+Shift+N');
  const heading = page.getByRole('heading', { name: 'Conduct check' });
  await expect(heading).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Close conduct check' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(heading).toHaveCount(0);
  await expect(compose.badge).toBeFocused();
});

test('first run: the welcome page opens on install and saves the organisation', async ({ context, extensionId }) => {
  const welcome =
    context.pages().find((p) => p.url().includes('/welcome.html')) ??
    (await context.waitForEvent('page', { predicate: (p) => p.url().includes('/welcome.html') }));
  expect(welcome.url()).toBe(`chrome-extension://${extensionId}/welcome.html`);
  await welcome.getByRole('radio', { name: /Derbyshire/ }).check();
  await welcome.getByRole('checkbox', { name: 'I am authorised to speak to the media' }).check();
  await welcome.getByRole('button', { name: 'Done' }).click();
  await expect(welcome.getByRole('status')).toContainText('You are set up');
  await expect.poll(async () => readSync(context)).toMatchObject({ org: 'derbyshire', mediaAuthorised: true });
  const scan = await new AxeBuilder({ page: welcome }).analyze();
  expect(serious(scan.violations)).toEqual([]);
});
