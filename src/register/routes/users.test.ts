import { expect, it } from 'vitest';
import { verifyAudit } from '../audit';
import { findInconsistencies } from '../consistency';
import { describeBackends, giftDeclaration } from '../test-support';
import { bootstrapAdmin, createUser, findUserByToken, LastAdminError, revokeUser } from '../users';

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

describeBackends('taking access away', (get) => {
  /** Adds a user through the API, as an administrator would, and returns their id and token. */
  async function addUser(role: string, email: string, name = 'Alex Example') {
    const { adminToken, call } = get();
    const res = await call('POST', '/api/users', { token: adminToken, body: { email, name, role, jobTitle: 'Policy Officer' } });
    expect(res.status).toBe(201);
    return res.body as { id: string; token: string };
  }

  const adminId = async () => (await findUserByToken(get().db, get().adminToken))?.id ?? '';

  it('lists every user for an administrator, never a token or its hash', async () => {
    const { adminToken, call, db } = get();
    const { id, token } = await addUser('staff', 'listed@example.org', 'Listed Person');
    const res = await call('GET', '/api/users', { token: adminToken });
    expect(res.status).toBe(200);
    const { items } = res.body as { items: Record<string, unknown>[] };
    expect(items.find((user) => user.id === id)).toEqual({
      id,
      email: 'listed@example.org',
      name: 'Listed Person',
      role: 'staff',
      jobTitle: 'Policy Officer',
      createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      revokedAt: null,
    });
    const hashes = await db.query<{ token_hash: string }>('SELECT token_hash FROM users');
    expect(hashes.length).toBeGreaterThan(1);
    for (const { token_hash } of hashes) expect(res.text).not.toContain(token_hash);
    expect(res.text).not.toContain(token);
    expect(res.text).not.toMatch(/token/i);
  });

  it('revokes a user: their token gets the same 401 as an unknown one, at once', async () => {
    const { adminToken, call } = get();
    const { id, token } = await addUser('reviewer', 'leaver@example.org');
    expect((await call('GET', '/api/declarations', { token })).status).toBe(200);
    const res = await call('POST', `/api/users/${id}/revoke`, { token: adminToken });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id, email: 'leaver@example.org', revokedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) });
    const revoked = await call('GET', '/api/declarations', { token });
    const unknown = await call('GET', '/api/declarations', { token: 'nolan_not-a-real-token' });
    expect(revoked.status).toBe(401);
    expect(revoked.body).toEqual(unknown.body);
    expect(revoked.headers.get('www-authenticate')).toBe(unknown.headers.get('www-authenticate'));
    const listed = (await call('GET', '/api/users', { token: adminToken })).body as { items: { id: string; revokedAt: string | null }[] };
    expect(listed.items.find((user) => user.id === id)?.revokedAt).toEqual(expect.any(String));
  });

  it('keeps a revoked user’s declarations for reviewers and in the public register', async () => {
    const { call, addUser: addTestUser, adminToken } = get();
    const staff = await addUser('staff', 'declarant@example.org', 'Dee Clarant');
    const reviewer = await addTestUser('reviewer');
    const declare = async (key: string, description: string) => {
      const res = await call('POST', '/api/declarations', {
        token: staff.token,
        body: giftDeclaration({ description }),
        headers: { 'idempotency-key': key },
      });
      return (res.body as { ref: string }).ref;
    };
    const approved = await declare('leaver-1', 'Bottle of wine');
    const pending = await declare('leaver-2', 'Lunch at the supplier day');
    await call('POST', `/api/declarations/${approved}/decision`, { token: reviewer, body: { decision: 'approved' } });
    expect((await call('POST', `/api/users/${staff.id}/revoke`, { token: adminToken })).status).toBe(200);

    const listed = await call('GET', '/api/declarations', { token: reviewer });
    const items = (listed.body as { items: { ref: string; declarant: { name: string } }[] }).items;
    expect(items.filter((item) => [approved, pending].includes(item.ref)).map((item) => item.declarant.name)).toEqual([
      'Dee Clarant',
      'Dee Clarant',
    ]);
    expect((await call('GET', `/api/declarations/${pending}`, { token: reviewer })).status).toBe(200);
    const register = (await call('GET', '/register.json')).body as { entries: { ref: string; recipientName: string }[] };
    expect(register.entries.find((entry) => entry.ref === approved)).toMatchObject({ recipientName: 'Dee Clarant' });
  });

  it('refuses to revoke a user twice with 409', async () => {
    const { adminToken, call } = get();
    const { id } = await addUser('staff', 'twice.revoked@example.org');
    expect((await call('POST', `/api/users/${id}/revoke`, { token: adminToken })).status).toBe(200);
    const again = await call('POST', `/api/users/${id}/revoke`, { token: adminToken });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ error: expect.stringMatching(/already revoked on \d{4}-\d{2}-\d{2}/) });
  });

  it('refuses an administrator revoking their own access with 409', async () => {
    const { adminToken, call } = get();
    const res = await call('POST', `/api/users/${await adminId()}/revoke`, { token: adminToken });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ error: expect.stringMatching(/cannot revoke your own access/) });
    expect((await call('GET', '/api/users', { token: adminToken })).status).toBe(200);
  });

  it('lets one administrator revoke another, but never the last active one', async () => {
    const { adminToken, call, db, org } = get();
    const other = await addUser('admin', 'second.admin@example.org');
    expect((await call('POST', `/api/users/${other.id}/revoke`, { token: adminToken })).status).toBe(200);
    await expect(revokeUser(db, org, await adminId(), 'system')).rejects.toThrow(LastAdminError);
    await expect(revokeUser(db, org, await adminId(), 'system')).rejects.toThrow(/last active administrator/);
    expect((await call('GET', '/api/users', { token: adminToken })).status).toBe(200);
  });

  it('answers 404 for an unknown id or a user of another organisation', async () => {
    const { adminToken, call, db } = get();
    const { generatedToken } = await bootstrapAdmin(db, 'elsewhere');
    const stranger = (await findUserByToken(db, generatedToken ?? ''))?.id ?? '';
    for (const id of ['no-such-user', stranger]) {
      for (const action of ['revoke', 'token']) {
        const res = await call('POST', `/api/users/${id}/${action}`, { token: adminToken });
        expect(res.status, `${action} ${id}`).toBe(404);
        expect(res.body).toMatchObject({ error: expect.stringContaining('No user of "test-org" has the id') });
      }
    }
    expect(await findUserByToken(db, generatedToken ?? '')).toMatchObject({ org: 'elsewhere' });
  });

  it('lets only administrators list users, revoke them and replace tokens', async () => {
    const { call, addUser: addTestUser } = get();
    const { id, token } = await addUser('staff', 'target@example.org');
    for (const role of ['staff', 'reviewer'] as const) {
      const caller = await addTestUser(role);
      expect((await call('GET', '/api/users', { token: caller })).status).toBe(403);
      expect((await call('POST', `/api/users/${id}/revoke`, { token: caller })).status).toBe(403);
      expect((await call('POST', `/api/users/${id}/token`, { token: caller })).status).toBe(403);
    }
    expect((await call('POST', `/api/users/${id}/revoke`, { token })).status).toBe(403);
    expect((await call('GET', '/api/declarations', { token })).status).toBe(200);
  });

  it('replaces a token: the old one gets 401 at once, the new one works', async () => {
    const { adminToken, call } = get();
    const { id, token: old } = await addUser('staff', 'lost.token@example.org');
    const res = await call('POST', `/api/users/${id}/token`, { token: adminToken });
    expect(res.status).toBe(201);
    const { token } = res.body as { id: string; token: string };
    expect(res.body).toEqual({ id, token: expect.stringMatching(/^nolan_[A-Za-z0-9_-]{43}$/) });
    expect((await call('GET', '/api/declarations', { token: old })).status).toBe(401);
    expect((await call('GET', '/api/declarations', { token })).status).toBe(200);
  });

  it('refuses a new token for a revoked user with 409', async () => {
    const { adminToken, call } = get();
    const { id, token } = await addUser('staff', 'gone@example.org');
    await call('POST', `/api/users/${id}/revoke`, { token: adminToken });
    const res = await call('POST', `/api/users/${id}/token`, { token: adminToken });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ error: expect.stringContaining('cannot be given a new token') });
    expect((await call('GET', '/api/declarations', { token })).status).toBe(401);
  });

  it('records each revocation and token replacement in an audit log that still verifies', async () => {
    const { db } = get();
    const admin = await adminId();
    const entries = (await db.query<{ entry: string }>('SELECT entry FROM audit_log ORDER BY seq')).map(
      (row) => JSON.parse(row.entry) as { action: string; actor: string; subject: string },
    );
    const revocations = entries.filter((entry) => entry.action === 'user.revoked');
    const replacements = entries.filter((entry) => entry.action === 'user.token-replaced');
    // One for each successful revocation above; a refused one records nothing.
    expect(revocations).toHaveLength(5);
    expect(replacements).toHaveLength(1);
    for (const entry of [...revocations, ...replacements]) expect(entry.actor).toBe(admin);
    expect(await verifyAudit(db)).toMatchObject({ ok: true });
    expect(await findInconsistencies(db)).toEqual([]);
  });
});

describeBackends('giving access back', (get) => {
  /** Adds a user through the API and revokes them, as an administrator would; returns their id and old token. */
  async function addRevokedUser(email: string, name = 'Alex Example', role = 'staff') {
    const { adminToken, call } = get();
    const added = await call('POST', '/api/users', { token: adminToken, body: { email, name, role, jobTitle: 'Policy Officer' } });
    expect(added.status).toBe(201);
    const { id, token } = added.body as { id: string; token: string };
    expect((await call('POST', `/api/users/${id}/revoke`, { token: adminToken })).status).toBe(200);
    expect((await call('GET', '/api/declarations', { token })).status).toBe(401);
    return { id, token };
  }

  const adminId = async () => (await findUserByToken(get().db, get().adminToken))?.id ?? '';

  it('reinstates a revoked user with a new token, shown once; the old token stays dead', async () => {
    const { adminToken, call } = get();
    const { id, token: old } = await addRevokedUser('returner@example.org');
    const res = await call('POST', `/api/users/${id}/reinstate`, { token: adminToken });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ id, token: expect.stringMatching(/^nolan_[A-Za-z0-9_-]{43}$/) });
    const { token } = res.body as { token: string };
    expect(token).not.toBe(old);
    expect((await call('GET', '/api/declarations', { token: old })).status).toBe(401);
    expect((await call('GET', '/api/declarations', { token })).status).toBe(200);
    const declared = await call('POST', '/api/declarations', {
      token,
      body: giftDeclaration({ description: 'Welcome-back flowers' }),
      headers: { 'idempotency-key': 'returner-1' },
    });
    expect(declared.status).toBe(201);
    const listed = (await call('GET', '/api/users', { token: adminToken })).body as { items: { id: string; revokedAt: string | null }[] };
    expect(listed.items.find((user) => user.id === id)?.revokedAt).toBeNull();
    expect(res.text).not.toMatch(/[0-9a-f]{64}/);
  });

  it('refuses to reinstate a user who has access with 409, and changes nothing', async () => {
    const { adminToken, call } = get();
    const added = await call('POST', '/api/users', {
      token: adminToken,
      body: { email: 'still.here@example.org', name: 'Still Here', role: 'staff' },
    });
    const { id, token } = added.body as { id: string; token: string };
    const res = await call('POST', `/api/users/${id}/reinstate`, { token: adminToken });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ error: 'Still Here <still.here@example.org> already has access, so there is nothing to reinstate (for a lost token, give them a new one)' });
    expect((await call('GET', '/api/declarations', { token })).status).toBe(200);
    const admin = await call('POST', `/api/users/${await adminId()}/reinstate`, { token: adminToken });
    expect(admin.status).toBe(409);
    expect((await call('GET', '/api/users', { token: adminToken })).status).toBe(200);
  });

  it('refuses a second reinstatement with 409: the token it handed out keeps working', async () => {
    const { adminToken, call } = get();
    const { id } = await addRevokedUser('once.back@example.org');
    const first = await call('POST', `/api/users/${id}/reinstate`, { token: adminToken });
    expect(first.status).toBe(200);
    const again = await call('POST', `/api/users/${id}/reinstate`, { token: adminToken });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ error: expect.stringContaining('already has access') });
    expect((await call('GET', '/api/declarations', { token: (first.body as { token: string }).token })).status).toBe(200);
  });

  it('answers 404 for an unknown id or a revoked user of another organisation', async () => {
    const { adminToken, call, db } = get();
    const { generatedToken } = await bootstrapAdmin(db, 'elsewhere-again');
    const otherAdmin = (await findUserByToken(db, generatedToken ?? ''))?.id ?? '';
    const { id: stranger } = await createUser(
      db,
      'elsewhere-again',
      { email: 'stranger@example.org', name: 'Stranger', role: 'staff', jobTitle: '' },
      otherAdmin,
    );
    await revokeUser(db, 'elsewhere-again', stranger, otherAdmin);
    for (const id of ['no-such-user', stranger]) {
      const res = await call('POST', `/api/users/${id}/reinstate`, { token: adminToken });
      expect(res.status, id).toBe(404);
      expect(res.body).toMatchObject({ error: `No user of "test-org" has the id ${id}; list the users to find theirs` });
    }
    const [row] = await db.query<{ revoked_at: unknown }>('SELECT revoked_at FROM users WHERE id = $1', [stranger]);
    expect(row?.revoked_at).not.toBeNull();
  });

  it('lets only administrators reinstate (403 for staff and reviewers, 401 for the revoked user’s own token)', async () => {
    const { adminToken, call, addUser: addTestUser } = get();
    const { id, token: old } = await addRevokedUser('not.by.them@example.org');
    for (const role of ['staff', 'reviewer'] as const) {
      const res = await call('POST', `/api/users/${id}/reinstate`, { token: await addTestUser(role) });
      expect(res.status, role).toBe(403);
    }
    expect((await call('POST', `/api/users/${id}/reinstate`, { token: old })).status).toBe(401);
    expect((await call('POST', `/api/users/${id}/reinstate`)).status).toBe(401);
    const listed = (await call('GET', '/api/users', { token: adminToken })).body as { items: { id: string; revokedAt: string | null }[] };
    expect(listed.items.find((user) => user.id === id)?.revokedAt).toEqual(expect.any(String));
  });

  it('tells an administrator adding a revoked user again to reinstate them, and a plain duplicate that it exists', async () => {
    const { adminToken, call } = get();
    const { id } = await addRevokedUser('alex@example.org', 'Alex Example');
    const res = await call('POST', '/api/users', {
      token: adminToken,
      body: { email: 'ALEX@example.org', name: 'Alex Example', role: 'staff' },
    });
    expect(res.status).toBe(409);
    const { error, fields } = res.body as { error: string; fields: { email: string } };
    expect(error).toMatch(
      new RegExp(
        `^Alex Example <alex@example\\.org> had access until \\d{4}-\\d{2}-\\d{2}; ` +
          `reinstate them with POST /api/users/${id}/reinstate \\(nolan register user reinstate --email alex@example\\.org\\)$`,
      ),
    );
    const listed = (await call('GET', '/api/users', { token: adminToken })).body as { items: { id: string; revokedAt: string }[] };
    expect(error).toContain(`until ${listed.items.find((user) => user.id === id)?.revokedAt.slice(0, 10)};`);
    expect(fields.email).toMatch(/access was revoked: reinstate them instead/);

    // Once reinstated they are an ordinary duplicate again, and so is anyone who never left.
    expect((await call('POST', `/api/users/${id}/reinstate`, { token: adminToken })).status).toBe(200);
    const again = await call('POST', '/api/users', { token: adminToken, body: { email: 'alex@example.org', name: 'Alex', role: 'staff' } });
    expect(again.status).toBe(409);
    expect(again.body).toEqual({
      error: 'A user with the email alex@example.org already exists',
      fields: { email: 'A user with this email address already exists' },
    });
  });

  it('can revoke and reinstate the same person again, each time with a fresh token', async () => {
    const { adminToken, call } = get();
    const { id, token: first } = await addRevokedUser('seasonal@example.org', 'Sam Seasonal', 'reviewer');
    const second = (await call('POST', `/api/users/${id}/reinstate`, { token: adminToken })).body as { token: string };
    expect((await call('POST', `/api/users/${id}/revoke`, { token: adminToken })).status).toBe(200);
    expect((await call('GET', '/api/declarations', { token: second.token })).status).toBe(401);
    const third = await call('POST', `/api/users/${id}/reinstate`, { token: adminToken });
    expect(third.status).toBe(200);
    const { token } = third.body as { token: string };
    expect(new Set([first, second.token, token]).size).toBe(3);
    for (const dead of [first, second.token]) expect((await call('GET', '/api/declarations', { token: dead })).status).toBe(401);
    expect((await call('GET', '/api/declarations?status=pending', { token })).status).toBe(200);
  });

  it('records each reinstatement by the administrator, and verify finds nothing wrong', async () => {
    const { db } = get();
    const admin = await adminId();
    const entries = (await db.query<{ entry: string }>('SELECT entry FROM audit_log ORDER BY seq')).map(
      (row) => JSON.parse(row.entry) as { action: string; actor: string; subject: string },
    );
    const reinstatements = entries.filter((entry) => entry.action === 'user.reinstated');
    // One for each successful reinstatement above; a refused one records nothing.
    expect(reinstatements).toHaveLength(5);
    for (const entry of reinstatements) expect(entry.actor).toBe(admin);
    const seasonal = await db.query<{ id: string }>("SELECT id FROM users WHERE email = 'seasonal@example.org'");
    const seasonalActions = entries.filter((entry) => entry.subject === seasonal[0]?.id).map((entry) => entry.action);
    expect(seasonalActions).toEqual(['user.created', 'user.revoked', 'user.reinstated', 'user.revoked', 'user.reinstated']);
    expect(await verifyAudit(db)).toMatchObject({ ok: true });
    expect(await findInconsistencies(db)).toEqual([]);
  });

  it('is declared in the OpenAPI document with its answers', async () => {
    const res = await get().call('GET', '/openapi.json');
    const paths = (res.body as { paths: Record<string, { post?: { security?: unknown[]; responses: Record<string, unknown> } }> }).paths;
    const reinstate = paths['/api/users/{id}/reinstate']?.post;
    expect(reinstate?.security).toEqual(expect.arrayContaining([expect.any(Object)]));
    expect(Object.keys(reinstate?.responses ?? {})).toEqual(expect.arrayContaining(['200', '401', '403', '404', '409']));
  });
});
