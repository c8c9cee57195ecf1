import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json';
import type { Queryable } from './db';

/** The hash before the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** What one audit entry records: who did what to which thing. */
export interface AuditEvent {
  org: string;
  /** The acting user's id, or `system` for the server itself (bootstrap, CLI). */
  actor: string;
  action:
    | 'user.created'
    | 'user.token-replaced'
    | 'user.revoked'
    | 'user.reinstated'
    | 'declaration.created'
    | 'declaration.decided';
  subject: string;
  data: Record<string, unknown>;
}

/** The chain's link: sha256 of the previous hash followed by the entry's canonical JSON. */
export function chainHash(prevHash: string, entryJson: string): string {
  return createHash('sha256').update(prevHash).update(entryJson).digest('hex');
}

/**
 * Appends one entry to the audit log; call inside the transaction that makes the change
 * (`Db.transaction` runs one at a time, so the chain stays linear).
 */
export async function appendAudit(tx: Queryable, event: AuditEvent): Promise<{ seq: number; hash: string }> {
  const [last] = await tx.query<{ seq: number; hash: string }>(
    'SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1',
  );
  const seq = (last?.seq ?? 0) + 1;
  const prevHash = last?.hash ?? GENESIS_HASH;
  const entry = canonicalJson({ seq, at: new Date().toISOString(), ...event });
  const hash = chainHash(prevHash, entry);
  await tx.query('INSERT INTO audit_log (seq, entry, prev_hash, hash) VALUES ($1, $2, $3, $4)', [
    seq,
    entry,
    prevHash,
    hash,
  ]);
  return { seq, hash };
}

/** The outcome of checking the audit chain from its first entry. */
export type AuditVerdict =
  | { ok: true; count: number; head: string }
  | { ok: false; count: number; seq: number; reason: string };

/**
 * Walks the whole audit log and reports the first entry whose link in the hash chain is broken.
 * With `anchor` (a head hash noted earlier), the chain must also pass through that hash.
 */
export async function verifyAudit(db: Queryable, anchor?: string): Promise<AuditVerdict> {
  let expectedSeq = 1;
  let isAnchorSeen = anchor === undefined;
  let prevHash = GENESIS_HASH;
  for (;;) {
    const rows = await db.query<{ seq: number; entry: string; prev_hash: string; hash: string }>(
      'SELECT seq, entry, prev_hash, hash FROM audit_log WHERE seq >= $1 ORDER BY seq LIMIT 1000',
      [expectedSeq],
    );
    if (rows.length === 0) {
      if (isAnchorSeen) return { ok: true, count: expectedSeq - 1, head: prevHash };
      return { ok: false, count: expectedSeq - 1, seq: expectedSeq - 1, reason: `no entry has the hash ${anchor}: the log was rewritten` };
    }
    for (const row of rows) {
      const fail = (reason: string): AuditVerdict => ({ ok: false, count: expectedSeq - 1, seq: row.seq, reason });
      if (row.seq !== expectedSeq) {
        return { ok: false, count: expectedSeq - 1, seq: expectedSeq, reason: `entry ${expectedSeq} is missing` };
      }
      let parsed: unknown;
      try {
        parsed = JSON.parse(row.entry);
      } catch {
        return fail('its entry is not valid JSON');
      }
      if (canonicalJson(parsed) !== row.entry) return fail('its entry is not in canonical form (edited by hand?)');
      if ((parsed as { seq?: unknown }).seq !== row.seq) return fail('its entry names a different sequence number');
      if (row.prev_hash !== prevHash) return fail('its previous hash does not match the entry before it');
      if (chainHash(prevHash, row.entry) !== row.hash) return fail('its hash does not match its content');
      prevHash = row.hash;
      if (row.hash === anchor) isAnchorSeen = true;
      expectedSeq += 1;
    }
  }
}
