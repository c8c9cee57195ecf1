import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { createApp } from './app';
import {
  addressKey,
  clientAddress,
  DEFAULT_LIMITS,
  describeLimits,
  describeWait,
  type LimitSettings,
  NO_LIMITS,
  readLimitSettings,
  RegisterLimits,
} from './limits';
import { describeBackends, giftDeclaration } from './test-support';

describe('readLimitSettings', () => {
  it('keeps the defaults when nothing (or an empty value) is set', () => {
    expect(readLimitSettings({})).toEqual({ ok: true, settings: DEFAULT_LIMITS });
    expect(readLimitSettings({ REGISTER_WRITE_LIMIT: '', REGISTER_TRUST_PROXY: '' })).toEqual({ ok: true, settings: DEFAULT_LIMITS });
    expect(DEFAULT_LIMITS).toEqual({ signInFailures: 20, signInWindowSeconds: 600, writes: 120, writeWindowSeconds: 60, isBehindProxy: false });
  });

  it('reads every variable', () => {
    const read = readLimitSettings({
      REGISTER_SIGNIN_FAILURE_LIMIT: '5',
      REGISTER_SIGNIN_FAILURE_WINDOW_SECONDS: ' 3600 ',
      REGISTER_WRITE_LIMIT: '0',
      REGISTER_WRITE_WINDOW_SECONDS: '10',
      REGISTER_TRUST_PROXY: '1',
    });
    expect(read).toEqual({
      ok: true,
      settings: { signInFailures: 5, signInWindowSeconds: 3600, writes: 0, writeWindowSeconds: 10, isBehindProxy: true },
    });
  });

  it.each([
    ['1', true],
    ['true', true],
    ['0', false],
    ['false', false],
  ])('reads REGISTER_TRUST_PROXY=%s as %s', (value, expected) => {
    const read = readLimitSettings({ REGISTER_TRUST_PROXY: value });
    expect(read.ok && read.settings.isBehindProxy).toBe(expected);
  });

  it.each([
    ['REGISTER_SIGNIN_FAILURE_LIMIT', 'twenty', /whole number/],
    ['REGISTER_SIGNIN_FAILURE_LIMIT', '-1', /whole number/],
    ['REGISTER_WRITE_LIMIT', '1.5', /whole number/],
    ['REGISTER_WRITE_WINDOW_SECONDS', '0', /at least 1/],
    ['REGISTER_SIGNIN_FAILURE_WINDOW_SECONDS', '10m', /whole seconds/],
    ['REGISTER_TRUST_PROXY', 'yes', /REGISTER_TRUST_PROXY to 1/],
  ])('refuses %s=%s, naming the variable', (name, value, message) => {
    const read = readLimitSettings({ [name]: value });
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.messages[name]).toMatch(message);
  });
});

describe('describeWait and describeLimits', () => {
  it.each([
    [1, '1 second'],
    [45, '45 seconds'],
    [60, '1 minute'],
    [61, '2 minutes'],
    [600, '10 minutes'],
  ])('says %i seconds as "%s"', (seconds, words) => {
    expect(describeWait(seconds)).toBe(words);
  });

  it('sums the limits up in one line', () => {
    expect(describeLimits(DEFAULT_LIMITS)).toBe(
      'Limits: 20 failed sign-ins per address in 10 minutes; 120 changes per user in 1 minute; client address from the connection.',
    );
    expect(describeLimits({ ...NO_LIMITS, isBehindProxy: true })).toMatch(/not limited; changes not limited; .*X-Forwarded-For/);
  });
});

describe('addressKey', () => {
  it.each([
    ['203.0.113.9', '203.0.113.9'],
    ['::ffff:203.0.113.9', '203.0.113.9'],
    ['::FFFF:127.0.0.1', '127.0.0.1'],
    ['2001:db8:1:2:aaaa:bbbb:cccc:dddd', '2001:db8:1:2::/64'],
    ['2001:0db8:0001:0002::1', '2001:db8:1:2::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['2001:db8:1:2:3::', '2001:db8:1:2::/64'],
    ['::1', '0:0:0:0::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    ['64:ff9b::198.51.100.7', '64:ff9b:0:0::/64'],
    ['unknown', 'unknown'],
  ])('keys %s as %s', (address, key) => {
    expect(addressKey(address)).toBe(key);
  });

  it('puts the addresses of one /64 under one key, and of the next /64 under another', () => {
    expect(addressKey('2001:db8:1:2::a')).toBe(addressKey('2001:db8:1:2:ffff:ffff:ffff:ffff'));
    expect(addressKey('2001:db8:1:3::a')).not.toBe(addressKey('2001:db8:1:2::a'));
  });
});

describe('clientAddress', () => {
  const app = new Hono();
  app.get('/direct', (c) => c.text(clientAddress(c, false)));
  app.get('/proxied', (c) => c.text(clientAddress(c, true)));
  const from = (remoteAddress: string) => ({ incoming: { socket: { remoteAddress } } });
  const ask = async (path: string, env: unknown, forwardedFor?: string) =>
    (await app.request(path, { headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {} }, env)).text();

  it('uses the connection’s address, ignoring X-Forwarded-For, unless told the register is behind a proxy', async () => {
    expect(await ask('/direct', from('198.51.100.7'), '203.0.113.9')).toBe('198.51.100.7');
    expect(await ask('/direct', from('::ffff:198.51.100.7'))).toBe('198.51.100.7');
  });

  it.each([
    ['203.0.113.9', '203.0.113.9'],
    ['203.0.113.9, 10.0.0.2', '203.0.113.9'],
    [' 203.0.113.9:4711 ,10.0.0.2', '203.0.113.9'],
    ['[2001:db8:5:6::1]:443', '2001:db8:5:6::/64'],
    ['2001:db8:5:6::1', '2001:db8:5:6::/64'],
  ])('behind a proxy, takes the left-most address of X-Forwarded-For: %s', async (header, expected) => {
    expect(await ask('/proxied', from('127.0.0.1'), header)).toBe(expected);
  });

  it('behind a proxy, falls back to the connection when X-Forwarded-For is missing or not an address', async () => {
    expect(await ask('/proxied', from('127.0.0.1'))).toBe('127.0.0.1');
    expect(await ask('/proxied', from('127.0.0.1'), 'unknown, 203.0.113.9')).toBe('127.0.0.1');
    expect(await ask('/proxied', from('127.0.0.1'), '')).toBe('127.0.0.1');
  });

  it('says unknown for a request made in-process, with no connection', async () => {
    expect(await ask('/direct', undefined)).toBe('unknown');
  });
});

describe('RegisterLimits', () => {
  const settings: LimitSettings = { signInFailures: 3, signInWindowSeconds: 600, writes: 2, writeWindowSeconds: 60, isBehindProxy: false };
  const clock = () => {
    let time = 5_000_000;
    return { now: () => time, advance: (ms: number) => (time += ms) };
  };

  it('locks an address out after its failed sign-ins, for the rest of the window', () => {
    const { now, advance } = clock();
    const limits = new RegisterLimits(settings, now);
    for (let i = 0; i < 3; i += 1) {
      expect(limits.signInWait('203.0.113.9', `guess-${i}`)).toBeNull();
      limits.recordSignIn('203.0.113.9', `guess-${i}`, false);
      advance(60_000);
    }
    expect(limits.signInWait('203.0.113.9', 'guess-3')).toBe(420);
    expect(limits.signInWait('198.51.100.7', 'guess-3')).toBeNull();
    advance(420_000);
    expect(limits.signInWait('203.0.113.9', 'guess-3')).toBeNull();
  });

  it('does not count sign-ins that work', () => {
    const limits = new RegisterLimits(settings, () => 0);
    for (let i = 0; i < 100; i += 1) limits.recordSignIn('203.0.113.9', 'good', true);
    expect(limits.signInWait('203.0.113.9', 'other')).toBeNull();
  });

  it('lets a token that signed in lately through a lock-out, until it fails', () => {
    const limits = new RegisterLimits(settings, () => 0);
    limits.recordSignIn('203.0.113.9', 'good', true);
    for (let i = 0; i < 3; i += 1) limits.recordSignIn('203.0.113.9', `guess-${i}`, false);
    expect(limits.signInWait('203.0.113.9', 'good')).toBeNull();
    expect(limits.signInWait('203.0.113.9', 'never-seen')).toBe(600);
    limits.recordSignIn('203.0.113.9', 'good', false); // revoked meanwhile
    expect(limits.signInWait('203.0.113.9', 'good')).toBe(600);
  });

  it('limits each user’s changes in their own window', () => {
    const { now, advance } = clock();
    const limits = new RegisterLimits(settings, now);
    expect([limits.writeWait('ann'), limits.writeWait('ann'), limits.writeWait('bob')]).toEqual([null, null, null]);
    advance(15_500);
    expect(limits.writeWait('ann')).toBe(45);
    advance(44_500);
    expect(limits.writeWait('ann')).toBeNull();
  });

  it('limits nothing with NO_LIMITS', () => {
    const limits = new RegisterLimits(NO_LIMITS, () => 0);
    for (let i = 0; i < 500; i += 1) {
      limits.recordSignIn('203.0.113.9', `guess-${i}`, false);
      expect(limits.writeWait('ann')).toBeNull();
    }
    expect(limits.signInWait('203.0.113.9', 'guess')).toBeNull();
  });

  it('stays bounded under a flood of distinct addresses, users and tokens', () => {
    const limits = new RegisterLimits(settings, () => 0, 50);
    for (let i = 0; i < 5000; i += 1) {
      limits.recordSignIn(`10.0.${i >> 8}.${i & 255}`, `guess-${i}`, false);
      limits.recordSignIn('10.9.9.9', `good-${i}`, true);
      limits.writeWait(`user-${i}`);
    }
    // The last 50 of each are remembered; the first have been forgotten.
    const [last, first] = [4999, 0].map((i) => `10.0.${i >> 8}.${i & 255}`) as [string, string];
    for (let i = 0; i < 2; i += 1) limits.recordSignIn(last, 'again', false);
    expect(limits.signInWait(last, 'x')).toBe(600);
    expect(limits.signInWait(first, 'x')).toBeNull();
  });
});

describeBackends('rate limits in the register app', (get) => {
  const limits: LimitSettings = { signInFailures: 3, signInWindowSeconds: 600, writes: 4, writeWindowSeconds: 60, isBehindProxy: false };
  /** Calls a limited app built on the test register's database, as if from `address`. */
  const caller = (settings: LimitSettings) => {
    const app = createApp({ db: get().db, org: get().org, limits: settings });
    type Options = { token?: string; address?: string; headers?: Record<string, string>; body?: unknown };
    return async (method: string, path: string, { token, address = '203.0.113.9', headers = {}, body }: Options = {}) => {
      const all: Record<string, string> = { ...headers };
      if (token) all.authorization = `Bearer ${token}`;
      if (body !== undefined) all['content-type'] = 'application/json';
      const init = { method, headers: all, body: body === undefined ? undefined : JSON.stringify(body) };
      const res = await app.request(`http://localhost${path}`, init, { incoming: { socket: { remoteAddress: address } } });
      return { status: res.status, headers: res.headers, body: (await res.json()) as { error: string; fields: object } };
    };
  };

  it('answers 429 with Retry-After once an address has used up its failed sign-ins; others and good tokens go on', async () => {
    const call = caller(limits);
    const known = await get().addUser('staff');
    expect((await call('GET', '/api/declarations', { token: known })).status).toBe(200);
    for (let i = 0; i < 3; i += 1) expect((await call('GET', '/api/declarations', { token: `nolan_guess-${i}` })).status).toBe(401);
    const locked = await call('GET', '/api/declarations', { token: 'nolan_guess-3' });
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(590);
    expect(Number(locked.headers.get('retry-after'))).toBeLessThanOrEqual(600);
    expect(locked.body).toEqual({ error: expect.stringMatching(/^Too many sign-ins .* try again in 10 minutes$/), fields: {} });
    // A POST is held back the same way, whatever its body.
    expect((await call('POST', '/api/declarations', { token: 'nolan_guess-4', body: {} })).status).toBe(429);
    // No token at all costs nothing and still gets the usual 401.
    expect((await call('GET', '/api/declarations')).status).toBe(401);
    // A token that signed in before the lock-out still works from the same address.
    expect((await call('GET', '/api/declarations', { token: known })).status).toBe(200);
    // Another address is not affected.
    expect((await call('GET', '/api/declarations', { token: 'nolan_guess-5', address: '198.51.100.7' })).status).toBe(401);
  });

  it('holds back, during a lock-out, a good token that had not signed in since the server started', async () => {
    const call = caller(limits);
    for (let i = 0; i < 3; i += 1) await call('GET', '/api/declarations', { token: `nolan_guess-${i}` });
    const fresh = await get().addUser('staff');
    const res = await call('GET', '/api/declarations', { token: fresh });
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
    // From another address it signs in, and from then on it gets through the lock-out too.
    expect((await call('GET', '/api/declarations', { token: fresh, address: '198.51.100.7' })).status).toBe(200);
    expect((await call('GET', '/api/declarations', { token: fresh })).status).toBe(200);
  });

  it('limits the changes of each user, not their reads, with 429 and Retry-After', async () => {
    const call = caller(limits);
    const [ann, bob] = [await get().addUser('staff'), await get().addUser('staff')];
    const declare = (token: string, key: string, address?: string) =>
      call('POST', '/api/declarations', { token, address, body: giftDeclaration(), headers: { 'idempotency-key': key } });
    for (let i = 0; i < 4; i += 1) expect((await declare(ann, `ann-${i}`)).status).toBe(201);
    const held = await declare(ann, 'ann-4');
    expect(held.status).toBe(429);
    expect(Number(held.headers.get('retry-after'))).toBeGreaterThanOrEqual(59);
    expect(held.body).toEqual({ error: expect.stringMatching(/at most 4 in 1 minute\); try again in 1 minute$/), fields: {} });
    // Reads are not limited, other users are not affected, and nothing was recorded for the held-back post.
    const listed = await call('GET', '/api/declarations', { token: ann });
    expect(listed.status).toBe(200);
    expect((listed.body as unknown as { items: unknown[] }).items).toHaveLength(4);
    expect((await declare(bob, 'bob-0')).status).toBe(201);
    // The limit follows the user, not the address.
    expect((await declare(ann, 'ann-5', '198.51.100.7')).status).toBe(429);
  });

  it('behind a proxy, limits by X-Forwarded-For, so clients of one proxy are told apart', async () => {
    const call = caller({ ...limits, isBehindProxy: true });
    const via = (client: string) => ({ address: '127.0.0.1', headers: { 'x-forwarded-for': client } });
    for (let i = 0; i < 3; i += 1) await call('GET', '/api/declarations', { token: `nolan_guess-${i}`, ...via('203.0.113.50') });
    expect((await call('GET', '/api/declarations', { token: 'nolan_guess-3', ...via('203.0.113.50') })).status).toBe(429);
    expect((await call('GET', '/api/declarations', { token: 'nolan_guess-3', ...via('203.0.113.51') })).status).toBe(401);
  });

  it('describes 429 in the OpenAPI document of every authenticated route', async () => {
    const doc = (await get().call('GET', '/openapi.json')).body as { paths: Record<string, Record<string, { responses: object }>> };
    const responses = doc.paths['/api/declarations']?.post?.responses as Record<string, { headers?: object }>;
    expect(responses['429']?.headers).toHaveProperty('Retry-After');
  });
});
