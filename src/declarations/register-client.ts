import { browser } from 'wxt/browser';
import { z } from 'zod';
import { ManagedSettingsSchema, isAllowedRegisterUrl, registerToken, userSettings } from '../settings/items';
import { DeclarationStatusSchema } from './schema';

/** Where the register is and how to sign in to it, with what the administrator pinned. */
export interface RegisterConnection {
  url: string;
  token: string;
  isUrlPinned: boolean;
  isTokenPinned: boolean;
}

/** Reads the administrator's pinned settings; an absent or broken managed area pins nothing. */
export async function readManagedSettings(): Promise<z.infer<typeof ManagedSettingsSchema>> {
  try {
    const raw = await browser.storage.managed.get(null);
    const parsed = ManagedSettingsSchema.safeParse(raw ?? {});
    return parsed.success ? parsed.data : {};
  } catch {
    // Firefox without a policy, and the test browser, have no managed area.
    return {};
  }
}

/** The register address and token in force: administrator-pinned values win over the user's own. */
export async function readRegisterConnection(): Promise<RegisterConnection> {
  const [managed, settings, token] = await Promise.all([
    readManagedSettings(),
    userSettings.getValue(),
    registerToken.getValue(),
  ]);
  return {
    url: normaliseRegisterUrl(managed.registerUrl ?? settings.registerUrl ?? ''),
    token: managed.registerToken ?? token,
    isUrlPinned: managed.registerUrl !== undefined,
    isTokenPinned: managed.registerToken !== undefined,
  };
}

/**
 * Drops a trailing slash so paths can be appended.
 * @example normaliseRegisterUrl('https://register.example.org/') // 'https://register.example.org'
 */
export function normaliseRegisterUrl(value: string): string {
  return value.trim().replace(/\/+$/, '');
}

/** Is the connection complete and allowed (https, or http on localhost)? */
export function isUsableConnection(connection: RegisterConnection): boolean {
  return connection.token !== '' && connection.url !== '' && isAllowedRegisterUrl(connection.url);
}

/** `fetch` with a deadline, so a register that hangs counts as down. */
export async function fetchWithTimeout(
  input: string,
  init: RequestInit,
  timeoutMs: number,
  fetchImpl: typeof fetch = fetch,
): Promise<Response> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new Error('timeout')), timeoutMs);
  try {
    return await fetchImpl(input, { ...init, signal: controller.signal });
  } finally {
    clearTimeout(timer);
  }
}

/** One field message from a register 400 response. */
export interface FieldMessage {
  field: string;
  message: string;
}

const IssueSchema = z.object({
  path: z.array(z.union([z.string(), z.number()])).optional(),
  field: z.string().optional(),
  message: z.string(),
});

/**
 * Pulls field messages out of a register error body, whichever common shape it has:
 * `{issues}`, `{errors}`, `{fields: {name: message}}`, `{error: {issues}}` (zod) or `{error: "…"}`.
 */
export function readFieldMessages(body: unknown): FieldMessage[] {
  const found: FieldMessage[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (depth > 4 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const item of value) {
        const issue = IssueSchema.safeParse(item);
        if (issue.success) {
          const field = issue.data.field ?? (issue.data.path ?? []).join('.');
          found.push({ field, message: issue.data.message });
        } else visit(item, depth + 1);
      }
      return;
    }
    for (const [key, child] of Object.entries(value)) {
      if (key === 'fields' || key === 'fieldErrors') {
        if (child && typeof child === 'object' && !Array.isArray(child)) {
          for (const [field, message] of Object.entries(child)) {
            const text = Array.isArray(message) ? message.join('; ') : String(message);
            found.push({ field, message: text });
          }
          continue;
        }
      }
      visit(child, depth + 1);
    }
  };
  visit(body, 0);
  if (found.length === 0 && body && typeof body === 'object') {
    const error = (body as Record<string, unknown>).error ?? (body as Record<string, unknown>).message;
    if (typeof error === 'string') found.push({ field: '', message: error });
  }
  return found;
}

/** A declaration as the register lists it (only what the extension needs). */
export const RegisterItemSchema = z
  .object({
    ref: z.string(),
    status: DeclarationStatusSchema,
    decision: z.object({ note: z.string().optional() }).loose().nullable().optional(),
  })
  .loose();

export const RegisterListSchema = z.object({
  items: z.array(RegisterItemSchema),
  next: z.string().nullable().optional(),
});

/** What "Test connection" found, in words a person can act on. */
export interface ConnectionReport {
  ok: boolean;
  message: string;
}

/**
 * Checks the register is up (`GET /healthz`) and the token works (`GET /api/declarations?limit=1`).
 * @example await testConnection({ url: 'https://register.example.org', token: 't' })
 */
export async function testConnection(
  { url, token }: { url: string; token: string },
  { timeoutMs = 10_000, fetchImpl = fetch }: { timeoutMs?: number; fetchImpl?: typeof fetch } = {},
): Promise<ConnectionReport> {
  const base = normaliseRegisterUrl(url);
  if (!isAllowedRegisterUrl(base)) {
    return { ok: false, message: 'The register address must start with https:// (or http://localhost for testing).' };
  }
  const describe = (error: unknown): ConnectionReport =>
    error instanceof Error && (error.name === 'AbortError' || /timeout/i.test(error.message))
      ? { ok: false, message: `The register did not answer within ${timeoutMs / 1000} seconds. It may be slow or down; try again later.` }
      : { ok: false, message: `Could not reach the register at ${base}. Check the address; the register may be down.` };
  // /healthz has no CORS headers: without host permission it fails even when the register is up,
  // so a failure there only counts if the authorised API call fails too.
  let healthError: unknown = null;
  try {
    const health = await fetchWithTimeout(`${base}/healthz`, {}, timeoutMs, fetchImpl);
    if (!health.ok) {
      return { ok: false, message: `The register is not working properly (it answered ${health.status}). Try again later.` };
    }
  } catch (error) {
    healthError = error;
    if (error instanceof Error && (error.name === 'AbortError' || /timeout/i.test(error.message))) return describe(error);
  }
  if (token === '') {
    return healthError
      ? describe(healthError)
      : { ok: false, message: 'The register is up. Enter your register token to finish.' };
  }
  try {
    const response = await fetchWithTimeout(
      `${base}/api/declarations?limit=1`,
      { headers: { Authorization: `Bearer ${token}` } },
      timeoutMs,
      fetchImpl,
    );
    if (response.status === 401) return { ok: false, message: 'The register is up, but it did not accept your token. Check your register token.' };
    if (response.status === 403) return { ok: false, message: 'The register is up, but your token may not make declarations. Ask the register’s administrator.' };
    if (!response.ok) return { ok: false, message: `The register answered ${response.status}. Try again later.` };
    return { ok: true, message: 'Connected: the register is up and accepted your token.' };
  } catch (error) {
    return describe(error);
  }
}
