/** The time in milliseconds since the epoch; tests pass a clock of their own instead of sleeping. */
export type Clock = () => number;

/** How long the entries of an {@link ExpiringMap} live and how many it may hold. */
export interface ExpiringMapOptions {
  ttlMs: number;
  maxEntries: number;
  now?: Clock;
}

/**
 * A Map of bounded size whose entries expire `ttlMs` after they were last set. Every entry
 * lives equally long and setting one moves it to the end, so the Map's own order is the order
 * of expiry: sweeping stops at the first live entry, and when the Map is full the entry that
 * would expire first makes room.
 * @example
 * const seen = new ExpiringMap<string, true>({ ttlMs: 60_000, maxEntries: 1000 });
 * seen.set('a', true);
 * seen.get('a'); // true, for a minute
 */
export class ExpiringMap<K, V> {
  readonly #entries = new Map<K, { value: V; expiresAt: number }>();
  readonly #ttlMs: number;
  readonly #maxEntries: number;
  readonly #now: Clock;

  constructor({ ttlMs, maxEntries, now = Date.now }: ExpiringMapOptions) {
    if (!(ttlMs > 0) || !(maxEntries >= 1)) throw new RangeError('An ExpiringMap needs ttlMs > 0 and maxEntries >= 1');
    this.#ttlMs = ttlMs;
    this.#maxEntries = Math.floor(maxEntries);
    this.#now = now;
  }

  /** How many live entries there are. */
  get size(): number {
    this.sweep();
    return this.#entries.size;
  }

  /** The live value for `key`, if any. */
  get(key: K): V | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.#now()) {
      this.#entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  /** When the entry for `key` expires (ms since the epoch), if it is live. */
  expiresAt(key: K): number | undefined {
    return this.get(key) === undefined ? undefined : this.#entries.get(key)?.expiresAt;
  }

  /** Sets `key`, living `ttlMs` from now; a full Map first drops the entry closest to expiring. */
  set(key: K, value: V): void {
    this.#entries.delete(key);
    this.sweep();
    for (const oldest of this.#entries.keys()) {
      if (this.#entries.size < this.#maxEntries) break;
      this.#entries.delete(oldest);
    }
    this.#entries.set(key, { value, expiresAt: this.#now() + this.#ttlMs });
  }

  /** Removes `key`. */
  delete(key: K): void {
    this.#entries.delete(key);
  }

  /** Drops the expired entries (only those: the first live entry ends the sweep). */
  sweep(): void {
    const now = this.#now();
    for (const [key, entry] of this.#entries) {
      if (entry.expiresAt > now) break;
      this.#entries.delete(key);
    }
  }
}

/** What a {@link RateLimiter} allows: `limit` events per key in each window; a limit of 0 allows everything. */
export interface RateLimit {
  limit: number;
  windowMs: number;
}

/** Whether an event may go ahead and, if not, how long until it may. */
export type RateDecision = { isAllowed: true } | { isAllowed: false; retryAfterSeconds: number };

const ALLOWED: RateDecision = { isAllowed: true };

/**
 * Counts events per key in fixed windows: the first event for a key opens its window of
 * `windowMs`, and once `limit` events are counted the key is held back until the window ends.
 * At most `maxKeys` keys are remembered (the oldest windows are forgotten first), so a flood of
 * distinct keys cannot make it grow without bound.
 * @example
 * const limiter = new RateLimiter({ limit: 2, windowMs: 60_000 });
 * limiter.take('ann'); limiter.take('ann');
 * limiter.take('ann'); // { isAllowed: false, retryAfterSeconds: 60 }
 */
export class RateLimiter {
  readonly #limit: number;
  readonly #windows: ExpiringMap<string, { count: number }>;
  readonly #now: Clock;

  constructor({ limit, windowMs, maxKeys = 10_000, now = Date.now }: RateLimit & { maxKeys?: number; now?: Clock }) {
    if (!Number.isInteger(limit) || limit < 0) throw new RangeError('A rate limit is a whole number, 0 for none');
    this.#limit = limit;
    this.#windows = new ExpiringMap({ ttlMs: windowMs, maxEntries: maxKeys, now });
    this.#now = now;
  }

  /** How many keys have an open window. */
  get size(): number {
    return this.#windows.size;
  }

  /** Has `key` used up its window? Counts nothing. */
  check(key: string): RateDecision {
    if (this.#limit === 0) return ALLOWED;
    const window = this.#windows.get(key);
    if (!window || window.count < this.#limit) return ALLOWED;
    const expiresAt = this.#windows.expiresAt(key) ?? this.#now();
    return { isAllowed: false, retryAfterSeconds: Math.max(1, Math.ceil((expiresAt - this.#now()) / 1000)) };
  }

  /** Counts one event for `key`, whether or not it was allowed. */
  record(key: string): void {
    if (this.#limit === 0) return;
    const window = this.#windows.get(key);
    // Counting in place keeps the window's end where the first event put it.
    if (window) window.count += 1;
    else this.#windows.set(key, { count: 1 });
  }

  /** Counts one event for `key` if its window has room, and says whether it had. */
  take(key: string): RateDecision {
    const decision = this.check(key);
    if (decision.isAllowed) this.record(key);
    return decision;
  }
}
