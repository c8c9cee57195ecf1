import { isIP } from 'node:net';
import type { Context } from 'hono';
import { z } from 'zod';
import { fieldErrors } from './errors';
import { type Clock, ExpiringMap, RateLimiter } from './rate-limiter';
import { hashToken } from './tokens';

/** How hard the register limits its clients; a limit of 0 turns that limit off. */
export interface LimitSettings {
  /** Sign-ins with an unknown or revoked token allowed from one address in each window. */
  signInFailures: number;
  signInWindowSeconds: number;
  /** Changes (POST, PUT, PATCH, DELETE) allowed from one user in each window. */
  writes: number;
  writeWindowSeconds: number;
  /** Take the client's address from X-Forwarded-For (left-most) rather than the socket. */
  isBehindProxy: boolean;
}

/** What `nolan register serve` uses when no variable says otherwise. */
export const DEFAULT_LIMITS: LimitSettings = {
  signInFailures: 20,
  signInWindowSeconds: 600,
  writes: 120,
  writeWindowSeconds: 60,
  isBehindProxy: false,
};

/** No limits at all: the register app built in-process (tests) unless it is given settings. */
export const NO_LIMITS: LimitSettings = { ...DEFAULT_LIMITS, signInFailures: 0, writes: 0 };

/** How many addresses, users and signed-in tokens each store remembers at most. */
const MAX_KEYS = 10_000;

/** How long a token that signed in stays known, so it is not held back by its address's lock-out. */
const KNOWN_TOKEN_MS = 7 * 24 * 60 * 60 * 1000;

const count = (what: string) =>
  z
    .string()
    .trim()
    .regex(/^\d{1,9}$/, `Give the number of ${what} as a whole number (0 turns the limit off)`)
    .transform(Number)
    .optional();
const seconds = z
  .string()
  .trim()
  .regex(/^\d{1,9}$/, 'Give the window in whole seconds, at least 1')
  .transform(Number)
  .refine((n) => n >= 1, 'Give the window in whole seconds, at least 1')
  .optional();

/** The environment variables that set the limits, as `nolan register serve` reads them. */
export const LimitEnvSchema = z.object({
  REGISTER_SIGNIN_FAILURE_LIMIT: count('failed sign-ins'),
  REGISTER_SIGNIN_FAILURE_WINDOW_SECONDS: seconds,
  REGISTER_WRITE_LIMIT: count('changes'),
  REGISTER_WRITE_WINDOW_SECONDS: seconds,
  REGISTER_TRUST_PROXY: z
    .enum(['0', '1', 'true', 'false'], { message: 'Set REGISTER_TRUST_PROXY to 1 behind a reverse proxy, or 0 (the default)' })
    .optional(),
});

/**
 * Reads the limits from the environment; an unset or empty variable keeps its default.
 * @example readLimitSettings({ REGISTER_WRITE_LIMIT: '0' }) // { ok: true, settings: { ...DEFAULT_LIMITS, writes: 0 } }
 */
export function readLimitSettings(
  env: Record<string, string | undefined>,
): { ok: true; settings: LimitSettings } | { ok: false; messages: Record<string, string> } {
  const present = Object.fromEntries(
    Object.keys(LimitEnvSchema.shape).flatMap((name) => (env[name] ? [[name, env[name]]] : [])),
  );
  const parsed = LimitEnvSchema.safeParse(present);
  if (!parsed.success) return { ok: false, messages: fieldErrors(parsed.error.issues, 'environment') };
  const vars = parsed.data;
  return {
    ok: true,
    settings: {
      signInFailures: vars.REGISTER_SIGNIN_FAILURE_LIMIT ?? DEFAULT_LIMITS.signInFailures,
      signInWindowSeconds: vars.REGISTER_SIGNIN_FAILURE_WINDOW_SECONDS ?? DEFAULT_LIMITS.signInWindowSeconds,
      writes: vars.REGISTER_WRITE_LIMIT ?? DEFAULT_LIMITS.writes,
      writeWindowSeconds: vars.REGISTER_WRITE_WINDOW_SECONDS ?? DEFAULT_LIMITS.writeWindowSeconds,
      isBehindProxy: vars.REGISTER_TRUST_PROXY === '1' || vars.REGISTER_TRUST_PROXY === 'true',
    },
  };
}

/**
 * A wait in words, rounded up to whole minutes from a minute on.
 * @example describeWait(90) // '2 minutes'
 */
export function describeWait(totalSeconds: number): string {
  if (totalSeconds < 60) return totalSeconds === 1 ? '1 second' : `${totalSeconds} seconds`;
  const minutes = Math.ceil(totalSeconds / 60);
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}

/** The limits in one line, for the server's start-up message. */
export function describeLimits(settings: LimitSettings): string {
  const signIns =
    settings.signInFailures === 0
      ? 'failed sign-ins not limited'
      : `${settings.signInFailures} failed sign-ins per address in ${describeWait(settings.signInWindowSeconds)}`;
  const writes =
    settings.writes === 0 ? 'changes not limited' : `${settings.writes} changes per user in ${describeWait(settings.writeWindowSeconds)}`;
  const address = settings.isBehindProxy ? 'client address from X-Forwarded-For (REGISTER_TRUST_PROXY)' : 'client address from the connection';
  return `Limits: ${signIns}; ${writes}; ${address}.`;
}

/**
 * The key an address is limited under: IPv4 as it is (also when written as IPv6, `::ffff:a.b.c.d`),
 * IPv6 by its /64 network, since one household or server is usually given a whole /64.
 * @example addressKey('2001:db8:1:2:aaaa::1') // '2001:db8:1:2::/64'
 */
export function addressKey(address: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address)?.[1];
  if (mapped) return mapped;
  if (isIP(address) !== 6) return address;
  const [head = '', tail] = address.split('%')[0]!.toLowerCase().split('::');
  // A dotted IPv4 ending stands for the last two groups.
  const groups = (part: string | undefined) => (part ? part.split(':').flatMap((g) => (g.includes('.') ? ['0', '0'] : [g])) : []);
  const [before, after] = [groups(head), groups(tail)];
  const all = tail === undefined ? before : [...before, ...Array<string>(8 - before.length - after.length).fill('0'), ...after];
  return `${all
    .slice(0, 4)
    .map((g) => Number.parseInt(g, 16).toString(16))
    .join(':')}::/64`;
}

/** Strips a port (`203.0.113.9:4711`, `[2001:db8::1]:443`) that some proxies add to X-Forwarded-For. */
function withoutPort(value: string): string {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value)?.[1];
  if (bracketed) return bracketed;
  return /^\d{1,3}(?:\.\d{1,3}){3}:\d+$/.test(value) ? value.slice(0, value.lastIndexOf(':')) : value;
}

/**
 * Where a request came from, as the limits key it: the connection's address, or behind a
 * reverse proxy the left-most address of X-Forwarded-For (the proxy must replace that header,
 * or clients could name any address). `unknown` when neither is there (requests made in-process).
 */
export function clientAddress(c: Context, isBehindProxy: boolean): string {
  if (isBehindProxy) {
    const forwarded = withoutPort(c.req.header('x-forwarded-for')?.split(',')[0]?.trim() ?? '');
    if (isIP(forwarded)) return addressKey(forwarded);
  }
  // @hono/node-server passes the Node request as `c.env.incoming`.
  const bindings = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  const remote = bindings?.incoming?.socket?.remoteAddress;
  return remote ? addressKey(remote) : 'unknown';
}

/**
 * The register's limits, kept in memory (bounded): failed sign-ins per client address, and
 * changes per user. A lock-out holds back only tokens that have not signed in lately, so staff
 * sharing an address with whoever is failing keep working.
 */
export class RegisterLimits {
  readonly settings: LimitSettings;
  readonly #failedSignIns: RateLimiter;
  readonly #writes: RateLimiter;
  readonly #knownTokens: ExpiringMap<string, true>;

  constructor(settings: LimitSettings, now: Clock = Date.now, maxKeys = MAX_KEYS) {
    this.settings = settings;
    this.#failedSignIns = new RateLimiter({
      limit: settings.signInFailures,
      windowMs: settings.signInWindowSeconds * 1000,
      maxKeys,
      now,
    });
    this.#writes = new RateLimiter({ limit: settings.writes, windowMs: settings.writeWindowSeconds * 1000, maxKeys, now });
    this.#knownTokens = new ExpiringMap({ ttlMs: KNOWN_TOKEN_MS, maxEntries: maxKeys, now });
  }

  /** Seconds before this address may try this token, or null if it may now. */
  signInWait(address: string, token: string): number | null {
    const decision = this.#failedSignIns.check(address);
    if (decision.isAllowed || this.#knownTokens.get(hashToken(token))) return null;
    return decision.retryAfterSeconds;
  }

  /** Notes how a sign-in went: a token that worked is known from now on; a failure counts against the address. */
  recordSignIn(address: string, token: string, isSuccess: boolean): void {
    if (this.settings.signInFailures === 0) return;
    if (isSuccess) {
      this.#knownTokens.set(hashToken(token), true);
      return;
    }
    this.#knownTokens.delete(hashToken(token));
    this.#failedSignIns.record(address);
  }

  /** Counts one change by this user: null if it may go ahead, else the seconds to wait. */
  writeWait(userId: string): number | null {
    const decision = this.#writes.take(userId);
    return decision.isAllowed ? null : decision.retryAfterSeconds;
  }
}
