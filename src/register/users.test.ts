import { expect, it } from 'vitest';
import { verifyAudit } from './audit';
import { findInconsistencies } from './consistency';
import { describeBackends } from './test-support';
import { bootstrapAdmin, ensureUser, findUserByToken } from './users';

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
