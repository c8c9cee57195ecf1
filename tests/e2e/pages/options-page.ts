import type { Locator, Page } from '@playwright/test';

/** The options page's "Register" section. */
export class RegisterOptionsPage {
  constructor(
    readonly page: Page,
    readonly extensionId: string,
  ) {}

  async goto(): Promise<void> {
    await this.page.goto(`chrome-extension://${this.extensionId}/options.html`);
    await this.form.waitFor();
  }

  get form(): Locator {
    return this.page.getByRole('form', { name: 'Register settings' });
  }

  /** Enters the register's address and token and saves them. */
  async configure(url: string, token: string): Promise<void> {
    await this.form.getByLabel('Register address').fill(url);
    await this.form.getByLabel('Register token').fill(token);
    await this.form.getByRole('button', { name: 'Save register settings' }).click();
  }

  async testConnection(): Promise<void> {
    await this.form.getByRole('button', { name: 'Test connection' }).click();
  }

  /** The status lines under the form (saved, and the connection test's result). */
  get statuses(): Locator {
    return this.form.getByRole('status');
  }
}
