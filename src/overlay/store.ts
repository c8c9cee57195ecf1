import type { Finding } from '../engine/types';

/** One compose box as the overlay sees it: its open findings and where to draw them. */
export interface ComposerView {
  id: string;
  /** Open warn/block findings: not dismissed by the user for this draft. */
  findings: Finding[];
  /** The editor's box, in viewport coordinates; the badge sits beside it. */
  anchorRect: () => DOMRect | null;
  /** Boxes the overlay must never cover (the site's send control and toolbar). */
  avoidRects: () => DOMRect[];
  /** "Not an issue": records a local false-positive report and quietens the finding. */
  dismiss: (finding: Finding) => void;
  /** "Declare this gift": opens the declaration form prefilled from the finding. */
  declareGift: (finding: Finding) => void;
  /** Moves focus back to the editor (after "Edit draft"). */
  focusEditor: () => void;
}

/** What the user chose in the "Before you send" dialog. */
export type SendChoice = { kind: 'edit' } | { kind: 'send'; reason: string };

/** An open "Before you send" dialog. */
export interface SendRequest {
  composerId: string;
  findings: Finding[];
  resolve: (choice: SendChoice) => void;
}

/**
 * The overlay's state, shared by every compose controller and rendered by one React tree
 * in the shadow root (read with `useSyncExternalStore`).
 */
export class OverlayStore {
  private views = new Map<string, ComposerView>();
  private listeners = new Set<() => void>();
  private snapshot: {
    views: ComposerView[];
    sendRequest: SendRequest | null;
    layoutTick: number;
    /** A request from the keyboard shortcut to open a composer's panel. */
    panelRequest: { composerId: string; at: number } | null;
  } = {
    views: [],
    sendRequest: null,
    layoutTick: 0,
    panelRequest: null,
  };

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = () => this.snapshot;

  /** Whether the overlay is rendered and can ask; if not, sends are never held (fail open). */
  canAsk(): boolean {
    return this.listeners.size > 0;
  }

  /** Adds or replaces a composer's view. */
  setView(view: ComposerView): void {
    this.views.set(view.id, view);
    this.emit({ views: [...this.views.values()] });
  }

  removeView(id: string): void {
    if (!this.views.delete(id)) return;
    const sendRequest = this.snapshot.sendRequest?.composerId === id ? null : this.snapshot.sendRequest;
    this.emit({ views: [...this.views.values()], sendRequest });
  }

  /** Asks the user before a send; resolves with their choice. */
  askBeforeSend(composerId: string, findings: Finding[]): Promise<SendChoice> {
    this.snapshot.sendRequest?.resolve({ kind: 'edit' });
    return new Promise((resolve) => {
      const request: SendRequest = {
        composerId,
        findings,
        resolve: (choice) => {
          if (this.snapshot.sendRequest === request) this.emit({ sendRequest: null });
          resolve(choice);
        },
      };
      this.emit({ sendRequest: request });
    });
  }

  /** Opens a composer's findings panel and moves focus into it (the keyboard route to the badge). */
  openPanel(composerId: string): void {
    this.emit({ panelRequest: { composerId, at: Date.now() } });
  }

  /** Tells the overlay the page moved (scroll, resize), so badges follow their compose box. */
  relayout(): void {
    // Nothing is drawn for clean drafts, so there is nothing to move (the common case while typing).
    if (!this.snapshot.views.some((view) => view.findings.length > 0)) return;
    this.emit({ layoutTick: this.snapshot.layoutTick + 1 });
  }

  private emit(patch: Partial<typeof this.snapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    for (const listener of this.listeners) listener();
  }
}
