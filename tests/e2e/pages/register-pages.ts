import type { Locator, Page } from '@playwright/test';

/** The register's reviewer page (`/review`). */
export class ReviewPage {
  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {}

  async goto(): Promise<void> {
    await this.page.goto(`${this.baseUrl}/review`);
  }

  async signIn(token: string): Promise<void> {
    await this.page.getByLabel('Reviewer token').fill(token);
    await this.page.getByRole('button', { name: 'Sign in' }).click();
  }

  /** A pending declaration, found by its register reference. */
  declaration(ref: string): Locator {
    return this.page.getByRole('article').filter({ has: this.page.getByRole('heading', { name: ref }) });
  }

  async approve(ref: string): Promise<void> {
    await this.declaration(ref).getByRole('button', { name: 'Approve' }).click();
  }
}

/** The public register of gifts and hospitality (`/register`). */
export class PublicRegisterPage {
  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {}

  async goto(): Promise<void> {
    await this.page.goto(`${this.baseUrl}/register`);
  }
}
