import type { Locator, Page } from '@playwright/test';

/** The bit of the `chrome` API the tests call inside extension pages. */
interface ChromeStorage {
  chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> } } };
}

/** The toolbar popup's page (popup.html), opened in a tab. */
export class PopupPage {
  constructor(
    readonly page: Page,
    readonly extensionId: string,
  ) {}

  /** Opens the popup page, optionally at a hash such as `#mine` or `#gift?prefill=…`. */
  async goto(hash = ''): Promise<void> {
    // A hash-only change would not reload the page; start afresh as opening the popup does.
    await this.page.goto('about:blank');
    await this.page.goto(`chrome-extension://${this.extensionId}/popup.html${hash}`);
    await this.tab('Gift or hospitality').waitFor();
  }

  tab(name: 'Gift or hospitality' | 'Interest' | 'My declarations'): Locator {
    return this.page.getByRole('tab', { name });
  }

  async openTab(name: 'Gift or hospitality' | 'Interest' | 'My declarations'): Promise<void> {
    await this.tab(name).click();
  }

  get giftPanel(): Locator {
    return this.page.getByRole('tabpanel', { name: 'Gift or hospitality' });
  }

  get minePanel(): Locator {
    return this.page.getByRole('tabpanel', { name: 'My declarations' });
  }

  /** Fills the gift form; fields left out keep their current value. */
  async fillGift(gift: {
    kind?: 'A gift' | 'Hospitality';
    date?: string;
    person?: string;
    organisation?: string;
    relationship?: string;
    description?: string;
    value?: string;
    accepted?: 'Accepted' | 'Declined';
    reason?: string;
  }): Promise<void> {
    const form = this.giftPanel;
    if (gift.kind) await form.getByRole('radio', { name: gift.kind }).check();
    if (gift.date) await form.getByLabel('Date offered').fill(gift.date);
    if (gift.person !== undefined) await form.getByLabel('Person').fill(gift.person);
    if (gift.organisation !== undefined) await form.getByLabel('Organisation').fill(gift.organisation);
    if (gift.relationship) await form.getByLabel('Their relationship to the office').selectOption({ label: gift.relationship });
    if (gift.description !== undefined) await form.getByLabel('Description').fill(gift.description);
    if (gift.value !== undefined) await form.getByLabel('Estimated value').fill(gift.value);
    if (gift.accepted) await form.getByRole('radio', { name: gift.accepted }).check();
    if (gift.reason !== undefined) await form.getByLabel('Reason for accepting or declining').fill(gift.reason);
  }

  async submitGift(): Promise<void> {
    await this.giftPanel.getByRole('button', { name: 'Declare' }).click();
  }

  get giftStatus(): Locator {
    return this.giftPanel.getByRole('status');
  }

  /** One declaration in "My declarations", found by its heading. */
  declaration(title: string | RegExp): Locator {
    return this.minePanel.getByRole('listitem').filter({ has: this.page.getByRole('heading', { name: title }) });
  }

  /** The raw queue in storage.local, read from the extension page. */
  async readQueue(): Promise<Array<{ id: string; state: string; ref: string | null }>> {
    return this.page.evaluate(async () => {
      const { queue } = await (globalThis as unknown as ChromeStorage).chrome.storage.local.get('queue');
      return (queue ?? []) as Array<{ id: string; state: string; ref: string | null }>;
    });
  }

  /** Shortens the retry back-off so a test need not wait 30 s (production keeps the default). */
  async setQueueTiming(config: { minDelayMs: number; maxDelayMs: number; timeoutMs?: number }): Promise<void> {
    await this.page.evaluate(async (value) => {
      await (globalThis as unknown as ChromeStorage).chrome.storage.local.set({ queueConfig: value, queueConfig$: { v: 1 } });
    }, config);
  }
}
