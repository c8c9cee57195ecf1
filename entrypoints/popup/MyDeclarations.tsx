import { useEffect, useState } from 'react';
import { daysSince } from '@/src/declarations/gift-rules';
import { refreshStates, retryEntry, type QueueEntry } from '@/src/declarations/queue';
import { sendMessage } from '@/src/messaging';
import { STATE_LABELS, useQueue } from './useQueue';

/** The form's own words for the fields the register may complain about. */
const FIELD_LABELS: Record<string, string> = {
  kind: 'What was offered',
  dateOffered: 'Date offered',
  offeredBy: 'Offered by',
  'offeredBy.name': 'Person',
  'offeredBy.organisation': 'Organisation',
  relationship: 'Relationship to the office',
  description: 'Description',
  estimatedValue: 'Estimated value',
  accepted: 'Accepted or declined',
  reason: 'Reason',
  'approval.by': 'Approval from',
  interestType: 'Type of interest',
  organisation: 'Organisation or person',
  from: 'From',
  to: 'To',
  body: 'Declaration',
};

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const money = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });

function formatDate(iso: string): string {
  return dateFormat.format(new Date(`${iso}T00:00:00Z`));
}

function titleOf(entry: QueueEntry): string {
  const declaration = entry.declaration;
  if (declaration.type === 'interest') return `Interest: ${declaration.organisation}`;
  const kind = declaration.kind === 'gift' ? 'Gift' : 'Hospitality';
  const from = declaration.offeredBy.organisation || declaration.offeredBy.name;
  return `${kind} from ${from}`;
}

function detailsOf(entry: QueueEntry): string {
  const declaration = entry.declaration;
  if (declaration.type === 'interest') {
    return `${declaration.description} · from ${formatDate(declaration.from)}${declaration.to ? ` to ${formatDate(declaration.to)}` : ''}`;
  }
  const declaredOn = new Date(entry.createdAt).toISOString().slice(0, 10);
  const isLate = daysSince(declaration.dateOffered, declaredOn) > 28;
  return [
    declaration.description,
    `offered ${formatDate(declaration.dateOffered)}`,
    money.format(declaration.estimatedValue),
    declaration.accepted ? 'accepted' : 'declined',
    isLate ? 'declared late' : '',
  ]
    .filter(Boolean)
    .join(' · ');
}

/** One declaration and what became of it. */
function DeclarationItem({ entry }: { entry: QueueEntry }) {
  const headingId = `entry-${entry.id}`;
  return (
    <li className={`declaration state-${entry.state}`} aria-labelledby={headingId}>
      <div className="declaration-head">
        <h3 id={headingId}>{titleOf(entry)}</h3>
        <span className={`badge badge-${entry.state}`}>{STATE_LABELS[entry.state]}</span>
      </div>
      <p className="declaration-details">{detailsOf(entry)}</p>
      {entry.ref && (
        <p className="declaration-ref">
          Register reference: <strong>{entry.ref}</strong>
        </p>
      )}
      {entry.decisionNote && (entry.state === 'approved' || entry.state === 'refused') && (
        <p className="declaration-ref">Reviewer’s note: {entry.decisionNote}</p>
      )}
      {entry.lastError && entry.state !== 'sent' && entry.state !== 'approved' && entry.state !== 'refused' && (
        <p className={entry.state === 'rejected' ? 'field-error' : 'hint'}>{entry.lastError}</p>
      )}
      {entry.state === 'rejected' && (
        <>
          {entry.fieldMessages.length > 0 && (
            <ul className="rejection-reasons">
              {entry.fieldMessages.map((message, index) => (
                <li key={index}>
                  {message.field ? <strong>{FIELD_LABELS[message.field] ?? message.field}: </strong> : null}
                  {message.message}
                </li>
              ))}
            </ul>
          )}
          <button
            type="button"
            onClick={() => {
              retryEntry(entry.id)
                .then(() => sendMessage('flushQueue', undefined))
                .catch(() => undefined);
            }}
          >
            Try again
          </button>
        </>
      )}
    </li>
  );
}

/** The declarations made in this browser, newest first, with their state and register reference. */
export function MyDeclarations({ isActive }: { isActive: boolean }) {
  const entries = useQueue();
  const [checkCount, setCheckCount] = useState(0);
  useEffect(() => {
    if (!isActive) return;
    // Opening the list is when people want to know: ask the register for decisions
    // (the popup as a whole also asks once when it opens, see App).
    let isCurrent = true;
    refreshStates()
      .catch(() => undefined)
      .finally(() => {
        if (isCurrent) setCheckCount((count) => count + 1);
      });
    return () => {
      isCurrent = false;
    };
  }, [isActive]);
  const waiting = entries?.filter((entry) => entry.state === 'queued' || entry.state === 'sending').length ?? 0;
  return (
    <section aria-labelledby="mine-heading">
      <h2 id="mine-heading">My declarations</h2>
      {entries === null ? (
        <p>Loading…</p>
      ) : entries.length === 0 ? (
        <p>You have not made any declarations from this browser yet.</p>
      ) : (
        <>
          {waiting > 0 && (
            <div className="queue-summary">
              <p>
                {waiting === 1 ? 'One declaration is' : `${waiting} declarations are`} waiting to be sent. They are kept safely in this browser
                until the register confirms them.
              </p>
              <button type="button" onClick={() => sendMessage('flushQueue', { force: true }).catch(() => undefined)}>
                Send now
              </button>
            </div>
          )}
          <ul className="declarations">
            {[...entries].reverse().map((entry) => (
              <DeclarationItem key={entry.id} entry={entry} />
            ))}
          </ul>
        </>
      )}
      <p className="visually-hidden" role="status">
        {checkCount > 0 ? 'Up to date with the register as far as it could be reached.' : ''}
      </p>
    </section>
  );
}
