import { defineSite } from './define-site';
import { matchesAny, outermost, queryAll, queryFirst } from './query';
import { buttonNamed } from './social';
import { lineOf, textOf, typedAddresses } from './text';

const selectors = {
  // Any multi-line field a person writes in; read-only, disabled and hidden ones are skipped.
  editor: [
    'textarea:not([readonly]):not([disabled]):not([hidden]):not([aria-hidden="true"])',
    // Any contenteditable host (a rich editor's inner nodes are dropped as nested).
    '[contenteditable="true"]:not([aria-hidden="true"])',
    '[contenteditable=""]:not([aria-hidden="true"])',
    '[contenteditable="plaintext-only"]:not([aria-hidden="true"])',
  ],
  // A form's submit button, or a control labelled as sending.
  send: [
    'button[type="submit"]',
    'input[type="submit"]',
    'button[aria-label^="Send" i]',
    '[role="button"][aria-label^="Send" i]',
    'button[aria-label^="Post" i]',
    '[role="button"][aria-label^="Post" i]',
    'button[aria-label^="Publish" i]',
  ],
  // Mail-like pages: a recipient or subject field makes the draft an email.
  to: ['input[type="email"]', 'input[name="to" i]', 'input[aria-label^="To" i]'],
  cc: ['input[name="cc" i]', 'input[aria-label^="Cc" i]'],
  bcc: ['input[name="bcc" i]', 'input[aria-label^="Bcc" i]'],
  subject: ['input[name="subject" i]', 'input[aria-label*="subject" i]', 'input[placeholder*="subject" i]'],
} as const;

/** Labels a send control may carry when it has no attribute to go by ("Send", "Post comment", …). */
const SEND_NAME = /^(send|post|publish|reply|submit|comment|tweet)\b/i;

const MAX_CLIMB = 12;

function hasSend(node: Element): boolean {
  return queryFirst(node, selectors.send) !== null || buttonNamed(node, SEND_NAME) !== null;
}

function findEditors(root: ParentNode): Element[] {
  return outermost(queryAll(root, selectors.editor));
}

function composerOf(editor: Element, others: Element[]): Element {
  // A form is the composer unless it wraps other compose boxes too (a page-wide form, as
  // ASP.NET WebForms pages have); then look for the nearest box with a send control.
  const form = editor.closest('form');
  if (form && !matchesAny(form, ['[role="search"]']) && !others.some((other) => form.contains(other))) return form;
  let node: Element | null = editor.parentElement;
  for (let i = 0; node && i < MAX_CLIMB; i++, node = node.parentElement) {
    if (others.some((other) => node!.contains(other))) break;
    if (hasSend(node)) return node;
  }
  return editor;
}

function fieldValues(composer: Element, field: readonly string[]): string[] {
  const input = queryFirst<HTMLInputElement>(composer, field);
  return input ? typedAddresses(input.value) : [];
}

/** Any textarea or contenteditable on a site the user or administrator adds (registered at runtime). */
export default defineSite({
  id: 'other',
  // Empty: the generic adapter runs only on sites added at runtime.
  matches: [],
  channel: 'social',
  selectors,
  findComposers(root) {
    const editors = findEditors(root);
    const composers = new Set<Element>();
    for (const editor of editors) composers.add(composerOf(editor, editors.filter((other) => other !== editor)));
    return outermost([...composers]);
  },
  findEditor: (composer) =>
    (matchesAny(composer, selectors.editor) ? (composer as HTMLElement) : null) ?? (findEditors(composer)[0] as HTMLElement | undefined) ?? null,
  findSendControl: (composer) => {
    if (matchesAny(composer, selectors.editor)) return null;
    return queryFirst(composer, selectors.send) ?? buttonNamed(composer, SEND_NAME);
  },
  read(composer) {
    const subjectField = queryFirst(composer, selectors.subject);
    const to = fieldValues(composer, selectors.to);
    const isEmail = subjectField !== null || queryFirst(composer, selectors.to) !== null;
    const editors = matchesAny(composer, selectors.editor) ? [composer] : findEditors(composer);
    return {
      channel: isEmail ? 'email' : 'social',
      site: 'other',
      from: '',
      to,
      cc: fieldValues(composer, selectors.cc),
      bcc: fieldValues(composer, selectors.bcc),
      subject: lineOf(subjectField),
      body: editors.map((el) => textOf(el)).filter(Boolean).join('\n\n'),
      attachments: queryAll<HTMLInputElement>(composer, ['input[type="file"]']).flatMap((input) =>
        Array.from(input.files ?? []).map((file) => file.name),
      ),
    };
  },
  // Unknown sites have no known shortcut; only the send control is intercepted.
});

/* Manual check: any page with a textarea added under Options → Sites, e.g. https://example.org/contact */
