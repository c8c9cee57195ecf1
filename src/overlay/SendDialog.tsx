import { useEffect, useId, useRef, useState } from 'react';
import type { Finding } from '../engine/types';
import { FindingText, findingKey } from './Panel';
import type { SendChoice } from './store';

export interface SendDialogProps {
  findings: Finding[];
  onChoose: (choice: SendChoice) => void;
}

/**
 * "Before you send": a modal alert dialog listing the open findings. Focus starts on
 * "Edit draft" and stays inside; Escape edits. A block finding needs a short reason
 * before "Send anyway…" is enabled.
 */
export function SendDialog({ findings, onChoose }: SendDialogProps) {
  const id = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const editRef = useRef<HTMLButtonElement>(null);
  const [reason, setReason] = useState('');
  const needsReason = findings.some((f) => f.severity === 'block');
  const canSend = !needsReason || reason.trim().length > 0;

  useEffect(() => {
    editRef.current?.focus();
  }, []);

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onChoose({ kind: 'edit' });
      return;
    }
    if (event.key !== 'Tab' || !dialogRef.current) return;
    const focusable = [...dialogRef.current.querySelectorAll<HTMLElement>('button:not([disabled]), textarea, [tabindex="0"]')];
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    const active = (dialogRef.current.getRootNode() as ShadowRoot | Document).activeElement;
    if (!first || !last) return;
    if (event.shiftKey && (active === first || !dialogRef.current.contains(active))) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (active === last || !dialogRef.current.contains(active))) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <div className="nolan-backdrop">
      <div
        ref={dialogRef}
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-intro`}
        className="nolan-dialog"
        onKeyDown={onKeyDown}
      >
        <h2 id={`${id}-title`} className="nolan-dialog__title">
          Before you send
        </h2>
        <p id={`${id}-intro`} className="nolan-dialog__intro">
          {findings.length === 1 ? 'This draft may break your code of conduct:' : `This draft may break your code of conduct in ${findings.length} ways:`}
        </p>
        <ul className="nolan-findings nolan-findings--dialog">
          {findings.map((finding) => (
            <li key={findingKey(finding)} className={`nolan-finding nolan-finding--${finding.severity}`}>
              <FindingText finding={finding} compact />
            </li>
          ))}
        </ul>
        {needsReason && (
          <div className="nolan-reason">
            <label htmlFor={`${id}-reason`}>Why is it right to send this? (kept on this computer only)</label>
            <textarea
              id={`${id}-reason`}
              rows={2}
              maxLength={200}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
            />
          </div>
        )}
        <div className="nolan-dialog__actions">
          <button ref={editRef} type="button" className="nolan-button nolan-button--primary" onClick={() => onChoose({ kind: 'edit' })}>
            Edit draft
          </button>
          <button
            type="button"
            className="nolan-button nolan-button--danger"
            disabled={!canSend}
            onClick={() => onChoose({ kind: 'send', reason: reason.trim() })}
          >
            {needsReason ? 'Send anyway…' : 'Send anyway'}
          </button>
        </div>
      </div>
    </div>
  );
}
