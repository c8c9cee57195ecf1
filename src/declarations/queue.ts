import { storage } from '@wxt-dev/storage';
import { browser } from 'wxt/browser';
import { z } from 'zod';
import {
  RegisterItemSchema,
  RegisterListSchema,
  fetchWithTimeout,
  isUsableConnection,
  readFieldMessages,
  readRegisterConnection,
  type FieldMessage,
  type RegisterConnection,
} from './register-client';
import { DeclarationSchema, DeclarationStatusSchema, type Declaration } from './schema';

export const QUEUE_STATES = ['queued', 'sending', 'sent', 'approved', 'refused', 'rejected'] as const;
export type QueueState = (typeof QUEUE_STATES)[number];

/** One declaration on its way to the register, and what became of it. */
export const QueueEntrySchema = z.object({
  /** A UUID, also the request's `Idempotency-Key`, so a retry never makes a second row. */
  id: z.string(),
  declaration: DeclarationSchema,
  state: z.enum(QUEUE_STATES),
  attempts: z.number().int().nonnegative(),
  /** When the next attempt may be made (ms since the epoch). */
  nextAttemptAt: z.number(),
  /** What went wrong last time, in words for the person who declared. */
  lastError: z.string().nullable(),
  /** For a rejected declaration: the register's messages, by field. */
  fieldMessages: z.array(z.object({ field: z.string(), message: z.string() })).default([]),
  /** The register's reference, once it has the declaration. */
  ref: z.string().nullable(),
  /** The register's status (pending, approved, refused) as last seen. */
  status: DeclarationStatusSchema.nullable().default(null),
  /** The reviewer's note with an approval or refusal, as the register gives it to the declarant. */
  decisionNote: z.string().nullable().default(null),
  createdAt: z.number(),
  sentAt: z.number().nullable().default(null),
});
export type QueueEntry = z.infer<typeof QueueEntrySchema>;

/** The queue itself (storage.local, never synced): every declaration made in this browser. */
export const queueItem = storage.defineItem<QueueEntry[]>('local:queue', { fallback: [], version: 1 });

/** Retry timing; tests shorten it, production keeps the defaults. */
export const QueueConfigSchema = z.object({
  /** First retry delay; Chrome will not fire alarms sooner than 30 s for packed extensions. */
  minDelayMs: z.number().positive().default(30_000),
  /** Longest wait between attempts. */
  maxDelayMs: z.number().positive().default(60 * 60_000),
  /** How long to wait for the register before counting an attempt as failed. */
  timeoutMs: z.number().positive().default(15_000),
});
export type QueueConfig = z.infer<typeof QueueConfigSchema>;

export const queueConfig = storage.defineItem<Partial<QueueConfig>>('local:queueConfig', { fallback: {}, version: 1 });

/** The alarm that wakes the background to retry. */
export const FLUSH_ALARM = 'nolan-queue-flush';

/** Shown when the register does not accept the token. */
export const TOKEN_MESSAGE = 'Check your register token in Settings';
/** Shown while the register address or token is missing. */
export const SETUP_MESSAGE = 'Add the register address and your token in Settings; it will be sent then';

async function readConfig(): Promise<QueueConfig> {
  const parsed = QueueConfigSchema.safeParse(await queueConfig.getValue());
  return parsed.success ? parsed.data : QueueConfigSchema.parse({});
}

let localLock: Promise<unknown> = Promise.resolve();

/**
 * Runs `task` while holding the queue lock. The popup and the background both write the queue,
 * so the Web Locks API (shared by every page and worker of the extension) keeps their
 * read-modify-writes apart; without it (unit tests) a promise chain does.
 */
async function withQueueLock<T>(task: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (locks) return locks.request('nolan-queue', task);
  const run = localLock.then(task, task);
  localLock = run.catch(() => undefined);
  return run;
}

/** Changes the queue atomically; `change` gets the current entries and returns the new ones. */
async function updateQueue(change: (entries: QueueEntry[]) => QueueEntry[]): Promise<QueueEntry[]> {
  return withQueueLock(async () => {
    const next = change(await queueItem.getValue());
    await queueItem.setValue(next);
    return next;
  });
}

function patchEntry(id: string, patch: Partial<QueueEntry>): Promise<QueueEntry[]> {
  return updateQueue((entries) => entries.map((entry) => (entry.id === id ? { ...entry, ...patch } : entry)));
}

/**
 * Stores a declaration in the queue before anything touches the network, and returns its entry.
 * @example const entry = await enqueue(declaration); // then ask the background to flush
 */
export async function enqueue(declaration: Declaration, now = Date.now()): Promise<QueueEntry> {
  const entry: QueueEntry = {
    id: crypto.randomUUID(),
    declaration,
    state: 'queued',
    attempts: 0,
    nextAttemptAt: now,
    lastError: null,
    fieldMessages: [],
    ref: null,
    status: null,
    decisionNote: null,
    createdAt: now,
    sentAt: null,
  };
  await updateQueue((entries) => [...entries, entry]);
  // A safety net: if the page that enqueued closes before the background hears of it, the alarm still fires.
  await scheduleAlarm(now).catch(() => undefined);
  return entry;
}

/**
 * How long to wait after the `attempts`-th failed attempt: doubling from `minDelayMs`, plus up to
 * half again of jitter so many browsers do not retry in step, capped at `maxDelayMs`.
 * @example backoffDelay(1, config) // between 30 s and 45 s with the defaults
 */
export function backoffDelay(attempts: number, config: QueueConfig, random: () => number = Math.random): number {
  const base = Math.min(config.maxDelayMs, config.minDelayMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(Math.min(config.maxDelayMs, base + base * 0.5 * random()));
}

/** What one POST attempt came to. */
type Outcome =
  | { kind: 'sent'; ref: string; status: QueueEntry['status'] }
  | { kind: 'retry'; error: string }
  | { kind: 'token'; error: string }
  | { kind: 'rejected'; error: string; fields: FieldMessage[] };

async function post(entry: QueueEntry, connection: RegisterConnection, config: QueueConfig, fetchImpl: typeof fetch): Promise<Outcome> {
  let response: Response;
  try {
    response = await fetchWithTimeout(
      `${connection.url}/api/declarations`,
      {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Authorization: `Bearer ${connection.token}`,
          'Idempotency-Key': entry.id,
        },
        body: JSON.stringify(entry.declaration),
      },
      config.timeoutMs,
      fetchImpl,
    );
  } catch (error) {
    const isTimeout = error instanceof Error && (error.name === 'AbortError' || /timeout/i.test(error.message));
    return { kind: 'retry', error: isTimeout ? 'The register did not answer in time; will try again' : 'Could not reach the register; will try again' };
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.ok) {
    const item = RegisterItemSchema.partial().safeParse(body);
    const ref = item.success ? item.data.ref : undefined;
    if (!ref) return { kind: 'retry', error: 'The register’s answer had no reference; will try again' };
    return { kind: 'sent', ref, status: item.success ? (item.data.status ?? 'pending') : 'pending' };
  }
  if (response.status === 401) return { kind: 'token', error: TOKEN_MESSAGE };
  if (response.status >= 400 && response.status < 500 && ![408, 429].includes(response.status)) {
    const fields = readFieldMessages(body);
    const error =
      response.status === 403
        ? 'The register would not take this declaration from your token (not allowed)'
        : `The register did not accept this declaration (${response.status})`;
    return { kind: 'rejected', error, fields };
  }
  // 429: the register is limiting this address or user for a while (a wrong token tried too often, or a flood of changes).
  if (response.status === 429) return { kind: 'retry', error: 'The register asked us to slow down; will try again later' };
  return { kind: 'retry', error: `The register had a problem (${response.status}); will try again` };
}

/** Dependencies a test can replace. */
export interface FlushOptions {
  /** Send queued entries now even if their back-off has not ended (after the token was fixed, "Send now"). */
  force?: boolean;
  now?: () => number;
  fetchImpl?: typeof fetch;
  random?: () => number;
}

let flushing: Promise<QueueEntry[]> | null = null;
let rerun: FlushOptions | null = null;

/**
 * Sends every due entry to the register, one at a time, and schedules an alarm for the next retry.
 * A call while a flush is running makes that flush go round once more (so an entry enqueued
 * meanwhile is not left for the alarm) and shares its result. Nothing is ever removed from the queue.
 */
export function flushQueue(options: FlushOptions = {}): Promise<QueueEntry[]> {
  if (flushing) {
    rerun = { ...options, force: Boolean(rerun?.force || options.force) };
    return flushing;
  }
  flushing = (async () => {
    let next: FlushOptions | null = options;
    let result: QueueEntry[] = [];
    while (next) {
      rerun = null;
      result = await runFlush(next);
      next = rerun;
    }
    return result;
  })().finally(() => {
    flushing = null;
  });
  return flushing;
}

async function runFlush({ force = false, now = Date.now, fetchImpl = fetch, random = Math.random }: FlushOptions): Promise<QueueEntry[]> {
  const config = await readConfig();
  const connection = await readRegisterConnection();
  const pending = (await queueItem.getValue()).filter((entry) => entry.state === 'queued' || entry.state === 'sending');
  if (!isUsableConnection(connection)) {
    for (const entry of pending) await patchEntry(entry.id, { state: 'queued', lastError: SETUP_MESSAGE });
    await scheduleAlarm(now());
    return queueItem.getValue();
  }
  for (const [index, entry] of pending.entries()) {
    if (!force && entry.nextAttemptAt > now()) continue;
    const attempts = entry.attempts + 1;
    await patchEntry(entry.id, { state: 'sending', attempts });
    const outcome = await post(entry, connection, config, fetchImpl);
    if (outcome.kind === 'sent') {
      await patchEntry(entry.id, { state: 'sent', ref: outcome.ref, status: outcome.status, lastError: null, fieldMessages: [], sentAt: now() });
    } else if (outcome.kind === 'rejected') {
      await patchEntry(entry.id, { state: 'rejected', lastError: outcome.error, fieldMessages: outcome.fields });
    } else {
      await patchEntry(entry.id, { state: 'queued', lastError: outcome.error, nextAttemptAt: now() + backoffDelay(attempts, config, random) });
      // A refused token, or a register that is down or slow, will be the same for every entry:
      // put the rest off too rather than wait out a timeout for each.
      for (const other of pending.slice(index + 1)) {
        if (force || other.nextAttemptAt <= now()) {
          await patchEntry(other.id, {
            state: 'queued',
            lastError: outcome.error,
            nextAttemptAt: now() + backoffDelay(Math.max(other.attempts, 1), config, random),
          });
        }
      }
      break;
    }
  }
  await scheduleAlarm(now());
  return queueItem.getValue();
}

/** Sets (or clears) the retry alarm for the earliest entry still waiting. */
export async function scheduleAlarm(now = Date.now()): Promise<void> {
  const waiting = (await queueItem.getValue()).filter((entry) => entry.state === 'queued' || entry.state === 'sending');
  if (waiting.length === 0) {
    await browser.alarms.clear(FLUSH_ALARM);
    return;
  }
  const when = Math.min(...waiting.map((entry) => entry.nextAttemptAt));
  // An alarm in the past fires straight away; keep a second's gap so a busy loop cannot start.
  await browser.alarms.create(FLUSH_ALARM, { when: Math.max(when, now + 1000) });
}

/** Puts rejected entries back in the queue (e.g. after the register's administrator fixed a role). */
export async function retryEntry(id: string, now = Date.now()): Promise<void> {
  await updateQueue((entries) =>
    entries.map((entry) =>
      entry.id === id && (entry.state === 'rejected' || entry.state === 'queued')
        ? { ...entry, state: 'queued', nextAttemptAt: now, lastError: null, fieldMessages: [] }
        : entry,
    ),
  );
}

/**
 * Asks the register what became of sent declarations (approved or refused) and records it.
 * Reads pages of `GET /api/declarations` until every sent reference is found or the list ends.
 */
export async function refreshStates({ fetchImpl = fetch }: { fetchImpl?: typeof fetch } = {}): Promise<QueueEntry[]> {
  const config = await readConfig();
  const connection = await readRegisterConnection();
  const waiting = new Set(
    (await queueItem.getValue()).filter((entry) => entry.state === 'sent' && entry.ref).map((entry) => entry.ref as string),
  );
  if (waiting.size === 0 || !isUsableConnection(connection)) return queueItem.getValue();
  const found = new Map<string, { status: z.infer<typeof DeclarationStatusSchema>; note: string | null }>();
  let cursor: string | null | undefined = null;
  for (let page = 0; page < 10; page += 1) {
    const query: string = cursor ? `?limit=100&cursor=${encodeURIComponent(cursor)}` : '?limit=100';
    let list: z.infer<typeof RegisterListSchema>;
    try {
      const response = await fetchWithTimeout(
        `${connection.url}/api/declarations${query}`,
        { headers: { Authorization: `Bearer ${connection.token}` } },
        config.timeoutMs,
        fetchImpl,
      );
      if (!response.ok) break;
      const parsed = RegisterListSchema.safeParse(await response.json());
      if (!parsed.success) break;
      list = parsed.data;
    } catch {
      break; // Offline: the states shown stay as they were.
    }
    for (const item of list.items) {
      if (waiting.has(item.ref)) found.set(item.ref, { status: item.status, note: item.decision?.note || null });
    }
    cursor = list.next;
    if (!cursor || found.size === waiting.size) break;
  }
  if (found.size === 0) return queueItem.getValue();
  return updateQueue((entries) =>
    entries.map((entry) => {
      const seen = entry.ref ? found.get(entry.ref) : undefined;
      if (!seen || entry.state !== 'sent') return entry;
      return { ...entry, status: seen.status, decisionNote: seen.note, state: seen.status === 'pending' ? 'sent' : seen.status };
    }),
  );
}
