import { check } from '../engine/check';
import type { Finding } from '../engine/types';
import { findingKey } from '../overlay/Panel';
import { createHighlighter } from '../overlay/highlight';
import type { OverlayStore } from '../overlay/store';
import type { Policy } from '../policy/resolve';
import { logError, recordFalsePositive, today } from '../settings/local-log';
import type { SiteAdapter } from './define-site';

/** Quiet time after the last keystroke before a check runs. */
export const DEBOUNCE_MS = 200;

let nextId = 0;

/** What a controller needs from the page-wide watcher. */
export interface ControllerDeps {
  adapter: SiteAdapter;
  store: OverlayStore;
  /** The policy in force, or null while settings are still loading. */
  getPolicy: () => Policy | null;
  /** Opens the declaration form prefilled from a gift finding. */
  declareGift: (finding: Finding) => void;
}

/**
 * One compose box: checks its draft when the user pauses typing (off the input path),
 * shows the findings in the overlay, and answers the send interceptor synchronously.
 */
export class ComposeController {
  readonly id = `c${++nextId}`;
  private findings: Finding[] = [];
  private dismissed = new Set<string>();
  private acknowledged = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private idle: number | undefined;
  private highlighter: ReturnType<typeof createHighlighter> | null = null;
  /** The draft and policy last checked, so an unchanged draft is not checked again. */
  private lastKey = '';
  private lastPolicy: Policy | null = null;
  /** Underlines came off at an edit and have not been painted again yet. */
  private areHighlightsStale = false;
  private highlightedEditor: HTMLElement | null = null;
  private readonly abort = new AbortController();

  constructor(
    readonly composer: Element,
    private readonly deps: ControllerDeps,
  ) {
    const options = { capture: true, passive: true, signal: this.abort.signal };
    for (const type of ['input', 'change', 'cut', 'paste', 'drop']) composer.addEventListener(type, this.onEdit, options);
    composer.addEventListener('keydown', this.onKeyDown as EventListener, { capture: true, signal: this.abort.signal });
    this.publish();
    this.schedule();
  }

  /**
   * An edit: underlines come off at once (their offsets are stale, and live highlight ranges
   * in an editor being typed into cost the browser work on every keystroke), and a check is
   * scheduled for when typing pauses, which puts them back.
   */
  private onEdit = (): void => {
    this.highlighter?.clear();
    this.areHighlightsStale = true;
    this.schedule();
  };

  /** Debounces a check to run after typing pauses, in idle time so typing never waits. */
  schedule = (): void => {
    clearTimeout(this.timer);
    if (this.idle !== undefined) cancelIdleCallback(this.idle);
    this.idle = undefined;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (typeof requestIdleCallback === 'function') {
        this.idle = requestIdleCallback(
          () => {
            this.idle = undefined;
            this.run();
          },
          { timeout: 150 },
        );
      } else {
        this.run();
      }
    }, DEBOUNCE_MS);
  };

  /** Checks now, synchronously (the send interceptor cannot wait for the debounce). */
  checkNow(): Finding[] {
    clearTimeout(this.timer);
    if (this.idle !== undefined) cancelIdleCallback(this.idle);
    this.timer = this.idle = undefined;
    const policy = this.deps.getPolicy();
    if (!policy) return [];
    const draft = this.deps.adapter.read(this.composer);
    // A send click arrives as five events (pointer and mouse, down and up, click): check once.
    const key = JSON.stringify(draft);
    if (key === this.lastKey && policy === this.lastPolicy) {
      if (this.areHighlightsStale) this.paintHighlights(draft.body);
      return this.openFindings();
    }
    this.lastKey = key;
    this.lastPolicy = policy;
    if (draft.body.trim() === '') {
      // A new draft in the same box: forget what was dismissed or acknowledged before.
      this.dismissed.clear();
      this.acknowledged.clear();
    }
    // One rule that throws must not silence the others: log it and go on.
    const onRuleError = (ruleId: string, error: unknown) => logError(`rule ${ruleId}`, error);
    this.findings = check({ ...draft, org: policy.pack.id, profile: policy.profile }, policy, { onRuleError }).filter(
      (finding) => finding.severity !== 'info',
    );
    this.publish();
    this.paintHighlights(draft.body);
    return this.openFindings();
  }

  /** Findings not dismissed with "Not an issue". */
  openFindings(): Finding[] {
    return this.findings.filter((finding) => !this.dismissed.has(findingKey(finding)));
  }

  /** Open findings the user has not yet sent past. */
  pendingFindings(): Finding[] {
    return this.openFindings().filter((finding) => !this.acknowledged.has(findingKey(finding)));
  }

  /** "Send anyway": these findings no longer stop this draft. */
  acknowledge(findings: Finding[]): void {
    for (const finding of findings) this.acknowledged.add(findingKey(finding));
  }

  /** The send control as it is now (sites re-render it). */
  sendControl(): HTMLElement | null {
    return this.deps.adapter.findSendControl(this.composer);
  }

  /** Alt+Shift+N: the keyboard route from the editor to the findings panel. */
  private onKeyDown = (event: KeyboardEvent): void => {
    if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey || event.code !== 'KeyN') return;
    if (this.openFindings().length === 0) return;
    event.preventDefault();
    event.stopPropagation();
    this.deps.store.openPanel(this.id);
  };

  focusEditor = (): void => {
    this.deps.adapter.findEditor(this.composer)?.focus();
  };

  dispose(): void {
    this.abort.abort();
    clearTimeout(this.timer);
    if (this.idle !== undefined) cancelIdleCallback(this.idle);
    this.highlighter?.clear();
    this.deps.store.removeView(this.id);
  }

  private run(): void {
    try {
      this.checkNow();
    } catch (error) {
      logError('check', error);
    }
  }

  private dismiss = (finding: Finding): void => {
    this.dismissed.add(findingKey(finding));
    // Only what an administrator needs to tune the rule: never the draft's text.
    recordFalsePositive({ ruleId: finding.ruleId, category: finding.category, site: this.deps.adapter.id, date: today() }).catch(
      (error: unknown) => logError('false-positive report', error),
    );
    this.publish();
    this.paintHighlights();
  };

  private publish(): void {
    const { adapter } = this.deps;
    this.deps.store.setView({
      id: this.id,
      findings: this.openFindings(),
      anchorRect: () => {
        const editor = adapter.findEditor(this.composer);
        const rect = editor?.getBoundingClientRect();
        return rect && rect.width > 0 && rect.height > 0 ? rect : null;
      },
      avoidRects: () => siteControlRects(this.composer, adapter.findSendControl(this.composer), adapter.findEditor(this.composer)),
      dismiss: this.dismiss,
      declareGift: this.deps.declareGift,
      focusEditor: this.focusEditor,
    });
  }

  private paintHighlights(body?: string): void {
    this.areHighlightsStale = false;
    try {
      const editor = this.deps.adapter.findEditor(this.composer);
      if (!editor) return;
      if (editor !== this.highlightedEditor) {
        this.highlighter?.clear();
        this.highlighter = createHighlighter(editor);
        this.highlightedEditor = editor;
      }
      const text = body ?? this.deps.adapter.read(this.composer).body;
      this.highlighter!.update(text, this.openFindings());
    } catch (error) {
      logError('highlight', error);
    }
  }
}

/** The site's own controls around a compose box, which the badge must never cover. */
function siteControlRects(composer: Element, send: HTMLElement | null, editor: HTMLElement | null): DOMRect[] {
  const rects: DOMRect[] = [];
  if (send) rects.push(send.getBoundingClientRect());
  const controls = composer.querySelectorAll('button, [role="button"], a[href], input, select, [role="textbox"], textarea');
  for (let i = 0; i < controls.length && i < 60; i++) {
    const control = controls[i]!;
    if (control === editor || editor?.contains(control) || control.contains(editor)) continue;
    const rect = control.getBoundingClientRect();
    if (rect.width > 0 && rect.height > 0) rects.push(rect);
  }
  return rects;
}
