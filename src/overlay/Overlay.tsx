import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { Finding, Severity } from '../engine/types';
import { Badge, badgeLabel } from './Badge';
import { Panel } from './Panel';
import { SendDialog } from './SendDialog';
import type { ComposerView, OverlayStore } from './store';

/** The badge's box; CSS keeps it exactly this size so placement can be computed before paint. */
export const BADGE_SIZE = { width: 124, height: 32 } as const;
const GAP = 6;

/** The whole overlay: a badge (and panel) per compose box, the live region, and the send dialog. */
export function Overlay({ store }: { store: OverlayStore }) {
  const { views, sendRequest, panelRequest } = useSyncExternalStore(store.subscribe, store.getSnapshot);
  return (
    <>
      {views.map((view) => (
        <ComposerOverlay key={view.id} view={view} openRequest={panelRequest?.composerId === view.id ? panelRequest.at : null} />
      ))}
      <LiveRegion views={views} />
      {sendRequest && <SendDialog key={sendRequest.composerId} findings={sendRequest.findings} onChoose={sendRequest.resolve} />}
    </>
  );
}

/** Alt+Shift+N in a compose box opens its findings (see ComposeController). */
export const PANEL_SHORTCUT_HINT = 'Alt+Shift+N';

function ComposerOverlay({ view, openRequest }: { view: ComposerView; openRequest: number | null }) {
  const [isOpen, setOpen] = useState(false);
  const badgeRef = useRef<HTMLButtonElement>(null);
  const count = view.findings.length;
  const [handledRequest, setHandledRequest] = useState<number | null>(null);
  if (openRequest !== null && openRequest !== handledRequest) {
    setHandledRequest(openRequest);
    if (count > 0) setOpen(true);
  }
  const rect = count > 0 ? view.anchorRect() : null;
  // A compose box scrolled right out of view takes its badge with it.
  if (!rect || count === 0 || rect.bottom < 0 || rect.top > window.innerHeight) return null;
  const badge = placeBadge(rect, view.avoidRects(), { width: window.innerWidth, height: window.innerHeight });
  const panelId = `nolan-panel-${view.id}`;
  const close = () => {
    setOpen(false);
    badgeRef.current?.focus();
  };
  return (
    <>
      <Badge
        buttonRef={badgeRef}
        count={count}
        severity={worstSeverity(view.findings)}
        expanded={isOpen}
        panelId={panelId}
        onToggle={() => setOpen((open) => !open)}
        style={{ left: badge.left, top: badge.top }}
      />
      {isOpen && (
        <Panel
          id={panelId}
          findings={view.findings}
          onClose={close}
          onDismiss={(finding) => {
            view.dismiss(finding);
            if (count === 1) view.focusEditor();
          }}
          onDeclareGift={view.declareGift}
          style={placePanel(badge)}
        />
      )}
    </>
  );
}

/** Announces changes politely ("Conduct check: 2 issues"), once per change, never on every keystroke. */
function LiveRegion({ views }: { views: ComposerView[] }) {
  const total = views.reduce((sum, view) => sum + view.findings.length, 0);
  const [message, setMessage] = useState('');
  const previous = useRef(0);
  useEffect(() => {
    if (total === previous.current) return;
    previous.current = total;
    setMessage(total === 0 ? 'Conduct check: no issues' : `${badgeLabel(total)} found. Press ${PANEL_SHORTCUT_HINT} to review.`);
  }, [total]);
  return (
    <div role="status" aria-live="polite" className="nolan-visually-hidden">
      {message}
    </div>
  );
}

/** The most serious severity among findings. */
export function worstSeverity(findings: Finding[]): Severity {
  if (findings.some((f) => f.severity === 'block')) return 'block';
  return findings.some((f) => f.severity === 'warn') ? 'warn' : 'info';
}

interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * Where the badge goes: inside the editor's bottom-right corner, or else above it, to its
 * right, or below it; the first spot that covers none of the site's controls and is on screen.
 */
export function placeBadge(editor: DOMRect, avoid: DOMRect[], viewport: { width: number; height: number }): Box {
  const { width, height } = BADGE_SIZE;
  const candidates: Box[] = [
    { left: editor.right - width - GAP, top: editor.bottom - height - GAP, width, height },
    { left: editor.right - width, top: editor.top - height - GAP, width, height },
    { left: editor.right + GAP, top: editor.bottom - height, width, height },
    { left: editor.right - width, top: editor.bottom + GAP, width, height },
    { left: editor.left, top: editor.top - height - GAP, width, height },
  ];
  const fits = (box: Box) =>
    box.left >= 0 &&
    box.top >= 0 &&
    box.left + box.width <= viewport.width &&
    box.top + box.height <= viewport.height &&
    !avoid.some((r) => box.left < r.right && box.left + box.width > r.left && box.top < r.bottom && box.top + box.height > r.top);
  const inside = candidates[0]!;
  const roomy = editor.height >= height + 2 * GAP && editor.width >= width + 2 * GAP;
  const choice = candidates.find((box, index) => (index > 0 || roomy) && fits(box)) ?? inside;
  return {
    ...choice,
    left: Math.min(Math.max(choice.left, 0), Math.max(viewport.width - width, 0)),
    top: Math.min(Math.max(choice.top, 0), Math.max(viewport.height - height, 0)),
  };
}

/** The panel opens below the badge when there is room, else above, right-aligned with it. */
function placePanel(badge: Box): React.CSSProperties {
  const width = Math.min(420, window.innerWidth - 16);
  const left = Math.min(Math.max(badge.left + badge.width - width, 8), window.innerWidth - width - 8);
  const below = window.innerHeight - (badge.top + badge.height) - 16;
  const above = badge.top - 16;
  if (below >= 280 || below >= above) {
    return { left, top: badge.top + badge.height + GAP, width, maxHeight: Math.max(below, 160) };
  }
  return { left, bottom: window.innerHeight - badge.top + GAP, width, maxHeight: above };
}
