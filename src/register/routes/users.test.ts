import { expect, it } from 'vitest';
import { describeBackends } from '../test-support';

describeBackends('users', (get) => {
  it('lets an administrator add a user whose token then works', async () => {
    const { adminToken, call } = get();
    const res = await call('POST', '/api/users', {
      token: adminToken,
      body: { email: 'new.reviewer@example.org', name: 'New Reviewer', role: 'reviewer', jobTitle: 'Head of Governance' },
    });
    expect(res.status).toBe(201);
    const { id, token } = res.body as { id: string; token: string };
    expect(id).toMatch(/[0-9a-f-]{36}/);
    expect(token).toMatch(/^nolan_[A-Za-z0-9_-]{43}$/);
    expect((await call('GET', '/api/declarations?status=pending', { token })).status).toBe(200);
  });

  it('stores only a hash of each token', async () => {
    const { adminToken, call, db } = get();
    const res = await call('POST', '/api/users', {
      token: adminToken,
      body: { email: 'hashed@example.org', name: 'Hashed', role: 'staff' },
    });
    const { token } = res.body as { token: string };
    const rows = await db.query<{ token_hash: string }>('SELECT token_hash FROM users');
    expect(rows.some((row) => row.token_hash === token)).toBe(false);
    expect(rows.every((row) => /^[0-9a-f]{64}$/.test(row.token_hash))).toBe(true);
  });

  it('refuses a second user with the same email (any case) with 409', async () => {
    const { adminToken, call } = get();
    const body = { email: 'twice@example.org', name: 'Twice', role: 'staff' };
    expect((await call('POST', '/api/users', { token: adminToken, body })).status).toBe(201);
    const again = await call('POST', '/api/users', { token: adminToken, body: { ...body, email: 'TWICE@example.org' } });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ fields: { email: expect.any(String) } });
  });

  it('explains invalid users field by field', async () => {
    const { adminToken, call } = get();
    const res = await call('POST', '/api/users', { token: adminToken, body: { email: 'not-an-email', name: '', role: 'boss' } });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      fields: { email: 'Enter an email address', name: 'Enter a name', role: 'Choose staff, reviewer or admin' },
    });
  });
});
