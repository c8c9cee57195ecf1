import { canonicalJson } from './canonical-json';
import type { Queryable } from './db';

/** A row whose current state differs from what the audit log says happened. */
export interface Inconsistency {
  table: 'users' | 'declarations';
  id: string;
  problem: string;
}

interface Entry {
  seq: number;
  actor: string;
  action: string;
  subject: string;
  data: Record<string, unknown>;
}

/**
 * Replays the audit log and compares it with the users and declarations tables, so a change
 * made straight in the database without an audit entry (a role raised, access restored, a decision
 * altered, a declaration edited or slipped in) is found even though the chain itself is intact.
 */
export async function findInconsistencies(db: Queryable): Promise<Inconsistency[]> {
  const users = new Map<string, Entry>();
  const revoked = new Map<string, Entry>();
  const created = new Map<string, Entry>();
  const decided = new Map<string, Entry>();
  const entries = await db.query<{ entry: string }>('SELECT entry FROM audit_log ORDER BY seq');
  for (const { entry } of entries) {
    const parsed = JSON.parse(entry) as Entry;
    if (parsed.action === 'user.created') users.set(parsed.subject, parsed);
    if (parsed.action === 'user.revoked') revoked.set(parsed.subject, parsed);
    if (parsed.action === 'user.reinstated') revoked.delete(parsed.subject);
    if (parsed.action === 'declaration.created') created.set(parsed.subject, parsed);
    if (parsed.action === 'declaration.decided') decided.set(parsed.subject, parsed);
  }
  const problems: Inconsistency[] = [];

  const userRows = await db.query<{
    id: string;
    email: string;
    name: string;
    role: string;
    job_title: string;
    revoked_at: Date | string | null;
  }>('SELECT id, email, name, role, job_title, revoked_at FROM users');
  for (const row of userRows) {
    const entry = users.get(row.id);
    if (!entry) {
      problems.push({ table: 'users', id: row.id, problem: 'no audit entry created this user' });
      continue;
    }
    const recorded = { email: entry.data.email, name: entry.data.name, role: entry.data.role, jobTitle: entry.data.jobTitle };
    const current = { email: row.email, name: row.name, role: row.role, jobTitle: row.job_title };
    if (canonicalJson(recorded) !== canonicalJson(current)) {
      problems.push({ table: 'users', id: row.id, problem: `differs from its audit entry ${entry.seq}` });
    }
    // Access restored straight in the database would let a leaked token back in unseen.
    const revocation = revoked.get(row.id);
    if (revocation && row.revoked_at === null) {
      problems.push({ table: 'users', id: row.id, problem: `has access again, though audit entry ${revocation.seq} revoked it` });
    }
    if (!revocation && row.revoked_at !== null) {
      problems.push({ table: 'users', id: row.id, problem: 'was revoked without an audit entry' });
    }
  }

  const declarationRows = await db.query<{
    ref: string;
    user_id: string;
    body: unknown;
    status: string;
    decision_note: string | null;
    decided_by: string | null;
  }>('SELECT ref, user_id, body, status, decision_note, decided_by FROM declarations');
  const refs = new Set<string>();
  for (const row of declarationRows) {
    refs.add(row.ref);
    const entry = created.get(row.ref);
    if (!entry) {
      problems.push({ table: 'declarations', id: row.ref, problem: 'no audit entry created this declaration' });
      continue;
    }
    if (entry.actor !== row.user_id || canonicalJson(entry.data.declaration) !== canonicalJson(row.body)) {
      problems.push({ table: 'declarations', id: row.ref, problem: `differs from its audit entry ${entry.seq}` });
    }
    const decision = decided.get(row.ref);
    const expected = decision
      ? { status: decision.data.decision, note: decision.data.note, by: decision.actor }
      : { status: 'pending', note: null, by: null };
    if (canonicalJson(expected) !== canonicalJson({ status: row.status, note: row.decision_note, by: row.decided_by })) {
      problems.push({
        table: 'declarations',
        id: row.ref,
        problem: decision ? `its decision differs from audit entry ${decision.seq}` : 'it has a decision the audit log never recorded',
      });
    }
  }
  for (const [ref, entry] of created) {
    if (!refs.has(ref)) problems.push({ table: 'declarations', id: ref, problem: `recorded by audit entry ${entry.seq} but missing` });
  }
  return problems;
}
