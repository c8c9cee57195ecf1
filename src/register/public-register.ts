import type { GiftHospitality } from '../declarations/schema';
import type { Queryable } from './db';
import { escapeHtml, renderPage } from './html';

/**
 * One line of the public register of gifts and hospitality. Only decided offers appear
 * (approved or refused): a pending declaration has not been reviewed yet. Never an email
 * address, a reviewer's note or the declarant's reason.
 */
export interface PublicEntry {
  ref: string;
  date: string;
  kind: 'gift' | 'hospitality';
  recipientName: string;
  recipientRole: string;
  offeredBy: string;
  offeredByOrganisation: string;
  description: string;
  estimatedValue: number;
  outcome: 'accepted' | 'declined';
  decision: 'approved' | 'refused';
  decidedOn: string;
}

const ROLE_LABELS: Record<string, string> = { staff: 'Staff', reviewer: 'Reviewer', admin: 'Administrator' };

/** Reads the organisation's decided gift and hospitality declarations, newest offer first. */
export async function readPublicRegister(db: Queryable, org: string): Promise<PublicEntry[]> {
  const rows = await db.query<{
    ref: string;
    body: GiftHospitality;
    status: 'approved' | 'refused';
    decided_at: Date | string;
    name: string;
    role: string;
    job_title: string;
  }>(
    `SELECT d.ref, d.body, d.status, d.decided_at, u.name, u.role, u.job_title
     FROM declarations d JOIN users u ON u.id = d.user_id
     WHERE d.org = $1 AND d.type = 'gift-hospitality' AND d.status IN ('approved', 'refused')
     ORDER BY d.body->>'dateOffered' DESC, d.id DESC`,
    [org],
  );
  return rows.map((row) => ({
    ref: row.ref,
    date: row.body.dateOffered,
    kind: row.body.kind,
    recipientName: row.name,
    recipientRole: row.job_title || ROLE_LABELS[row.role] || 'Staff',
    offeredBy: row.body.offeredBy.name,
    offeredByOrganisation: row.body.offeredBy.organisation,
    description: row.body.description,
    estimatedValue: row.body.estimatedValue,
    outcome: row.body.accepted ? 'accepted' : 'declined',
    decision: row.status,
    decidedOn: new Date(row.decided_at).toISOString().slice(0, 10),
  }));
}

const COLUMNS: [keyof PublicEntry, string][] = [
  ['date', 'Date offered'],
  ['recipientName', 'Recipient'],
  ['recipientRole', 'Recipient’s role'],
  ['offeredBy', 'Offered by'],
  ['offeredByOrganisation', 'Organisation'],
  ['kind', 'Gift or hospitality'],
  ['description', 'Description'],
  ['estimatedValue', 'Estimated value (£)'],
  ['outcome', 'Accepted or declined'],
  ['decision', 'Decision'],
  ['decidedOn', 'Decided on'],
  ['ref', 'Reference'],
];

const cellText = (entry: PublicEntry, key: keyof PublicEntry): string =>
  key === 'estimatedValue' ? entry.estimatedValue.toFixed(2) : String(entry[key]);

/** The register as CSV (RFC 4180), with cells that a spreadsheet would run as a formula defused. */
export function renderRegisterCsv(entries: PublicEntry[]): string {
  const quote = (text: string) => {
    const safe = /^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text) ? `'${text}` : text;
    return /[",\r\n]/.test(safe) || safe !== text ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  const lines = [COLUMNS.map(([, label]) => quote(label)).join(',')];
  for (const entry of entries) lines.push(COLUMNS.map(([key]) => quote(cellText(entry, key))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** The register as an accessible HTML page: one table with a caption and scoped headers. */
export function renderRegisterHtml(org: string, entries: PublicEntry[]): string {
  const head = COLUMNS.map(([, label]) => `<th scope="col">${escapeHtml(label)}</th>`).join('');
  const rows = entries
    .map((entry) => {
      const cells = COLUMNS.map(([key], index) => {
        const text = escapeHtml(cellText(entry, key));
        if (index === 0) return `<th scope="row">${text}</th>`;
        return key === 'estimatedValue' ? `<td class="number">${text}</td>` : `<td>${text}</td>`;
      });
      return `<tr>${cells.join('')}</tr>`;
    })
    .join('\n');
  const body = `<h1>Register of gifts and hospitality</h1>
<p>Every offer of a gift or hospitality made to staff of ${escapeHtml(org)}, accepted or declined, once a reviewer has decided on it. Offers awaiting review are not shown yet.</p>
<p>Also available as <a href="/register.csv">CSV</a> and <a href="/register.json">JSON</a>.</p>
${
  entries.length === 0
    ? '<p>No decided offers have been recorded yet.</p>'
    : `<table>
<caption>Gifts and hospitality offered to ${escapeHtml(org)} staff (${entries.length} ${entries.length === 1 ? 'entry' : 'entries'})</caption>
<thead><tr>${head}</tr></thead>
<tbody>
${rows}
</tbody>
</table>`
}`;
  return renderPage(`Register of gifts and hospitality – ${org}`, body);
}
