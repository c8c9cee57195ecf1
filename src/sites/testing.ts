import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Window } from 'happy-dom';
import type { SiteAdapter } from './define-site';

/** A fixture page loaded into its own happy-dom window, with the page's own script run. */
export interface LoadedFixture {
  window: Window;
  document: Document;
  /** The page's record of sends (`window.__sent`). */
  sent(): unknown[];
  close(): Promise<void>;
}

/**
 * Loads `tests/fixtures/sites/<name>.html` at `url` and runs its script, so tests read the
 * same DOM the end-to-end tests drive. For unit tests only.
 * @example const page = loadFixture('gmail', 'https://mail.google.com/mail/u/0/#inbox')
 */
export function loadFixture(name: string, url: string): LoadedFixture {
  const html = readFileSync(resolve(import.meta.dirname, `../../tests/fixtures/sites/${name}.html`), 'utf8');
  const window = new Window({
    url,
    width: 1280,
    height: 800,
    settings: { enableJavaScriptEvaluation: true, suppressInsecureJavaScriptEnvironmentWarning: true },
  });
  window.document.write(html);
  const document = window.document as unknown as Document;
  return {
    window,
    document,
    sent: () => ((window as unknown as { __sent?: unknown[] }).__sent ?? []),
    close: () => window.happyDOM.close(),
  };
}

/**
 * Writes lines into an editor the way the site's own editor lays them out: one block per
 * line (`<div>` or `<p>`), an empty line as a block holding only `<br>`.
 * @example typeLines(editor, ['Dear Sam,', '', 'Thanks.'], 'div')
 */
export function typeLines(editor: Element, lines: string[], block: 'div' | 'p' = 'div'): void {
  const doc = editor.ownerDocument;
  editor.replaceChildren(
    ...lines.map((line) => {
      const el = doc.createElement(block);
      if (line) el.textContent = line;
      else el.append(doc.createElement('br'));
      return el;
    }),
  );
  editor.dispatchEvent(new (doc.defaultView as unknown as typeof globalThis).Event('input', { bubbles: true }));
}

/**
 * Fails loudly when an adapter throws on a page: the hostile-DOM checks call every
 * entry point on every composer found.
 * @example exerciseAll(gmail, document)
 */
export function exerciseAll(adapter: SiteAdapter, root: ParentNode): void {
  for (const composer of adapter.findComposers(root)) {
    adapter.findEditor(composer);
    adapter.findSendControl(composer);
    adapter.read(composer);
  }
}

/**
 * Marks an event as the browser marks a real user's (happy-dom leaves `isTrusted` unset): the
 * fixture pages, like sites that guard their shortcuts, act on a send shortcut only when trusted.
 */
export function asUsersPress<T extends Event>(event: T): T {
  return Object.defineProperty(event, 'isTrusted', { value: true });
}
