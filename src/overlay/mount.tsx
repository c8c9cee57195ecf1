import { createRoot, type Root } from 'react-dom/client';
import { Overlay } from './Overlay';
import type { OverlayStore } from './store';
import './overlay.css';

/**
 * Renders the overlay into its shadow root's container (WXT's `onMount`).
 * @example createShadowRootUi(ctx, { name: 'nolan-overlay', position: 'inline', onMount: (el) => mountOverlay(el, store) })
 */
export function mountOverlay(container: HTMLElement, store: OverlayStore): Root {
  const root = createRoot(container);
  root.render(<Overlay store={store} />);
  return root;
}
