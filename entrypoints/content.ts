import { OverlayStore } from '@/src/overlay/store';
import { OVERLAY_CSS, mountOverlay } from '@/src/overlay/mount';
import { sendMessage } from '@/src/messaging';
import { loadEffectiveSettings } from '@/src/settings/effective';
import { extraSitePatterns } from '@/src/settings/extra-sites';
import { logError } from '@/src/settings/local-log';
import { adapterFor, siteMatches } from '@/src/sites';
import { watchComposers } from '@/src/sites/watch';

/**
 * Wiring only: the page's site adapter → compose controllers (engine) → the overlay in a
 * shadow root. Also registered at runtime for sites the user adds (see src/settings/extra-sites.ts).
 */
export default defineContentScript({
  matches: siteMatches,
  // The shadow root gets its CSS inline (OVERLAY_CSS), not fetched as WXT's 'ui' mode does:
  // a fetch fails on sites added at runtime, which web_accessible_resources cannot list.
  cssInjectionMode: 'manual',
  async main(ctx) {
    const url = new URL(location.href);
    // Built-in sites need no settings to pick their adapter; added sites are in the settings.
    const adapter =
      adapterFor(url) ?? adapterFor(url, extraSitePatterns((await loadEffectiveSettings({ cached: true })).settings.extraSites));
    if (!adapter) return;
    const store = new OverlayStore();
    const ui = await createShadowRootUi(ctx, {
      name: 'nolan-overlay',
      position: 'inline',
      anchor: 'body',
      mode: 'open',
      // Keys typed in the overlay (the reason box) must not reach the site's shortcuts.
      isolateEvents: true,
      css: OVERLAY_CSS,
      onMount: (container) => mountOverlay(container, store),
      onRemove: (root) => root?.unmount(),
    });
    ui.mount();
    watchComposers(ctx, adapter, store, {
      declareGift: (finding) => {
        sendMessage('openDeclarationForm', finding.prefill ?? { kind: 'gift' }).catch((error: unknown) => logError('declare gift', error));
      },
    });
  },
});
