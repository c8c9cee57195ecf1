import type { Finding } from '../engine/types';
import type { OverlayStore } from '../overlay/store';
import { logError, recordOverride, today } from '../settings/local-log';
import type { ComposeController } from './compose-controller';
import type { SiteAdapter } from './define-site';

/** Does this keydown match the adapter's send shortcut (Ctrl or Cmd + key)? */
function isShortcut(event: KeyboardEvent, adapter: SiteAdapter): boolean {
  const shortcut = adapter.sendShortcut;
  if (!shortcut || event.key !== shortcut.key) return false;
  return shortcut.ctrlOrMeta ? event.ctrlKey || event.metaKey : !event.ctrlKey && !event.metaKey;
}

/**
 * Stops a send while a draft has open warn/block findings, and asks first ("Before you send").
 * Capture-phase listeners on window see the click or shortcut before the site does. A clean
 * draft's event is never touched; if anything here throws, the send goes ahead (fail open).
 * After "Send anyway" the send is re-dispatched exactly once, past these listeners.
 */
export function interceptSends(options: {
  adapter: SiteAdapter;
  store: OverlayStore;
  controllers: () => Iterable<ComposeController>;
  signal: AbortSignal;
}): void {
  const { adapter, store, controllers, signal } = options;
  let isBypassing = false;
  let isAsking = false;

  const findController = (path: EventTarget[], pick: (c: ComposeController) => Element | null) => {
    for (const controller of controllers()) {
      const target = pick(controller);
      if (target && path.includes(target)) return controller;
    }
    return null;
  };

  /** Decides synchronously whether to hold this send; returns the findings to ask about. */
  const hold = (event: Event, controller: ComposeController): Finding[] | null => {
    try {
      if (!store.canAsk()) return null;
      controller.checkNow();
      const pending = controller.pendingFindings();
      if (pending.length === 0) return null;
      event.preventDefault();
      event.stopImmediatePropagation();
      return pending;
    } catch (error) {
      logError('send check', error);
      return null;
    }
  };

  const ask = (controller: ComposeController, findings: Finding[], resend: () => void) => {
    isAsking = true;
    store
      .askBeforeSend(controller.id, findings)
      .then((choice) => {
        isAsking = false;
        if (choice.kind === 'edit') {
          controller.focusEditor();
          return;
        }
        controller.acknowledge(findings);
        recordOverride({
          ruleIds: [...new Set(findings.map((f) => f.ruleId))],
          categories: [...new Set(findings.map((f) => f.category))],
          site: adapter.id,
          date: today(),
          reason: choice.reason,
        }).catch((error: unknown) => logError('override record', error));
        isBypassing = true;
        try {
          resend();
        } finally {
          isBypassing = false;
        }
      })
      .catch((error: unknown) => {
        isAsking = false;
        logError('send dialog', error);
      });
  };

  /**
   * Some sites send on the press rather than the click (Gmail acts on mouseup): while a draft
   * is held, the site sees none of the press events on its send control; the click asks.
   */
  const onPress = (event: Event) => {
    if (isBypassing) return;
    const controller = findController(event.composedPath(), (c) => c.sendControl());
    if (!controller) return;
    try {
      if (!store.canAsk()) return;
      if (isAsking || (controller.checkNow(), controller.pendingFindings().length > 0)) event.stopImmediatePropagation();
    } catch (error) {
      logError('send check', error);
    }
  };

  /** Replays a press and click on the send control, as a user's click would arrive. */
  const clickSend = (controller: ComposeController) => {
    const control = controller.sendControl();
    if (!control) return;
    const init = { bubbles: true, cancelable: true, composed: true, button: 0 };
    control.dispatchEvent(new PointerEvent('pointerdown', init));
    control.dispatchEvent(new MouseEvent('mousedown', init));
    control.dispatchEvent(new PointerEvent('pointerup', init));
    control.dispatchEvent(new MouseEvent('mouseup', init));
    control.click();
  };

  const onClick = (event: MouseEvent) => {
    if (isBypassing) return;
    const controller = findController(event.composedPath(), (c) => c.sendControl());
    if (!controller) return;
    if (isAsking) {
      event.preventDefault();
      event.stopImmediatePropagation();
      return;
    }
    const findings = hold(event, controller);
    if (!findings) return;
    ask(controller, findings, () => clickSend(controller));
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (isBypassing || !isShortcut(event, adapter)) return;
    const controller = findController(event.composedPath(), (c) => c.composer);
    if (!controller) return;
    const findings = hold(event, controller);
    if (!findings) return;
    const target = event.target as EventTarget;
    const init: KeyboardEventInit = {
      key: event.key,
      code: event.code,
      ctrlKey: event.ctrlKey,
      metaKey: event.metaKey,
      shiftKey: event.shiftKey,
      altKey: event.altKey,
      bubbles: true,
      cancelable: true,
      composed: true,
    };
    ask(controller, findings, () => {
      // Sites may act only on real key presses (a replayed one is untrusted); a click on their
      // own send control is what they expect from scripts too. Replay the key only where there is none.
      if (controller.sendControl()) {
        clickSend(controller);
        return;
      }
      const node = target instanceof Node && target.isConnected ? target : null;
      node?.dispatchEvent(new KeyboardEvent('keydown', init));
    });
  };

  const capture = { capture: true, signal };
  window.addEventListener('click', onClick, capture);
  window.addEventListener('keydown', onKeyDown, capture);
  for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup']) window.addEventListener(type, onPress, capture);
}
