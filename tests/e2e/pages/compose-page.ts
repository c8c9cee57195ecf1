import type { BrowserContext, Locator, Page } from '@playwright/test';
import { routeSite } from '../fixtures';
import type { SiteUnderTest } from './sites';

/** A site's compose page with Nolan's overlay, driven as a user would (keyboard and mouse). */
export class ComposePage {
  readonly editor: Locator;
  readonly send: Locator;
  /** Nolan's badge: a button named "Conduct check…" (Playwright's role queries pierce the open shadow root). */
  readonly badge: Locator;
  readonly dialog: Locator;

  constructor(
    readonly page: Page,
    readonly site: SiteUnderTest,
  ) {
    this.editor = page.locator(site.editor).first();
    this.send = page.locator(site.send).first();
    this.badge = page.getByRole('button', { name: /^Conduct check/ });
    this.dialog = page.getByRole('alertdialog', { name: 'Before you send' });
  }

  /** Routes the site's real host to its fixture. */
  static async route(context: BrowserContext, site: SiteUnderTest): Promise<void> {
    await routeSite(context, site.hostPattern, site.fixture);
  }

  async open(): Promise<void> {
    await this.page.goto(this.site.url);
    await this.editor.waitFor();
    // The content script is in once its shadow host is in the page.
    await this.page.locator('nolan-overlay').waitFor({ state: 'attached' });
  }

  /** Adds a recipient, where the site has recipients (email). */
  async addRecipient(address: string): Promise<void> {
    if (!this.site.recipient) return;
    const input = this.page.locator(this.site.recipient).first();
    await input.click();
    await input.pressSequentially(address);
    await input.press('Enter');
  }

  /** Types into the body like a user. */
  async typeBody(text: string): Promise<void> {
    await this.editor.click();
    await this.page.keyboard.type(text);
  }

  /** How many times the page's send has happened (the fixture counts into window.__sent). */
  sentCount(): Promise<number> {
    return this.page.evaluate(() => (window as unknown as { __sent: unknown[] }).__sent.length);
  }

  /** The element at the centre of the site's send control, as the page sees it. */
  async topElementAtSendIsSend(): Promise<boolean> {
    const handle = await this.send.elementHandle();
    return this.page.evaluate((send) => {
      if (!send) return false;
      const r = send.getBoundingClientRect();
      const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return !!top && (top === send || send.contains(top));
    }, handle);
  }
}
