/**
 * Sturdy DOM lookups shared by the site adapters: each selector list is a set of
 * fallbacks, tried in order, and a selector a browser cannot parse is skipped rather
 * than thrown (so one bad fallback never breaks a whole site).
 */

/** A list of CSS selectors, tried in order: the first that matches wins. */
export type Selectors = readonly string[];

function safeQuery(root: ParentNode, selector: string): Element | null {
  try {
    return root.querySelector(selector);
  } catch {
    return null;
  }
}

function safeQueryAll(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

/**
 * The first element matched by the first selector in the list that matches anything.
 * @example queryFirst(compose, ['input[name="subjectbox"]', 'input[name="subject"]'])
 */
export function queryFirst<T extends Element = HTMLElement>(root: ParentNode, selectors: Selectors): T | null {
  for (const selector of selectors) {
    const found = safeQuery(root, selector);
    if (found) return found as T;
  }
  return null;
}

/**
 * Every element matched by any selector in the list, in document order, without duplicates.
 * @example queryAll(document, ['[role="dialog"]', '.M9'])
 */
export function queryAll<T extends Element = HTMLElement>(root: ParentNode, selectors: Selectors): T[] {
  const seen = new Set<Element>();
  for (const selector of selectors) for (const el of safeQueryAll(root, selector)) seen.add(el);
  return sortInDocumentOrder([...seen]) as T[];
}

/**
 * Whether the element matches any selector in the list.
 * @example matchesAny(el, ['[contenteditable="true"]', 'textarea'])
 */
export function matchesAny(el: Element, selectors: Selectors): boolean {
  return selectors.some((selector) => {
    try {
      return el.matches(selector);
    } catch {
      return false;
    }
  });
}

/**
 * The nearest ancestor (or the element itself) matching any selector in the list.
 * @example closestAny(editor, ['[role="dialog"]', 'form'])
 */
export function closestAny(el: Element, selectors: Selectors): Element | null {
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (matchesAny(node, selectors)) return node;
  }
  return null;
}

function sortInDocumentOrder(elements: Element[]): Element[] {
  // DOCUMENT_POSITION_FOLLOWING = 4
  return elements.sort((a, b) => (a === b ? 0 : a.compareDocumentPosition(b) & 4 ? -1 : 1));
}

/** Drops every element that contains another element of the list (keeps the innermost). */
export function innermost(elements: Element[]): Element[] {
  return elements.filter((el) => !elements.some((other) => other !== el && el.contains(other)));
}

/** Drops every element that sits inside another element of the list (keeps the outermost). */
export function outermost(elements: Element[]): Element[] {
  return elements.filter((el) => !elements.some((other) => other !== el && other.contains(el)));
}

/** How far up from an editor to look for the box that also holds its send control. */
const MAX_CLIMB = 30;

/** What a site tells `findComposersBy` about its compose DOM. */
export interface ComposerLookup {
  /** Known compose containers (a compose window, a post dialog); used when they hold an editor. */
  containers: Selectors;
  editor: Selectors;
  send: Selectors;
}

/**
 * Finds compose surfaces: known containers that hold an editor, and for any editor left
 * over, the nearest ancestor that also holds a send control but no other editor or
 * container (the editor itself if there is none). Several open at once come back in
 * document order, one element each.
 * @example findComposersBy(document, { containers: ['.M9'], editor: ['[role="textbox"]'], send: ['[aria-label^="Send"]'] })
 */
export function findComposersBy(root: ParentNode, lookup: ComposerLookup): Element[] {
  const editors = outermost(queryAll(root, lookup.editor));
  const containers = innermost(queryAll(root, lookup.containers).filter((c) => editors.some((e) => c.contains(e))));
  const found = new Set<Element>(containers);
  for (const editor of editors) {
    if (containers.some((c) => c.contains(editor))) continue;
    const others = [...containers, ...editors.filter((e) => e !== editor)];
    found.add(climbToSend(editor, lookup.send, (node) => others.some((other) => node.contains(other))) ?? editor);
  }
  return sortInDocumentOrder([...found]);
}

/**
 * The nearest ancestor of `from` holding a send control, if one is close enough and no
 * ancestor on the way is one `isTooFar` rejects (one holding another compose box, say).
 * @example climbToSend(editor, ['button[type="submit"]'])
 */
export function climbToSend(from: Element, send: Selectors, isTooFar: (node: Element) => boolean = () => false): Element | null {
  let node: Element | null = from;
  for (let i = 0; node && i < MAX_CLIMB; i++, node = node.parentElement) {
    if (node !== from && isTooFar(node)) return null;
    if (queryFirst(node, send)) return node;
  }
  return null;
}
