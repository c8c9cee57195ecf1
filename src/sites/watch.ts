import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { check } from '../engine/check';
import type { Finding } from '../engine/types';
import type { OverlayStore } from '../overlay/store';
import type { Policy } from '../policy/resolve';
import { watchPolicy } from '../settings/effective';
import { logError } from '../settings/local-log';
import { ComposeController } from './compose-controller';
import type { SiteAdapter } from './define-site';
import { interceptSends } from './intercept';

/**
 * Runs one throwaway check in idle time as soon as the policy is known: the engine compiles
 * the pack's lexicons on first use (a few hundred ms on a slow machine), and that cost belongs
 * to page load, not to the user's first pause in typing.
 */
function warmUp(policy: Policy): void {
  const run = () => {
    try {
      check({ channel: 'email', site: 'other', from: '', to: [], cc: [], bcc: [], subject: '', body: 'Warm-up.', attachments: [] }, policy);
    } catch (error) {
      logError('warm-up', error);
    }
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 0);
}

/** How long DOM changes are gathered before looking for new or closed compose boxes. */
const SCAN_DELAY_MS = 50;

/**
 * Watches the page for compose boxes (a MutationObserver, stopped by the context's signal;
 * no polling) and gives each its own controller: adapter → engine → overlay.
 * @example watchComposers(ctx, adapter, store, { declareGift })
 */
export function watchComposers(
  ctx: ContentScriptContext,
  adapter: SiteAdapter,
  store: OverlayStore,
  options: { declareGift: (finding: Finding) => void },
): void {
  const { signal } = ctx;
  const controllers = new Map<Element, ComposeController>();
  let policy: Policy | null = null;

  const scan = () => {
    try {
      const found = new Set(adapter.findComposers(document));
      for (const [composer, controller] of controllers) {
        if (!found.has(composer) || !composer.isConnected) {
          controller.dispose();
          controllers.delete(composer);
        }
      }
      for (const composer of found) {
        if (controllers.has(composer)) continue;
        controllers.set(composer, new ComposeController(composer, { adapter, store, getPolicy: () => policy, declareGift: options.declareGift }));
        resizes.observe(composer);
      }
    } catch (error) {
      logError('scan', error);
    }
  };

  let scanTimer: ReturnType<typeof setTimeout> | undefined;
  const scheduleScan = () => {
    scanTimer ??= setTimeout(() => {
      scanTimer = undefined;
      scan();
    }, SCAN_DELAY_MS);
  };

  let frame: number | undefined;
  const relayout = () => {
    frame ??= requestAnimationFrame(() => {
      frame = undefined;
      store.relayout();
    });
  };
  const resizes = new ResizeObserver(relayout);
  const mutations = new MutationObserver((records) => {
    scheduleScan();
    // Sites add recipients (chips, pills) without input events: re-check the box that changed.
    for (const controller of controllers.values()) {
      if (records.some((record) => controller.composer.contains(record.target))) controller.schedule();
    }
  });
  mutations.observe(document.body ?? document.documentElement, { childList: true, subtree: true });
  window.addEventListener('scroll', relayout, { capture: true, passive: true, signal });
  window.addEventListener('resize', relayout, { passive: true, signal });

  watchPolicy((next) => {
    const isFirst = policy === null;
    policy = next;
    if (isFirst) warmUp(next);
    for (const controller of controllers.values()) controller.schedule();
  }, signal);

  interceptSends({ adapter, store, controllers: () => controllers.values(), signal });

  signal.addEventListener('abort', () => {
    mutations.disconnect();
    resizes.disconnect();
    clearTimeout(scanTimer);
    for (const controller of controllers.values()) controller.dispose();
    controllers.clear();
  });
  scan();
}
