import type { Declaration, DeclarationStatus } from '../declarations/schema';
import { appendAudit } from './audit';
import type { Db, Queryable } from './db';
import { generateRef } from './tokens';
import type { User } from './users';

/** A reviewer's decision on a declaration. */
export interface Decision {
  decision: 'approved' | 'refused';
  note: string;
  by: { id: string; name: string };
  at: string;
}

/** A declaration as the API returns it: the body as declared, plus what the register adds. */
export type DeclarationRecord = Declaration & {
  ref: string;
  status: DeclarationStatus;
  createdAt: string;
  declarant: { id: string; name: string; email: string; jobTitle: string };
  decision: Decision | null;
};

interface RecordRow {
  id: number;
  ref: string;
  status: DeclarationStatus;
  body: Declaration;
  created_at: Date | string;
  decided_at: Date | string | null;
  decision_note: string | null;
  user_id: string;
  user_name: string;
  user_email: string;
  user_job_title: string;
  reviewer_id: string | null;
  reviewer_name: string | null;
}

const SELECT_RECORD = `
  SELECT d.id, d.ref, d.status, d.body, d.created_at, d.decided_at, d.decision_note,
         u.id AS user_id, u.name AS user_name, u.email AS user_email, u.job_title AS user_job_title,
         r.id AS reviewer_id, r.name AS reviewer_name
  FROM declarations d
  JOIN users u ON u.id = d.user_id
  LEFT JOIN users r ON r.id = d.decided_by`;

const iso = (value: Date | string): string => new Date(value).toISOString();

function toRecord(row: RecordRow): DeclarationRecord {
  const decided = row.status !== 'pending' && row.decided_at !== null;
  return {
    ...row.body,
    ref: row.ref,
    status: row.status,
    createdAt: iso(row.created_at),
    declarant: { id: row.user_id, name: row.user_name, email: row.user_email, jobTitle: row.user_job_title },
    decision: decided
      ? {
          decision: row.status as Decision['decision'],
          note: row.decision_note ?? '',
          by: { id: row.reviewer_id ?? '', name: row.reviewer_name ?? '' },
          at: iso(row.decided_at as Date | string),
        }
      : null,
  };
}

/**
 * Records a declaration once per (user, Idempotency-Key): a repeat, even a concurrent one,
 * returns the first declaration and `created: false`. Resolves only after the commit.
 */
export async function createDeclaration(
  db: Db,
  user: User,
  idempotencyKey: string,
  declaration: Declaration,
): Promise<{ record: DeclarationRecord; created: boolean }> {
  return db.transaction(async (tx) => {
    const ref = generateRef();
    const [inserted] = await tx.query<{ id: number; created_at: Date | string }>(
      `INSERT INTO declarations (ref, org, user_id, idempotency_key, type, body)
       VALUES ($1, $2, $3, $4, $5, $6::text::jsonb)
       ON CONFLICT ON CONSTRAINT declarations_idempotency DO NOTHING RETURNING id, created_at`,
      [ref, user.org, user.id, idempotencyKey, declaration.type, JSON.stringify(declaration)],
    );
    if (!inserted) {
      const [row] = await tx.query<RecordRow>(`${SELECT_RECORD} WHERE d.user_id = $1 AND d.idempotency_key = $2`, [
        user.id,
        idempotencyKey,
      ]);
      if (!row) throw new Error('An idempotency conflict without the conflicting row');
      return { record: toRecord(row), created: false };
    }
    await appendAudit(tx, {
      org: user.org,
      actor: user.id,
      action: 'declaration.created',
      subject: ref,
      data: { idempotencyKey, declaration },
    });
    const record = toRecord({
      id: inserted.id,
      ref,
      status: 'pending',
      body: declaration,
      created_at: inserted.created_at,
      decided_at: null,
      decision_note: null,
      user_id: user.id,
      user_name: user.name,
      user_email: user.email,
      user_job_title: user.jobTitle,
      reviewer_id: null,
      reviewer_name: null,
    });
    return { record, created: true };
  });
}

/** One page of a listing; `nextAfterId` is where the following page starts, or null. */
export interface DeclarationPage {
  items: DeclarationRecord[];
  nextAfterId: number | null;
}

/**
 * Lists declarations newest first: staff see their own; reviewers and administrators see
 * all of their organisation's.
 */
export async function listDeclarations(
  db: Queryable,
  user: User,
  options: { status?: DeclarationStatus; limit: number; beforeId?: number },
): Promise<DeclarationPage> {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (clause: string, value: unknown) => {
    params.push(value);
    where.push(clause.replace('?', `$${params.length}`));
  };
  if (user.role === 'staff') add('d.user_id = ?', user.id);
  else add('d.org = ?', user.org);
  if (options.status) add('d.status = ?', options.status);
  if (options.beforeId !== undefined) add('d.id < ?', options.beforeId);
  params.push(options.limit + 1);
  const rows = await db.query<RecordRow>(
    `${SELECT_RECORD} WHERE ${where.join(' AND ')} ORDER BY d.id DESC LIMIT $${params.length}`,
    params,
  );
  const page = rows.slice(0, options.limit);
  const last = page.at(-1);
  return { items: page.map(toRecord), nextAfterId: rows.length > options.limit && last ? last.id : null };
}

/** Finds one declaration the user may see (their own, or any of their organisation's for reviewers), or null. */
export async function findDeclaration(db: Queryable, user: User, ref: string): Promise<DeclarationRecord | null> {
  const [row] = await db.query<RecordRow>(
    user.role === 'staff'
      ? `${SELECT_RECORD} WHERE d.ref = $1 AND d.user_id = $2`
      : `${SELECT_RECORD} WHERE d.ref = $1 AND d.org = $2`,
    [ref, user.role === 'staff' ? user.id : user.org],
  );
  return row ? toRecord(row) : null;
}

/** Why a decision could not be recorded. */
export type DecideFailure = 'not-found' | 'already-decided' | 'own-declaration';

/**
 * Records a reviewer's decision on a pending declaration of their organisation. Nobody
 * decides their own declaration.
 */
export async function decideDeclaration(
  db: Db,
  reviewer: User,
  ref: string,
  decision: 'approved' | 'refused',
  note: string,
): Promise<{ ok: true; record: DeclarationRecord } | { ok: false; failure: DecideFailure }> {
  return db.transaction(async (tx) => {
    const [current] = await tx.query<{ user_id: string; status: DeclarationStatus }>(
      'SELECT user_id, status FROM declarations WHERE ref = $1 AND org = $2',
      [ref, reviewer.org],
    );
    if (!current) return { ok: false, failure: 'not-found' } as const;
    if (current.user_id === reviewer.id) return { ok: false, failure: 'own-declaration' } as const;
    if (current.status !== 'pending') return { ok: false, failure: 'already-decided' } as const;
    await tx.query(
      `UPDATE declarations SET status = $1, decision_note = $2, decided_by = $3, decided_at = now() WHERE ref = $4`,
      [decision, note, reviewer.id, ref],
    );
    await appendAudit(tx, {
      org: reviewer.org,
      actor: reviewer.id,
      action: 'declaration.decided',
      subject: ref,
      data: { decision, note },
    });
    const [row] = await tx.query<RecordRow>(`${SELECT_RECORD} WHERE d.ref = $1`, [ref]);
    return { ok: true, record: toRecord(row as RecordRow) } as const;
  });
}
