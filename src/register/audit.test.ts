import { expect, it } from 'vitest';
import { canonicalJson } from './canonical-json';
import { verifyAudit } from './audit';
import { findInconsistencies } from './consistency';
import { describeBackends, giftDeclaration } from './test-support';

it('writes canonical JSON with sorted keys', () => {
  expect(canonicalJson({ b: 1, a: { d: [1, { f: null, e: 'x' }], c: true } })).toBe('{"a":{"c":true,"d":[1,{"e":"x","f":null}]},"b":1}');
});

describeBackends('audit log', (get) => {
  it('records every change in an unbroken hash chain', async () => {
    const { call, addUser, db } = get();
    const staff = await addUser('staff');
    const reviewer = await addUser('reviewer');
    const created = await call('POST', '/api/declarations', { token: staff, body: giftDeclaration(), headers: { 'idempotency-key': 'audit-1' } });
    await call('POST', '/api/declarations', { token: staff, body: giftDeclaration(), headers: { 'idempotency-key': 'audit-1' } });
    const ref = (created.body as { ref: string }).ref;
    await call('POST', `/api/declarations/${ref}/decision`, { token: reviewer, body: { decision: 'approved', note: 'ok' } });
    const actions = (await db.query<{ entry: string }>('SELECT entry FROM audit_log ORDER BY seq')).map(
      (row) => (JSON.parse(row.entry) as { action: string }).action,
    );
    // admin, staff, reviewer, one declaration (the replay adds nothing), one decision
    expect(actions).toEqual(['user.created', 'user.created', 'user.created', 'declaration.created', 'declaration.decided']);
    expect(await verifyAudit(db)).toMatchObject({ ok: true, count: 5, head: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it('refuses updates and deletes in the database itself', async () => {
    const { db } = get();
    await expect(db.query("UPDATE audit_log SET entry = '{}' WHERE seq = 1")).rejects.toThrow(/append-only/);
    await expect(db.query('DELETE FROM audit_log WHERE seq = 1')).rejects.toThrow(/append-only/);
  });

  it('detects an edited entry, naming it', async () => {
    const { db } = get();
    await db.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change');
    const [row] = await db.query<{ entry: string }>('SELECT entry FROM audit_log WHERE seq = 4');
    await db.query('UPDATE audit_log SET entry = $1 WHERE seq = 4', [row?.entry.replace('Two tickets', 'One ticket')]);
    expect(await verifyAudit(db)).toMatchObject({ ok: false, seq: 4, reason: expect.stringContaining('hash') });
    await db.query('UPDATE audit_log SET entry = $1 WHERE seq = 4', [row?.entry]);
    expect(await verifyAudit(db)).toMatchObject({ ok: true });
  });

  it('detects a deleted entry', async () => {
    const { db } = get();
    await db.query('DELETE FROM audit_log WHERE seq = 2');
    expect(await verifyAudit(db)).toMatchObject({ ok: false, seq: 2, reason: 'entry 2 is missing' });
    await db.query('ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_change');
  });
});

describeBackends('audit log against the data', (get) => {
  let ref = '';

  it('finds nothing wrong after ordinary use', async () => {
    const { call, addUser, db } = get();
    const staff = await addUser('staff');
    const reviewer = await addUser('reviewer');
    const created = await call('POST', '/api/declarations', { token: staff, body: giftDeclaration(), headers: { 'idempotency-key': 'c-1' } });
    ref = (created.body as { ref: string }).ref;
    await call('POST', '/api/declarations', { token: staff, body: giftDeclaration(), headers: { 'idempotency-key': 'c-2' } });
    await call('POST', `/api/declarations/${ref}/decision`, { token: reviewer, body: { decision: 'refused', note: 'No' } });
    expect(await findInconsistencies(db)).toEqual([]);
  });

  it('finds a role raised, a decision altered and a declaration slipped in behind its back', async () => {
    const { db } = get();
    await db.query("UPDATE users SET role = 'admin' WHERE role = 'staff'");
    await db.query("UPDATE declarations SET status = 'approved' WHERE ref = $1", [ref]);
    await db.query(
      `INSERT INTO declarations (ref, org, user_id, idempotency_key, type, body)
       SELECT 'D-SNEAKED000', org, user_id, 'sneaked', type, body FROM declarations WHERE ref = $1`,
      [ref],
    );
    const problems = await findInconsistencies(db);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ table: 'users', problem: expect.stringContaining('differs') }),
        expect.objectContaining({ table: 'declarations', id: ref, problem: expect.stringContaining('decision differs') }),
        expect.objectContaining({ table: 'declarations', id: 'D-SNEAKED000', problem: 'no audit entry created this declaration' }),
      ]),
    );
  });

  it('finds access restored, or taken away, behind its back', async () => {
    const { call, addUser, adminToken, db } = get();
    const revoked = await call('POST', '/api/users', {
      token: adminToken,
      body: { email: 'restored@example.org', name: 'Restored', role: 'staff' },
    });
    const { id } = revoked.body as { id: string };
    await call('POST', `/api/users/${id}/revoke`, { token: adminToken });
    await addUser('staff', 'Quietly Revoked');
    await db.query('UPDATE users SET revoked_at = NULL WHERE id = $1', [id]);
    await db.query("UPDATE users SET revoked_at = now() WHERE name = 'Quietly Revoked'");
    expect(await findInconsistencies(db)).toEqual(
      expect.arrayContaining([
        { table: 'users', id, problem: expect.stringMatching(/^has access again, though audit entry \d+ revoked it$/) },
        expect.objectContaining({ table: 'users', problem: 'was revoked without an audit entry' }),
      ]),
    );
  });

  it('checks that the chain still passes through an anchor hash noted earlier', async () => {
    const { db } = get();
    const verdict = await verifyAudit(db);
    if (!verdict.ok) throw new Error('chain should be intact');
    expect(await verifyAudit(db, verdict.head)).toMatchObject({ ok: true });
    expect(await verifyAudit(db, 'f'.repeat(64))).toMatchObject({ ok: false, reason: expect.stringContaining('rewritten') });
  });
});
