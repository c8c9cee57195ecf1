/**
 * Reads an editor's text the way a person sees it, without `innerText` (which DOM test
 * environments do not lay out): block elements and `<br>` become line breaks, hidden
 * and non-text elements are skipped. Iterative, so deeply nested junk cannot overflow
 * the stack, and capped, so a huge paste cannot stall the page.
 */

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR',
  'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TFOOT', 'THEAD',
  'TR', 'UL',
]);

const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg', 'SVG', 'IMG', 'VIDEO', 'AUDIO', 'CANVAS', 'IFRAME', 'OBJECT', 'BUTTON', 'SELECT']);

/** The most characters read from one field; beyond this the text is cut (the engine is linear, the page is not). */
export const MAX_TEXT = 200_000;

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/**
 * The plain text of an element as it reads on screen: `<div>`/`<p>` lines and `<br>`
 * become "\n", non-breaking spaces become spaces, formatting whitespace between blocks
 * is dropped. Inputs and textareas give their value.
 * @example textOf(editor) // 'Dear Jo,\n\nThanks for the tickets.'
 */
export function textOf(el: Element | null | undefined, max = MAX_TEXT): string {
  if (!el) return '';
  if (isFormField(el)) return el.value.replace(/\r\n?/g, '\n').slice(0, max);
  let out = '';
  const breakLine = () => {
    if (out.length > 0 && !out.endsWith('\n')) out += '\n';
  };
  // Each entry is a node to visit, or a marker that a block element has ended.
  const stack: (Node | { endOf: Element })[] = [el];
  while (stack.length > 0 && out.length < max) {
    const item = stack.pop()!;
    if ('endOf' in item) {
      breakLine();
      continue;
    }
    if (item.nodeType === 3) {
      const text = item.nodeValue ?? '';
      // Whitespace-only text holding a newline is source formatting between blocks.
      if (/^\s*$/.test(text) && text.includes('\n')) continue;
      out += text.replace(/\u00a0/g, ' ').replace(/[\u200b\ufeff]/g, '');
      continue;
    }
    if (item.nodeType !== 1) continue;
    const element = item as Element;
    const tag = element.tagName;
    if (tag === 'BR') {
      out += '\n';
      continue;
    }
    if (SKIPPED_TAGS.has(tag) || (element !== el && isHidden(element))) continue;
    if (isFormField(element)) {
      out += element.value;
      continue;
    }
    const isBlock = BLOCK_TAGS.has(tag.toUpperCase());
    if (isBlock) {
      breakLine();
      stack.push({ endOf: element });
    }
    const children = element.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return out.slice(0, max).replace(/^\n+|\n+$/g, '');
}

function isFormField(el: Element): el is HTMLTextAreaElement | HTMLInputElement {
  return el.tagName === 'TEXTAREA' || el.tagName === 'INPUT';
}

/** The text of a single-line field (a subject, a chip): whitespace runs become one space, trimmed. */
export function lineOf(el: Element | null | undefined): string {
  return textOf(el, 2000).replace(/\s+/g, ' ').trim();
}

const EMAIL = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/;

/**
 * The first email address in a string, or null.
 * @example emailIn('Jo Bloggs <jo@acme.co.uk>') // 'jo@acme.co.uk'
 */
export function emailIn(text: string | null | undefined): string | null {
  if (!text) return null;
  return EMAIL.exec(text)?.[0] ?? null;
}

/**
 * Addresses typed into a recipient field but not yet turned into chips, split on commas
 * and semicolons (they go out with the message all the same).
 * @example typedAddresses('jo@acme.co.uk; sam@x.org') // ['jo@acme.co.uk', 'sam@x.org']
 */
export function typedAddresses(value: string | null | undefined): string[] {
  if (!value) return [];
  return value
    .split(/[,;]/)
    .map((part) => emailIn(part) ?? part.trim())
    .filter((part) => part.length > 0);
}
