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

/** Finds the user a bearer token belongs to, or null. */
export async function findUserByToken(db: Queryable, token: string): Promise<User | null> {
  const [row] = await db.query<UserRow>(
    'SELECT id, org, email, name, role, job_title FROM users WHERE token_hash = $1',
    [hashToken(token)],
  );
  return row ? toUser(row) : null;
}

/** Thrown when a user with that email address already exists in the organisation. */
export class DuplicateEmailError extends Error {}

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
    if (inserted.length === 0) throw new DuplicateEmailError(`A user with the email ${user.email} already exists`);
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
 */
export async function ensureUser(db: Db, org: string, user: NewUser, token: string): Promise<{ id: string; created: boolean }> {
  const existing = await findUserByToken(db, token);
  if (existing && existing.org !== org) {
    throw new Error(`That token already belongs to a user of the organisation "${existing.org}", not "${org}"`);
  }
  if (existing) return { id: existing.id, created: false };
  const [byEmail] = await db.query<{ id: string }>('SELECT id FROM users WHERE org = $1 AND lower(email) = lower($2)', [
    org,
    user.email,
  ]);
  if (byEmail) {
    // The token changed (e.g. REGISTER_ADMIN_TOKEN was rotated): the new one replaces the old.
    await db.transaction(async (tx) => {
      await tx.query('UPDATE users SET token_hash = $1 WHERE id = $2', [hashToken(token), byEmail.id]);
      await appendAudit(tx, { org, actor: 'system', action: 'user.token-replaced', subject: byEmail.id, data: {} });
    });
    return { id: byEmail.id, created: false };
  }
  const created = await createUser(db, org, user, 'system', token);
  return { id: created.id, created: true };
}

/** Creates the organisation's first administrator unless one exists; returns a generated token once. */
export async function bootstrapAdmin(db: Db, org: string, envToken?: string): Promise<{ generatedToken?: string }> {
  const admin: NewUser = { email: `admin@${org}.invalid`, name: 'Register administrator', role: 'admin', jobTitle: '' };
  if (envToken) {
    await ensureUser(db, org, admin, envToken);
    return {};
  }
  const [any] = await db.query('SELECT 1 FROM users WHERE org = $1 AND role = $2 LIMIT 1', [org, 'admin']);
  if (any) return {};
  const { token } = await createUser(db, org, admin, 'system');
  return { generatedToken: token };
}
