import { expect, it } from 'vitest';
import { describeBackends, giftDeclaration, interestDeclaration } from './test-support';

/** mulberry32: a small seeded generator, so a failing case can be replayed from its seed. */
function seeded(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
  return { next, int, pick };
}

type Rng = ReturnType<typeof seeded>;

const FIELD_NAMES = [
  'type', 'kind', 'dateOffered', 'offeredBy', 'name', 'organisation', 'relationship', 'description',
  'estimatedValue', 'accepted', 'reason', 'approval', 'sought', 'by', 'interestType', 'from', 'to',
  'decision', 'note', 'email', 'role', '__proto__', 'constructor', '',
];

function junkString(rng: Rng): string {
  return rng.pick([
    () => '',
    () => 'x'.repeat(rng.pick([1, 3, 199, 201, 2001, 20_000])),
    () => '2026-13-45',
    () => '9999-12-31',
    () => 'gift-hospitality',
    () => 'interest',
    () => '\u0000\u0001\u202e<script>alert(1)</script>',
    () => '💷'.repeat(rng.int(500)),
    () => "'; DROP TABLE declarations; --",
    () => String(rng.next()),
  ])();
}

function junkValue(rng: Rng, depth = 0): unknown {
  const choices: (() => unknown)[] = [
    () => null,
    () => rng.next() < 0.5,
    () => rng.pick([0, -1, 0.001, 1e308, -1e308, 120.005, Number.MAX_SAFE_INTEGER, 2 ** 53 + 1]),
    () => junkString(rng),
  ];
  if (depth < 4) {
    choices.push(
      () => Array.from({ length: rng.int(5) }, () => junkValue(rng, depth + 1)),
      () => Object.fromEntries(Array.from({ length: rng.int(6) }, () => [rng.pick(FIELD_NAMES), junkValue(rng, depth + 1)])),
    );
  }
  return rng.pick(choices)();
}

/** A body that is mostly valid, with one to three fields broken, removed or added. */
function mutated(rng: Rng): unknown {
  const base = rng.next() < 0.6 ? giftDeclaration() : interestDeclaration();
  for (let i = 0, n = 1 + rng.int(3); i < n; i += 1) {
    const keys = Object.keys(base);
    const key = rng.pick(keys);
    const op = rng.int(3);
    if (op === 0) delete base[key];
    else if (op === 1) base[key] = junkValue(rng);
    else base[rng.pick(FIELD_NAMES)] = junkValue(rng);
  }
  return base;
}

function rawBody(rng: Rng): string {
  return rng.pick([
    () => '',
    () => '{',
    () => '{"type":',
    () => 'nul',
    () => '[]',
    () => '"just a string"',
    () => '1e999',
    () => '\uFEFF{"type":"interest"}',
    () => '{"a":1,}',
    () => '['.repeat(30_000) + ']'.repeat(30_000),
    () => '{"x":'.repeat(5_000) + '1' + '}'.repeat(5_000),
    () => JSON.stringify(mutated(rng)).slice(0, rng.int(200)),
    () => 'type=gift&kind=gift',
    () => JSON.stringify({ description: 'y'.repeat(80_000) }),
  ])();
}

const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=xyz',
  'application/vnd.api+json',
  'application/xml',
  '',
];

describeBackends('API fuzz', (get) => {
  it('never answers malformed requests with a 5xx', async () => {
    const register = get();
    const staff = await register.addUser('staff');
    const reviewer = await register.addUser('reviewer');
    const existing = await register.call('POST', '/api/declarations', {
      token: staff,
      body: giftDeclaration(),
      headers: { 'idempotency-key': 'fuzz-target' },
    });
    const ref = (existing.body as { ref: string }).ref;
    const seed = Number(process.env.FUZZ_SEED ?? 20261129);
    const rng = seeded(seed);
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    for (let i = 0; i < 400; i += 1) {
      const target = rng.pick(['declare', 'declare', 'declare', 'user', 'decide', 'list'] as const);
      const headers: Record<string, string> = {};
      const contentType = rng.next() < 0.75 ? 'application/json' : rng.pick(CONTENT_TYPES);
      if (contentType) headers['content-type'] = contentType;
      if (rng.next() < 0.85) headers['idempotency-key'] = rng.pick([`fuzz-${i}`, '', ' ', 'k'.repeat(300), 'é-key', 'fuzz-target']);
      const body = rng.next() < 0.7 ? JSON.stringify(rng.next() < 0.5 ? mutated(rng) : junkValue(rng)) : rawBody(rng);
      let method = 'POST';
      let path = '/api/declarations';
      let token = staff;
      if (target === 'user') [path, token] = ['/api/users', register.adminToken];
      if (target === 'decide') {
        path = `/api/declarations/${rng.pick([ref, 'D-UNKNOWN', encodeURIComponent(junkString(rng).slice(0, 100)), ''])}/decision`;
        token = reviewer;
      }
      if (target === 'list') {
        method = 'GET';
        const params = new URLSearchParams();
        for (const key of ['status', 'limit', 'cursor', 'junk']) if (rng.next() < 0.5) params.set(key, junkString(rng).slice(0, 300));
        path = `/api/declarations?${params}`;
      }
      const res = await register.call(method, path, { token, body: method === 'GET' ? undefined : body, headers });
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      if (res.status >= 500) failures.push(`#${i} ${method} ${path} → ${res.status}: ${res.text.slice(0, 200)}`);
      else if (res.status >= 400 && !(res.body as { error?: unknown } | undefined)?.error) {
        failures.push(`#${i} ${method} ${path} → ${res.status} without a JSON error`);
      }
    }
    expect(failures, `seed ${seed}`).toEqual([]);
    expect(statuses.get(400) ?? 0).toBeGreaterThan(100);
  });
});
