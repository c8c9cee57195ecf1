import { expect, it } from 'vitest';
import { describeBackends, giftDeclaration, interestDeclaration } from '../test-support';

interface Item {
  ref: string;
  status: string;
  declarant: { name: string };
  decision: { decision: string; note: string } | null;
}

describeBackends('declarations', (get) => {
  const post = async (token: string, key: string, body: unknown = giftDeclaration()) =>
    get().call('POST', '/api/declarations', { token, body, headers: { 'idempotency-key': key } });

  it('records a gift as pending and acknowledges it with 201', async () => {
    const token = await get().addUser('staff', 'Sam Staff');
    const res = await post(token, 'gift-1');
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      ref: expect.stringMatching(/^D-[0-9A-Z]{10}$/),
      status: 'pending',
      type: 'gift-hospitality',
      estimatedValue: 120,
      declarant: { name: 'Sam Staff' },
      decision: null,
    });
  });

  it('records an interest', async () => {
    const token = await get().addUser('staff');
    const res = await post(token, 'interest-1', interestDeclaration());
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'pending', type: 'interest', interestType: 'membership', to: null });
  });

  it('lets reviewers and administrators declare too', async () => {
    expect((await post(await get().addUser('reviewer'), 'r-1')).status).toBe(201);
    expect((await post(await get().addUser('admin'), 'a-1')).status).toBe(201);
  });

  it('needs an Idempotency-Key', async () => {
    const token = await get().addUser('staff');
    const res = await get().call('POST', '/api/declarations', { token, body: giftDeclaration() });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ fields: { 'Idempotency-Key': expect.any(String) } });
  });

  it('explains each invalid field', async () => {
    const token = await get().addUser('staff');
    const res = await post(token, 'bad-1', giftDeclaration({ estimatedValue: -5, dateOffered: '2026-02-30', relationship: 'friend' }));
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      error: expect.any(String),
      fields: {
        estimatedValue: 'The value cannot be negative',
        dateOffered: 'Enter a real date',
        relationship: 'Choose the relationship to the office',
      },
    });
    const noType = await post(token, 'bad-2', { description: 'x' });
    expect(noType.status).toBe(400);
    expect(noType.body).toMatchObject({ fields: { type: expect.stringContaining('gift-hospitality') } });
  });

  it('returns the same declaration for the same key, never a second row', async () => {
    const token = await get().addUser('staff');
    const first = await post(token, 'same-key');
    const again = await post(token, 'same-key');
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect((again.body as Item).ref).toBe((first.body as Item).ref);
    const list = await get().call('GET', '/api/declarations', { token });
    expect((list.body as { items: Item[] }).items).toHaveLength(1);
  });

  it('keeps one row under 20 concurrent submits with the same key', async () => {
    const token = await get().addUser('staff');
    const results = await Promise.all(Array.from({ length: 20 }, () => post(token, 'concurrent-key')));
    expect(results.map((r) => r.status)).toEqual(Array(20).fill(201));
    expect(new Set(results.map((r) => (r.body as Item).ref)).size).toBe(1);
    const rows = await get().db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM declarations WHERE idempotency_key = 'concurrent-key'",
    );
    expect(rows[0]?.n).toBe(1);
  });

  it('treats the same key from two users as two declarations', async () => {
    const a = await post(await get().addUser('staff'), 'shared-key');
    const b = await post(await get().addUser('staff'), 'shared-key');
    expect((a.body as Item).ref).not.toBe((b.body as Item).ref);
  });

  it('lists the caller’s own declarations newest first, with pages', async () => {
    const token = await get().addUser('staff');
    const refs: string[] = [];
    for (let i = 0; i < 5; i += 1) refs.push(((await post(token, `page-${i}`)).body as Item).ref);
    await post(await get().addUser('staff'), 'someone-else');
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = cursor ? `?limit=2&cursor=${encodeURIComponent(cursor)}` : '?limit=2';
      const res = await get().call('GET', `/api/declarations${query}`, { token });
      expect(res.status).toBe(200);
      const page = res.body as { items: Item[]; next: string | null };
      seen.push(...page.items.map((item) => item.ref));
      cursor = page.next;
      pages += 1;
    } while (cursor && pages < 10);
    expect(seen).toEqual(refs.reverse());
    expect(pages).toBe(3);
  });

  it('shows reviewers every declaration in the organisation and filters by status', async () => {
    const staff = await get().addUser('staff');
    const ref = ((await post(staff, 'for-reviewer')).body as Item).ref;
    const reviewer = await get().addUser('reviewer');
    const res = await get().call('GET', '/api/declarations?status=pending&limit=1000', { token: reviewer });
    const items = (res.body as { items: Item[] }).items;
    expect(items.map((i) => i.ref)).toContain(ref);
    expect(items.every((i) => i.status === 'pending')).toBe(true);
  });

  it('rejects bad listing parameters with field errors', async () => {
    const token = await get().addUser('staff');
    for (const [query, field] of [
      ['?limit=0', 'limit'],
      ['?limit=abc', 'limit'],
      ['?status=maybe', 'status'],
      ['?cursor=not-a-cursor', 'cursor'],
    ] as const) {
      const res = await get().call('GET', `/api/declarations${query}`, { token });
      expect(res.status, query).toBe(400);
      expect(res.body, query).toMatchObject({ fields: { [field]: expect.any(String) } });
    }
    const big = await get().call('GET', '/api/declarations?limit=5000', { token });
    expect(big.status).toBe(200);
  });

  it('records a reviewer’s decision once', async () => {
    const staff = await get().addUser('staff');
    const ref = ((await post(staff, 'to-decide')).body as Item).ref;
    const reviewer = await get().addUser('reviewer', 'Rita Reviewer');
    const decide = (decision: string) =>
      get().call('POST', `/api/declarations/${ref}/decision`, { token: reviewer, body: { decision, note: 'Fine' } });
    const res = await decide('approved');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ ref, status: 'approved', decision: { decision: 'approved', note: 'Fine', by: { name: 'Rita Reviewer' } } });
    expect((await decide('refused')).status).toBe(409);
    const mine = await get().call('GET', '/api/declarations', { token: staff });
    expect((mine.body as { items: Item[] }).items[0]).toMatchObject({ ref, status: 'approved' });
  });

  it('shows one declaration to its declarant and reviewers, and no one else', async () => {
    const staff = await get().addUser('staff');
    const created = await post(staff, 'one');
    const ref = (created.body as Item).ref;
    expect(created.headers.get('location')).toBe(`/api/declarations/${ref}`);
    expect((await get().call('GET', `/api/declarations/${ref}`, { token: staff })).body).toMatchObject({ ref, status: 'pending' });
    expect((await get().call('GET', `/api/declarations/${ref}`, { token: await get().addUser('reviewer') })).status).toBe(200);
    expect((await get().call('GET', `/api/declarations/${ref}`, { token: await get().addUser('staff') })).status).toBe(404);
    expect((await get().call('GET', '/api/declarations/D-NOSUCHREF0', { token: staff })).status).toBe(404);
  });

  it('does not let a reviewer decide their own declaration', async () => {
    const reviewer = await get().addUser('reviewer');
    const ref = ((await post(reviewer, 'own')).body as Item).ref;
    const res = await get().call('POST', `/api/declarations/${ref}/decision`, { token: reviewer, body: { decision: 'approved' } });
    expect(res.status).toBe(403);
  });

  it('answers an unknown reference with 404 and a bad decision with 400', async () => {
    const reviewer = await get().addUser('reviewer');
    const unknown = await get().call('POST', '/api/declarations/D-NOSUCHREF0/decision', {
      token: reviewer,
      body: { decision: 'approved', note: '' },
    });
    expect(unknown.status).toBe(404);
    const ref = ((await post(await get().addUser('staff'), 'bad-decision')).body as Item).ref;
    const bad = await get().call('POST', `/api/declarations/${ref}/decision`, { token: reviewer, body: { decision: 'maybe', note: 7 } });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ fields: { decision: expect.any(String), note: expect.any(String) } });
  });
});
