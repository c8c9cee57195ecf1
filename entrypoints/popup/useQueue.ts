import { useEffect, useState } from 'react';
import { queueItem, type QueueEntry } from '@/src/declarations/queue';

/** The declaration queue, kept up to date as the background sends entries. */
export function useQueue(): QueueEntry[] | null {
  const [entries, setEntries] = useState<QueueEntry[] | null>(null);
  useEffect(() => {
    let isCurrent = true;
    queueItem.getValue().then((value) => {
      if (isCurrent) setEntries(value);
    });
    const unwatch = queueItem.watch((value) => setEntries(value));
    return () => {
      isCurrent = false;
      unwatch();
    };
  }, []);
  return entries;
}

/** What a queue state is called on screen. */
export const STATE_LABELS: Record<QueueEntry['state'], string> = {
  queued: 'Queued',
  sending: 'Sending',
  sent: 'Sent',
  approved: 'Approved',
  refused: 'Refused',
  rejected: 'Rejected',
};

/** One sentence on where a just-submitted declaration has got to, for the status message. */
export function describeProgress(entry: QueueEntry | undefined): string {
  if (!entry) return '';
  switch (entry.state) {
    case 'queued':
    case 'sending':
      return `Declaration saved and queued: it will be sent to the register${entry.lastError ? ` (${entry.lastError})` : ''}.`;
    case 'sent':
    case 'approved':
    case 'refused':
      return `Declaration sent to the register. Reference ${entry.ref}.`;
    case 'rejected':
      return `The register did not accept this declaration: ${entry.lastError ?? 'see My declarations'}.`;
  }
}
