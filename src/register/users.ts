import { z } from 'zod';
import { appendAudit } from './audit';
import type { Db, Queryable } from './db';
import { generateToken, generateUserId, hashToken } from './tokens';

/** The roles a register user can have: staff declare, reviewers also decide, admins also add users. */
export const ROLES = ['staff', 'reviewer', 'admin'] as const;
/** One of `ROLES`, with a message a person can act on. */
export const RoleSchema = z.enum(ROLES, { message: 'Choose staff, reviewer or admin' });
/** A register user's role. */
export type Role = z.infer<typeof RoleSchema>;

/** A new user as posted to `POST /api/users`; `jobTitle` is what the public register shows as their role. */
export const NewUserSchema = z.object({
  email: z.string().trim().max(320).email('Enter an email address'),
  name: z.string().trim().min(1, 'Enter a name').max(200),
  role: RoleSchema,
  jobTitle: z.string().trim().max(200).default(''),
});
/** A validated new user. */
export type NewUser = z.infer<typeof NewUserSchema>;

/** A signed-in user, as the routes see them. */
export interface User {
  id: string;
  org: string;
  email: string;
  name: string;
  role: Role;
  jobTitle: string;
}

interface UserRow {
  id: string;
  org: string;
  email: string;
  name: string;
  role: Role;
  job_title: string;
}

const toUser = (row: UserRow): User => ({
  id: row.id,
  org: row.org,
  email: row.email,
  name: row.name,
  role: row.role,
  jobTitle: row.job_title,
});

/** Finds the active user a bearer token belongs to, or null (a revoked user's token is as unknown as any other). */
export async function findUserByToken(db: Queryable, token: string): Promise<User | null> {
  const [row] = await db.query<UserRow>(
    'SELECT id, org, email, name, role, job_title FROM users WHERE token_hash = $1 AND revoked_at IS NULL',
    [hashToken(token)],
  );
  return row ? toUser(row) : null;
}

/** A user as an administrator sees them in `GET /api/users`: never their token or its hash. */
export interface UserSummary {
  id: string;
  email: string;
  name: string;
  role: Role;
  jobTitle: string;
  createdAt: string;
  /** When their access was taken away, or null while they have it. */
  revokedAt: string | null;
}

interface SummaryRow extends Omit<UserRow, 'org'> {
  created_at: Date | string;
  revoked_at: Date | string | null;
}

const SELECT_SUMMARY = 'SELECT id, email, name, role, job_title, created_at, revoked_at FROM users';

const iso = (value: Date | string): string => new Date(value).toISOString();

const toSummary = (row: SummaryRow): UserSummary => ({
  id: row.id,
  email: row.email,
  name: row.name,
  role: row.role,
  jobTitle: row.job_title,
  createdAt: iso(row.created_at),
  revokedAt: row.revoked_at === null ? null : iso(row.revoked_at),
});

/** Lists the organisation's users, revoked ones included, oldest first. */
export async function listUsers(db: Queryable, org: string): Promise<UserSummary[]> {
  const rows = await db.query<SummaryRow>(`${SELECT_SUMMARY} WHERE org = $1 ORDER BY created_at, id`, [org]);
  return rows.map(toSummary);
}

/** Thrown when no user of the organisation has that id (the routes answer 404). */
export class UnknownUserError extends Error {}
/** A change to a user that their current state does not allow (the routes answer 409). */
export class UserConflictError extends Error {}
/** Thrown when the user's access has already been revoked. */
export class RevokedUserError extends UserConflictError {}
/** Thrown when an administrator tries to revoke their own access. */
export class SelfRevocationError extends UserConflictError {}
/** Thrown when revoking would leave the organisation without an active administrator. */
export class LastAdminError extends UserConflictError {}
/** Thrown when reinstating a user who still has access. */
export class ActiveUserError extends UserConflictError {}

const unknownUser = (org: string, userId: string) =>
  new UnknownUserError(`No user of "${org}" has the id ${userId}; list the users to find theirs`);

/** Reads one user of `org` for a change, throwing `UnknownUserError` or, if revoked, `RevokedUserError`. */
async function findActiveUser(tx: Queryable, org: string, userId: string, change: string): Promise<UserSummary> {
  const [row] = await tx.query<SummaryRow>(`${SELECT_SUMMARY} WHERE org = $1 AND id = $2`, [org, userId]);
  if (!row) throw unknownUser(org, userId);
  const user = toSummary(row);
  if (user.revokedAt) {
    const day = user.revokedAt.slice(0, 10);
    throw new RevokedUserError(`The access of ${user.name} <${user.email}> was already revoked on ${day}, so ${change}`);
  }
  return user;
}

/**
 * Takes a user's access away: their token stops working at once. Their declarations stay, as
 * the register's record, and so does the user; the revocation is recorded in the audit log.
 */
export async function revokeUser(db: Db, org: string, userId: string, actor: string): Promise<UserSummary> {
  return db.transaction(async (tx) => {
    const user = await findActiveUser(tx, org, userId, 'there is nothing more to revoke');
    if (userId === actor) throw new SelfRevocationError('You cannot revoke your own access; ask another administrator to do it');
    if (user.role === 'admin') {
      // Checked inside the transaction, which runs alone (see Db.transaction): two administrators
      // revoking each other at once cannot both succeed and leave nobody to administer the register.
      const [other] = await tx.query(
        "SELECT 1 FROM users WHERE org = $1 AND role = 'admin' AND revoked_at IS NULL AND id <> $2 LIMIT 1",
        [org, userId],
      );
      if (!other) {
        throw new LastAdminError(
          `${user.name} <${user.email}> is the last active administrator of "${org}"; add another administrator first`,
        );
      }
    }
    const [row] = await tx.query<SummaryRow>(
      'UPDATE users SET revoked_at = now() WHERE id = $1 RETURNING id, email, name, role, job_title, created_at, revoked_at',
      [userId],
    );
    await appendAudit(tx, { org, actor, action: 'user.revoked', subject: userId, data: {} });
    return toSummary(row as SummaryRow);
  });
}

/**
 * Gives an active user a new token (the old one stops working at once), recording it in the
 * audit log. Returns the token in clear: the only time it is ever available.
 */
export async function replaceToken(db: Db, org: string, userId: string, actor: string): Promise<{ id: string; token: string }> {
  const token = generateToken();
  return db.transaction(async (tx) => {
    await findActiveUser(tx, org, userId, 'they cannot be given a new token');
    await tx.query('UPDATE users SET token_hash = $1 WHERE id = $2', [hashToken(token), userId]);
    await appendAudit(tx, { org, actor, action: 'user.token-replaced', subject: userId, data: {} });
    return { id: userId, token };
  });
}

/**
 * Gives a revoked user access again, for someone who left and came back: in one transaction
 * their revocation is lifted, they get a NEW token (the one they had, which may have leaked,
 * stays dead) and `user.reinstated` is recorded with the administrator as actor. Returns the
 * token in clear: the only time it is ever available. Throws `UnknownUserError`, or
 * `ActiveUserError` for a user who still has access.
 */
export async function reinstateUser(db: Db, org: string, userId: string, actor: string): Promise<{ id: string; token: string }> {
  const token = generateToken();
  return db.transaction(async (tx) => {
    // Read inside the transaction, which runs alone (see Db.transaction): of two reinstatements
    // at once, the second finds the user active and is refused, so only one token is ever issued.
    const [row] = await tx.query<SummaryRow>(`${SELECT_SUMMARY} WHERE org = $1 AND id = $2`, [org, userId]);
    if (!row) throw unknownUser(org, userId);
    const user = toSummary(row);
    if (!user.revokedAt) {
      throw new ActiveUserError(
        `${user.name} <${user.email}> already has access, so there is nothing to reinstate (for a lost token, give them a new one)`,
      );
    }
    await tx.query('UPDATE users SET revoked_at = NULL, token_hash = $1 WHERE id = $2', [hashToken(token), userId]);
    await appendAudit(tx, { org, actor, action: 'user.reinstated', subject: userId, data: {} });
    return { id: userId, token };
  });
}

/**
 * Thrown when a user with that email address already exists in the organisation. When that
 * user's access was revoked, `revoked` names them, and the message says how to reinstate them.
 */
export class DuplicateEmailError extends Error {
  constructor(
    message: string,
    readonly revoked?: UserSummary,
  ) {
    super(message);
  }
}

/** The error for adding `email` to `org` again: a revoked holder of the address is named, with the way back. */
async function duplicateEmail(tx: Queryable, org: string, email: string): Promise<DuplicateEmailError> {
  const [row] = await tx.query<SummaryRow>(`${SELECT_SUMMARY} WHERE org = $1 AND lower(email) = lower($2)`, [org, email]);
  const holder = row ? toSummary(row) : null;
  if (!holder?.revokedAt) return new DuplicateEmailError(`A user with the email ${email} already exists`);
  return new DuplicateEmailError(
    `${holder.name} <${holder.email}> had access until ${holder.revokedAt.slice(0, 10)}; reinstate them with ` +
      `POST /api/users/${holder.id}/reinstate (nolan register user reinstate --email ${holder.email})`,
    holder,
  );
}

/**
 * Creates a user in `org` with a new token (or the one given), recording it in the audit log.
 * Returns the token in clear: the only time it is ever available.
 */
export async function createUser(
  db: Db,
  org: string,
  user: NewUser,
  actor: string,
  token: string = generateToken(),
): Promise<{ id: string; token: string }> {
  const id = generateUserId();
  return db.transaction(async (tx) => {
    const inserted = await tx.query(
      `INSERT INTO users (id, org, email, name, role, job_title, token_hash) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT DO NOTHING RETURNING id`,
      [id, org, user.email, user.name, user.role, user.jobTitle, hashToken(token)],
    );
    if (inserted.length === 0) throw await duplicateEmail(tx, org, user.email);
    await appendAudit(tx, {
      org,
      actor,
      action: 'user.created',
      subject: id,
      data: { email: user.email, name: user.name, role: user.role, jobTitle: user.jobTitle },
    });
    return { id, token };
  });
}

/**
 * Makes sure a user with this email exists in `org` and that `token` signs them in
 * (used for the first administrator and the demo users); idempotent.
 *
 * A revocation stands: `token` never lifts it, since revoking is how a leaked token is stopped
 * and the same token may still be configured (a restart must not undo the revocation; the
 * result then says `isRevoked`). Only with `canReinstate`, which `bootstrapAdmin` passes for a
 * new REGISTER_ADMIN_TOKEN, does a different token reinstate the user, recorded as `user.reinstated`:
 * whoever sets the server's environment is its operator, and that is their documented way back in.
 * Any other revoked user with a different token is refused with `RevokedUserError`.
 */
export async function ensureUser(
  db: Db,
  org: string,
  user: NewUser,
  token: string,
  { canReinstate = false }: { canReinstate?: boolean } = {},
): Promise<{ id: string; created: boolean; isRevoked: boolean }> {
  const [holder] = await db.query<{ id: string; org: string; revoked_at: Date | string | null }>(
    'SELECT id, org, revoked_at FROM users WHERE token_hash = $1',
    [hashToken(token)],
  );
  if (holder && holder.org !== org) {
    throw new Error(`That token already belongs to a user of the organisation "${holder.org}", not "${org}"`);
  }
  if (holder) return { id: holder.id, created: false, isRevoked: holder.revoked_at !== null };
  const replacedId = await db.transaction(async (tx) => {
    const [byEmail] = await tx.query<{ id: string; revoked_at: Date | string | null }>(
      'SELECT id, revoked_at FROM users WHERE org = $1 AND lower(email) = lower($2)',
      [org, user.email],
    );
    if (!byEmail) return null;
    const isRevoked = byEmail.revoked_at !== null;
    if (isRevoked && !canReinstate) {
      throw new RevokedUserError(`The access of ${user.email} was revoked; a new token does not restore it`);
    }
    // The token changed (e.g. REGISTER_ADMIN_TOKEN was rotated): the new one replaces the old.
    await tx.query('UPDATE users SET token_hash = $1, revoked_at = NULL WHERE id = $2', [hashToken(token), byEmail.id]);
    await appendAudit(tx, { org, actor: 'system', action: 'user.token-replaced', subject: byEmail.id, data: {} });
    if (isRevoked) await appendAudit(tx, { org, actor: 'system', action: 'user.reinstated', subject: byEmail.id, data: {} });
    return byEmail.id;
  });
  if (replacedId) return { id: replacedId, created: false, isRevoked: false };
  const created = await createUser(db, org, user, 'system', token);
  return { id: created.id, created: true, isRevoked: false };
}

/**
 * Creates the organisation's first administrator unless one exists; returns a generated token once.
 * With REGISTER_ADMIN_TOKEN still set to the token of that administrator after their access was
 * revoked, it leaves them revoked and says so (`isEnvAdminRevoked`).
 */
export async function bootstrapAdmin(
  db: Db,
  org: string,
  envToken?: string,
): Promise<{ generatedToken?: string; isEnvAdminRevoked?: true }> {
  const admin: NewUser = { email: `admin@${org}.invalid`, name: 'Register administrator', role: 'admin', jobTitle: '' };
  if (envToken) {
    const { isRevoked } = await ensureUser(db, org, admin, envToken, { canReinstate: true });
    return isRevoked ? { isEnvAdminRevoked: true } : {};
  }
  const [any] = await db.query('SELECT 1 FROM users WHERE org = $1 AND role = $2 LIMIT 1', [org, 'admin']);
  if (any) return {};
  const { token } = await createUser(db, org, admin, 'system');
  return { generatedToken: token };
}
