import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerToken, userSettings } from '../settings/items';
import {
  FLUSH_ALARM,
  QueueConfigSchema,
  SETUP_MESSAGE,
  TOKEN_MESSAGE,
  backoffDelay,
  enqueue,
  flushQueue,
  queueConfig,
  queueItem,
  refreshStates,
  retryEntry,
} from './queue';
import type { Declaration } from './schema';

const gift: Declaration = {
  type: 'gift-hospitality',
  kind: 'gift',
  dateOffered: '2026-11-20',
  offeredBy: { name: 'Jo Bloggs', organisation: 'Acme Security Ltd' },
  relationship: 'supplier',
  description: 'Two tickets to a football match',
  estimatedValue: 120,
  accepted: false,
  reason: 'Supplier in live tender',
  approval: { sought: true, by: 'Chief Executive' },
};

interface Call {
  url: string;
  init: RequestInit;
}

/** A fake register: answers with each scripted reply in turn, then repeats the last. */
function fakeRegister(replies: Array<(call: Call) => Response | Promise<Response>>) {
  const calls: Call[] = [];
  const fetchImpl = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const call = { url: String(input), init };
    calls.push(call);
    const reply = replies[Math.min(calls.length - 1, replies.length - 1)]!;
    return reply(call);
  }) as typeof fetch;
  return { calls, fetchImpl };
}

const json = (status: number, body: unknown) => () =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
const networkDown = () => Promise.reject(new TypeError('Failed to fetch'));
const header = (call: Call, name: string) => new Headers(call.init.headers).get(name);

let clock = Date.parse('2026-11-29T09:00:00Z');
const now = () => clock;
/** Moves the clock past the next attempt of every entry. */
async function passTime(): Promise<void> {
  const entries = await queueItem.getValue();
  clock = Math.max(clock, ...entries.map((entry) => entry.nextAttemptAt)) + 1;
}

beforeEach(async () => {
  fakeBrowser.reset();
  clock = Date.parse('2026-11-29T09:00:00Z');
  await userSettings.setValue({ ...(await userSettings.getValue()), registerUrl: 'https://register.example.org/' });
  await registerToken.setValue('staff-token');
});

describe('enqueue', () => {
  it('stores the declaration before any network use', async () => {
    const entry = await enqueue(gift, clock);
    expect(await queueItem.getValue()).toEqual([entry]);
    expect(entry).toMatchObject({ state: 'queued', attempts: 0, ref: null, declaration: gift });
    expect(entry.id).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('flushQueue', () => {
  it('posts with the token and the entry id as Idempotency-Key, then records the ref', async () => {
    const entry = await enqueue(gift, clock);
    const register = fakeRegister([json(201, { ref: 'GH-2026-0001', status: 'pending' })]);
    await flushQueue({ now, fetchImpl: register.fetchImpl });
    expect(register.calls).toHaveLength(1);
    expect(register.calls[0]!.url).toBe('https://register.example.org/api/declarations');
    expect(header(register.calls[0]!, 'Authorization')).toBe('Bearer staff-token');
    expect(header(register.calls[0]!, 'Idempotency-Key')).toBe(entry.id);
    expect(JSON.parse(String(register.calls[0]!.init.body))).toEqual(gift);
    expect(await queueItem.getValue()).toMatchObject([{ state: 'sent', ref: 'GH-2026-0001', status: 'pending', attempts: 1 }]);
    expect(await fakeBrowser.alarms.get(FLUSH_ALARM)).toBeUndefined();
  });

  it('never drops an entry and reuses the idempotency key on every retry, with growing back-off', async () => {
    const entry = await enqueue(gift, clock);
    const register = fakeRegister([
      networkDown,
      json(503, { error: 'down' }),
      json(500, {}),
      json(429, {}),
      json(408, {}),
      json(201, { ref: 'GH-7', status: 'pending' }),
    ]);
    const waits: number[] = [];
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      await flushQueue({ now, fetchImpl: register.fetchImpl, random: () => 0.99 });
      const [stored] = await queueItem.getValue();
      expect(stored).toMatchObject({ id: entry.id, state: 'queued', attempts: attempt });
      expect(stored!.lastError).toMatch(/try again/);
      if (attempt === 4) expect(stored!.lastError).toBe('The register asked us to slow down; will try again later'); // the 429
      waits.push(stored!.nextAttemptAt - clock);
      const alarm = await fakeBrowser.alarms.get(FLUSH_ALARM);
      expect(alarm?.scheduledTime).toBe(Math.max(stored!.nextAttemptAt, clock + 1000));
      // Not yet due: a flush before the back-off ends sends nothing.
      await flushQueue({ now, fetchImpl: register.fetchImpl });
      expect(register.calls).toHaveLength(attempt);
      await passTime();
    }
    await flushQueue({ now, fetchImpl: register.fetchImpl });
    expect(register.calls.map((call) => header(call, 'Idempotency-Key'))).toEqual(Array(6).fill(entry.id));
    for (let i = 1; i < waits.length; i += 1) expect(waits[i]!).toBeGreaterThan(waits[i - 1]!);
    expect(waits[0]).toBeGreaterThanOrEqual(30_000);
    expect(await queueItem.getValue()).toMatchObject([{ id: entry.id, state: 'sent', ref: 'GH-7', attempts: 6 }]);
  });

  it('sends a backed-off entry at once when forced (e.g. after the token was fixed)', async () => {
    const entry = await enqueue(gift, clock);
    const register = fakeRegister([json(401, {}), json(201, { ref: 'GH-3', status: 'pending' })]);
    await flushQueue({ now, fetchImpl: register.fetchImpl });
    await flushQueue({ now, fetchImpl: register.fetchImpl });
    expect(register.calls).toHaveLength(1);
    await flushQueue({ now, fetchImpl: register.fetchImpl, force: true });
    expect(register.calls.map((call) => header(call, 'Idempotency-Key'))).toEqual([entry.id, entry.id]);
    expect(await queueItem.getValue()).toMatchObject([{ state: 'sent', ref: 'GH-3', lastError: null }]);
  });

  it('puts the rest off when the register is down, rather than trying each in turn', async () => {
    await enqueue(gift, clock);
    await enqueue({ ...gift, description: 'Lunch' }, clock);
    const register = fakeRegister([networkDown]);
    await flushQueue({ now, fetchImpl: register.fetchImpl });
    expect(register.calls).toHaveLength(1);
    const entries = await queueItem.getValue();
    expect(entries.map((entry) => [entry.state, entry.attempts])).toEqual([['queued', 1], ['queued', 0]]);
    for (const entry of entries) expect(entry.nextAttemptAt).toBeGreaterThan(clock);
  });

  it('counts a register that does not answer in time as down', async () => {
    await queueConfig.setValue({ timeoutMs: 20 });
    await enqueue(gift, clock);
    const register = fakeRegister([
      (call) =>
        new Promise<Response>((_, reject) =>
          call.init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
        ),
    ]);
    await flushQueue({ now, fetchImpl: register.fetchImpl });
    expect(await queueItem.getValue()).toMatchObject([{ state: 'queued', lastError: expect.stringMatching(/in time/) }]);
  });

  it('keeps entries queued on 401 and asks for the token to be checked', async () => {
    await enqueue(gift, clock);
    await enqueue({ ...gift, description: 'A bottle of wine' }, clock);
    const register = fakeRegister([json(401, { error: 'unauthorised' })]);
    await flushQueue({ now, fetchImpl: register.fetchImpl });
    expect(register.calls).toHaveLength(1);
    const entries = await queueItem.getValue();
    expect(entries).toHaveLength(2);
    for (const entry of entries) expect(entry).toMatchObject({ state: 'queued', lastError: TOKEN_MESSAGE });
  });

  it('rejects a 400 and keeps the register’s field messages', async () => {
    await enqueue(gift, clock);
    const register = fakeRegister([
      json(400, { error: 'Some of the input is not valid', fields: { estimatedValue: 'Enter the estimated value in pounds' } }),
    ]);
    await flushQueue({ now, fetchImpl: register.fetchImpl });
    await passTime();
    await flushQueue({ now, fetchImpl: register.fetchImpl });
    expect(register.calls).toHaveLength(1);
    expect(await queueItem.getValue()).toMatchObject([
      {
        state: 'rejected',
        declaration: gift,
        fieldMessages: [{ field: 'estimatedValue', message: 'Enter the estimated value in pounds' }],
      },
    ]);
  });

  it('can put a rejected entry back in the queue with the same key', async () => {
    const entry = await enqueue(gift, clock);
    const register = fakeRegister([json(403, { error: 'forbidden' }), json(201, { ref: 'GH-9', status: 'pending' })]);
    await flushQueue({ now, fetchImpl: register.fetchImpl });
    expect((await queueItem.getValue())[0]!.state).toBe('rejected');
    await retryEntry(entry.id, clock);
    await flushQueue({ now, fetchImpl: register.fetchImpl });
    expect(register.calls.map((call) => header(call, 'Idempotency-Key'))).toEqual([entry.id, entry.id]);
    expect(await queueItem.getValue()).toMatchObject([{ state: 'sent', ref: 'GH-9' }]);
  });

  it('waits, without sending, until the register is set up', async () => {
    await registerToken.setValue('');
    await enqueue(gift, clock);
    const register = fakeRegister([json(201, { ref: 'GH-1', status: 'pending' })]);
    await flushQueue({ now, fetchImpl: register.fetchImpl });
    expect(register.calls).toHaveLength(0);
    expect(await queueItem.getValue()).toMatchObject([{ state: 'queued', lastError: SETUP_MESSAGE }]);
  });

  it('does not lose an entry enqueued while a flush is under way', async () => {
    await enqueue(gift, clock);
    let release: () => void = () => {};
    const register = fakeRegister([
      () => new Promise<Response>((resolve) => (release = () => resolve(json(201, { ref: 'GH-1', status: 'pending' })()))),
      json(201, { ref: 'GH-2', status: 'pending' }),
    ]);
    const run = flushQueue({ now, fetchImpl: register.fetchImpl });
    await new Promise((resolve) => setTimeout(resolve, 10));
    await enqueue({ ...gift, description: 'Lunch' }, clock);
    const second = flushQueue({ now, fetchImpl: register.fetchImpl });
    release();
    await run;
    await second;
    // The flush asked for meanwhile went round again and sent the new entry too.
    const entries = await queueItem.getValue();
    expect(entries.map((entry) => entry.state)).toEqual(['sent', 'sent']);
    expect(register.calls).toHaveLength(2);
  });
});

describe('backoffDelay', () => {
  const config = QueueConfigSchema.parse({});
  it.each([1, 2, 3, 4, 5, 6])('attempt %i waits longer than the one before, whatever the jitter', (attempt) => {
    if (attempt === 1) {
      expect(backoffDelay(1, config, () => 0)).toBe(30_000);
      return;
    }
    expect(backoffDelay(attempt, config, () => 0)).toBeGreaterThan(backoffDelay(attempt - 1, config, () => 0.999));
  });
  it('is capped at the longest wait', () => {
    expect(backoffDelay(40, config, () => 1)).toBe(config.maxDelayMs);
  });
});

describe('refreshStates', () => {
  it('records approvals and refusals for sent entries', async () => {
    await enqueue(gift, clock);
    await enqueue({ ...gift, description: 'Dinner' }, clock);
    let n = 0;
    const post = fakeRegister([() => json(201, { ref: `GH-${(n += 1)}`, status: 'pending' })()]);
    await flushQueue({ now, fetchImpl: post.fetchImpl });
    const list = fakeRegister([
      json(200, { items: [{ ref: 'GH-2', status: 'refused', decision: { decision: 'refused', note: 'Supplier in a live tender' } }], next: 'c1' }),
      json(200, { items: [{ ref: 'GH-1', status: 'approved' }], next: null }),
    ]);
    await refreshStates({ fetchImpl: list.fetchImpl });
    expect(list.calls.map((call) => new URL(call.url).search)).toEqual(['?limit=100', '?limit=100&cursor=c1']);
    expect((await queueItem.getValue()).map((entry) => [entry.state, entry.decisionNote])).toEqual([
      ['approved', null],
      ['refused', 'Supplier in a live tender'],
    ]);
  });

  it('leaves states as they were when offline', async () => {
    await enqueue(gift, clock);
    await flushQueue({ now, fetchImpl: fakeRegister([json(201, { ref: 'GH-1', status: 'pending' })]).fetchImpl });
    await refreshStates({ fetchImpl: fakeRegister([networkDown]).fetchImpl });
    expect(await queueItem.getValue()).toMatchObject([{ state: 'sent', ref: 'GH-1' }]);
  });
});
