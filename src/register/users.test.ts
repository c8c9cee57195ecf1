import { expect, it } from 'vitest';
import { verifyAudit } from './audit';
import { findInconsistencies } from './consistency';
import { describeBackends } from './test-support';
import {
  ActiveUserError,
  bootstrapAdmin,
  createUser,
  ensureUser,
  findUserByToken,
  LastAdminError,
  reinstateUser,
  RevokedUserError,
  revokeUser,
  UnknownUserError,
  UserConflictError,
} from './users';

describeBackends('first administrator', (get) => {
  it('is generated once for a new organisation, and never again', async () => {
    const { db } = get();
    const first = await bootstrapAdmin(db, 'fresh-org');
    expect(first.generatedToken).toMatch(/^nolan_/);
    expect(await findUserByToken(db, first.generatedToken as string)).toMatchObject({ role: 'admin', org: 'fresh-org' });
    expect(await bootstrapAdmin(db, 'fresh-org')).toEqual({});
  });

  it('takes REGISTER_ADMIN_TOKEN, and a new one replaces the old', async () => {
    const { db } = get();
    await bootstrapAdmin(db, 'env-org', 'first-env-token-0123456789');
    await bootstrapAdmin(db, 'env-org', 'first-env-token-0123456789');
    await bootstrapAdmin(db, 'env-org', 'second-env-token-0123456789');
    expect(await findUserByToken(db, 'first-env-token-0123456789')).toBeNull();
    expect(await findUserByToken(db, 'second-env-token-0123456789')).toMatchObject({ role: 'admin', org: 'env-org' });
    const admins = await db.query("SELECT 1 FROM users WHERE org = 'env-org'");
    expect(admins).toHaveLength(1);
    expect(await verifyAudit(db)).toMatchObject({ ok: true });
    expect(await findInconsistencies(db)).toEqual([]);
  });

  it('refuses a token that belongs to another organisation', async () => {
    const { db } = get();
    await expect(
      ensureUser(db, 'other-org', { email: 'x@example.org', name: 'X', role: 'admin', jobTitle: '' }, 'second-env-token-0123456789'),
    ).rejects.toThrow(/already belongs to a user of the organisation "env-org"/);
  });
});

describeBackends('revoked users and the first administrator', (get) => {
  const ORG = 'revoking-org';
  const FIRST = 'first-admin-token-0123456789';
  let firstId = '';
  let secondToken = '';

  it('never revokes the last active administrator', async () => {
    const { db } = get();
    await bootstrapAdmin(db, ORG, FIRST);
    firstId = (await findUserByToken(db, FIRST))?.id ?? '';
    await expect(revokeUser(db, ORG, firstId, 'system')).rejects.toThrow(LastAdminError);
    const second = await createUser(db, ORG, { email: 'second@example.org', name: 'Second Admin', role: 'admin', jobTitle: '' }, 'system');
    secondToken = second.token;
    await revokeUser(db, ORG, firstId, second.id);
    await expect(revokeUser(db, ORG, second.id, 'system')).rejects.toThrow(/last active administrator/);
    expect(await findUserByToken(db, secondToken)).toMatchObject({ role: 'admin' });
  });

  it('keeps the first administrator revoked while REGISTER_ADMIN_TOKEN is unchanged', async () => {
    const { db } = get();
    expect(await bootstrapAdmin(db, ORG, FIRST)).toEqual({ isEnvAdminRevoked: true });
    expect(await findUserByToken(db, FIRST)).toBeNull();
  });

  it('reinstates the first administrator with a new REGISTER_ADMIN_TOKEN, in the audit log', async () => {
    const { db } = get();
    expect(await bootstrapAdmin(db, ORG, 'new-first-admin-token-0123456789')).toEqual({});
    expect(await findUserByToken(db, 'new-first-admin-token-0123456789')).toMatchObject({ id: firstId, role: 'admin' });
    expect(await findUserByToken(db, FIRST)).toBeNull();
    const [last] = await db.query<{ entry: string }>('SELECT entry FROM audit_log ORDER BY seq DESC LIMIT 1');
    expect(JSON.parse(last?.entry ?? '{}')).toMatchObject({ action: 'user.reinstated', actor: 'system', subject: firstId });
    expect(await verifyAudit(db)).toMatchObject({ ok: true });
    expect(await findInconsistencies(db)).toEqual([]);
  });

  it('never reinstates any other revoked user (the demo users) through ensureUser', async () => {
    const { db } = get();
    const user = { email: 'demo.staff@example.org', name: 'Demo Staff', role: 'staff', jobTitle: '' } as const;
    const { id } = await ensureUser(db, ORG, user, 'demo-token-0123456789');
    const secondId = (await findUserByToken(db, secondToken))?.id ?? '';
    await revokeUser(db, ORG, id, secondId);
    expect(await ensureUser(db, ORG, user, 'demo-token-0123456789')).toEqual({ id, created: false, isRevoked: true });
    await expect(ensureUser(db, ORG, user, 'other-demo-token-0123456789')).rejects.toThrow(RevokedUserError);
    expect(await findUserByToken(db, 'demo-token-0123456789')).toBeNull();
    expect(await findUserByToken(db, 'other-demo-token-0123456789')).toBeNull();
  });
});

describeBackends('reinstating a user', (get) => {
  const ORG = 'returning-org';
  const returner = { email: 'returner@example.org', name: 'Rita Returner', role: 'staff', jobTitle: 'Clerk' } as const;
  let id = '';
  let oldToken = '';

  it('is refused for an unknown user, a user of another organisation and a user who has access', async () => {
    const { db, org, adminToken } = get();
    const admin = (await findUserByToken(db, adminToken))?.id ?? '';
    ({ id, token: oldToken } = await createUser(db, ORG, returner, 'system'));
    await expect(reinstateUser(db, org, 'no-such-user', admin)).rejects.toThrow(UnknownUserError);
    await expect(reinstateUser(db, org, id, admin)).rejects.toThrow(UnknownUserError);
    await expect(reinstateUser(db, ORG, id, 'system')).rejects.toThrow(ActiveUserError);
    await expect(reinstateUser(db, ORG, id, 'system')).rejects.toThrow(UserConflictError);
    await expect(reinstateUser(db, ORG, id, 'system')).rejects.toThrow('Rita Returner <returner@example.org> already has access');
    expect(await findUserByToken(db, oldToken)).toMatchObject({ id });
  });

  it('lifts a revocation with a new token, once: of two reinstatements at once, one is refused', async () => {
    const { db } = get();
    await revokeUser(db, ORG, id, 'system');
    const results = await Promise.allSettled([reinstateUser(db, ORG, id, 'system'), reinstateUser(db, ORG, id, 'system')]);
    const fulfilled = results.filter((result) => result.status === 'fulfilled');
    const rejected = results.filter((result) => result.status === 'rejected');
    expect(fulfilled).toHaveLength(1);
    expect(rejected.map((result) => result.reason)).toEqual([expect.any(ActiveUserError)]);
    const { token } = fulfilled[0]?.value ?? { token: '' };
    expect(token).not.toBe(oldToken);
    expect(await findUserByToken(db, token)).toMatchObject({ id, email: returner.email, role: 'staff' });
    expect(await findUserByToken(db, oldToken)).toBeNull();
    const entries = await db.query<{ entry: string }>('SELECT entry FROM audit_log ORDER BY seq');
    const actions = entries
      .map((row) => JSON.parse(row.entry) as { action: string; subject: string })
      .filter((entry) => entry.subject === id)
      .map((entry) => entry.action);
    expect(actions).toEqual(['user.created', 'user.revoked', 'user.reinstated']);
    expect(await verifyAudit(db)).toMatchObject({ ok: true });
    expect(await findInconsistencies(db)).toEqual([]);
  });
});
