import { describeProgress, useQueue } from './useQueue';

/** The live status line after a submit: queued, then sent with the register's reference. */
export function SubmitStatus({ entryId }: { entryId: string | null }) {
  const entries = useQueue();
  const entry = entries?.find((candidate) => candidate.id === entryId);
  return (
    <p role="status" className={entry ? 'status status-shown' : 'status'}>
      {describeProgress(entry)}
    </p>
  );
}
