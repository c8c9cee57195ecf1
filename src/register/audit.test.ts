import { expect, it } from 'vitest';
import { canonicalJson } from './canonical-json';
import { verifyAudit } from './audit';
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
