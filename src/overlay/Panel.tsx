import { useEffect, useRef } from 'react';
import type { Finding } from '../engine/types';

const CATEGORY_NAMES: Record<Finding['category'], string> = {
  media: 'Contact with the media',
  confidential: 'Confidential material',
  political: 'Party-political content',
  gifts: 'Gift or hospitality',
  personal: 'Personal data',
};

/** A category's name as the overlay shows it. */
export function categoryName(category: Finding['category']): string {
  return CATEGORY_NAMES[category];
}

export interface PanelProps {
  id: string;
  findings: Finding[];
  onClose: () => void;
  onDismiss: (finding: Finding) => void;
  onDeclareGift: (finding: Finding) => void;
  style?: React.CSSProperties;
}

/** The findings for one draft: what was found, why it matters, and the clause of the user's own code. */
export function Panel({ id, findings, onClose, onDismiss, onDeclareGift, style }: PanelProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <section
      id={id}
      className="nolan-panel"
      aria-labelledby={`${id}-heading`}
      style={style}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <header className="nolan-panel__header">
        <h2 id={`${id}-heading`} tabIndex={-1} ref={headingRef}>
          Conduct check
        </h2>
        <button type="button" className="nolan-button nolan-button--quiet" onClick={onClose}>
          Close<span className="nolan-visually-hidden"> conduct check</span>
        </button>
      </header>
      <ul className="nolan-findings">
        {findings.map((finding) => (
          <li key={findingKey(finding)} className={`nolan-finding nolan-finding--${finding.severity}`}>
            <FindingText finding={finding} />
            <div className="nolan-finding__actions">
              {finding.action === 'declare-gift' && (
                <button type="button" className="nolan-button nolan-button--primary" onClick={() => onDeclareGift(finding)}>
                  Declare this gift
                </button>
              )}
              <button type="button" className="nolan-button" onClick={() => onDismiss(finding)}>
                Not an issue
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** One finding's excerpt, message and cited clause, shared by the panel and the send dialog. */
export function FindingText({ finding, compact = false }: { finding: Finding; compact?: boolean }) {
  return (
    <>
      <p className="nolan-finding__category">
        <span className={`nolan-tag nolan-tag--${finding.severity}`}>{finding.severity === 'block' ? 'Stop' : 'Check'}</span>{' '}
        {categoryName(finding.category)}
      </p>
      {finding.excerpt && (
        <p className="nolan-finding__excerpt">
          <span className="nolan-visually-hidden">Found in {finding.field}: </span>“{finding.excerpt}”
        </p>
      )}
      <p className="nolan-finding__message">{finding.message}</p>
      {!compact && (
        <figure className="nolan-clause">
          <p className="nolan-clause__label">Your code says</p>
          <blockquote>{finding.clause.text}</blockquote>
          <figcaption>
            {finding.clause.org}, {finding.clause.section}
          </figcaption>
        </figure>
      )}
      {compact && (
        <p className="nolan-finding__cite">
          {finding.clause.org}, {finding.clause.section}
        </p>
      )}
    </>
  );
}

/** Identifies a finding within one draft (stable while the text around it changes). */
export function findingKey(finding: Finding): string {
  return `${finding.ruleId}|${finding.field}|${finding.excerpt.toLowerCase()}`;
}
