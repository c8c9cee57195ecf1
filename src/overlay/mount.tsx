import { createRoot, type Root } from 'react-dom/client';
import { Overlay } from './Overlay';
import type { OverlayStore } from './store';
import overlayCss from './overlay.css?inline';

/**
 * The overlay's styles as text, for the shadow root. Bundled into the script rather than
 * fetched from the extension, so they also reach sites added at runtime (which are not in
 * web_accessible_resources) and pages cannot probe for the extension through a CSS URL.
 */
export const OVERLAY_CSS: string = overlayCss;

/**
 * Renders the overlay into its shadow root's container (WXT's `onMount`).
 * @example createShadowRootUi(ctx, { name: 'nolan-overlay', position: 'inline', onMount: (el) => mountOverlay(el, store) })
 */
export function mountOverlay(container: HTMLElement, store: OverlayStore): Root {
  const root = createRoot(container);
  root.render(<Overlay store={store} />);
  return root;
}
