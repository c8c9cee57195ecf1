import type { Severity } from '../engine/types';

/** How the badge names itself: "Conduct check: 2 issues". */
export function badgeLabel(count: number): string {
  return `Conduct check: ${count} ${count === 1 ? 'issue' : 'issues'}`;
}

export interface BadgeProps {
  count: number;
  /** The most serious open finding: block shows red, warn amber. */
  severity: Severity;
  expanded: boolean;
  panelId: string;
  onToggle: () => void;
  style?: React.CSSProperties;
  buttonRef?: React.Ref<HTMLButtonElement>;
}

/** The button beside a compose box that opens the findings panel; clean drafts get no badge at all. */
export function Badge({ count, severity, expanded, panelId, onToggle, style, buttonRef }: BadgeProps) {
  if (count === 0) return null;
  return (
    <button
      ref={buttonRef}
      type="button"
      className={`nolan-badge nolan-badge--${severity}`}
      aria-expanded={expanded}
      aria-controls={panelId}
      onClick={onToggle}
      style={style}
    >
      <span className="nolan-badge__icon" aria-hidden="true">
        {severity === 'block' ? '!' : '?'}
      </span>
      <span className="nolan-badge__text">
        <span className="nolan-visually-hidden">Conduct check: </span>
        {count} {count === 1 ? 'issue' : 'issues'}
      </span>
    </button>
  );
}
