import type { SiteDraft } from './define-site';
import type { Site } from '../engine/types';
import { outermost, queryAll, type Selectors } from './query';
import { textOf } from './text';

/**
 * Reads a social post composer: every editor in it (a thread has one per post) joined by
 * a blank line; no recipients, no subject.
 * @example readPost(dialog, 'x', selectors.editor)
 */
export function readPost(composer: Element, site: Site, editor: Selectors): SiteDraft {
  const editors = outermost(queryAll(composer, editor));
  return {
    channel: 'social',
    site,
    from: '',
    to: [],
    cc: [],
    bcc: [],
    subject: '',
    body: editors.map((el) => textOf(el)).filter((text) => text.length > 0).join('\n\n'),
    attachments: [],
  };
}

/**
 * A button in `root` whose accessible name or text is exactly one of `names` (case-insensitive)
 * or matches the pattern, for sites whose send control has no stable attribute but its label.
 * @example buttonNamed(dialog, ['Post'])
 */
export function buttonNamed(root: ParentNode, names: readonly string[] | RegExp): HTMLElement | null {
  const wanted = Array.isArray(names) ? new Set(names.map((name) => name.toLowerCase())) : null;
  for (const el of queryAll(root, ['button', '[role="button"]', 'input[type="submit"]'])) {
    const label = (el.getAttribute('aria-label') ?? el.getAttribute('value') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (wanted ? wanted.has(label.toLowerCase()) : (names as RegExp).test(label)) return el;
  }
  return null;
}
