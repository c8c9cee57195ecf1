import { defineSite } from './define-site';
import { findComposersBy, matchesAny, queryAll, queryFirst } from './query';
import { readRecipients } from './recipients';
import { emailIn, lineOf, textOf, typedAddresses } from './text';

const selectors = {
  // div.M9 is the root of every compose surface: the pop-up window, a pop-out and an
  // inline reply or forward (gmail.js `api.dom.composes`); a compose window is a
  // [role=dialog] child of div.AD holding div.aaZ > div.M9 (InboxSDK).
  composer: ['div.M9', 'div[role="dialog"]'],
  // Body: role + label in English; g_editable is language-independent (any locale);
  // the class pair Am/Al is the classic editor.
  body: [
    'div[role="textbox"][aria-label="Message Body"][contenteditable="true"]',
    'div[contenteditable="true"][g_editable="true"]',
    'div.Am.Al.editable[contenteditable="true"]',
  ],
  // Send: its tooltip and label read "Send ‪(Ctrl-Enter)‬" (with bidi marks); the classes
  // T-I + aoO are the primary compose button in every locale (gmail.js `send_button`).
  send: [
    'div[role="button"][data-tooltip^="Send"]',
    'div[role="button"][aria-label^="Send"]',
    // Language-independent: the first button of the send group (InboxSDK `getSendButton`).
    '.IZ .Up div > div[role="button"]:not(.Uo):not([aria-haspopup="true"])',
    'div.T-I.aoO[role="button"]',
  ],
  // Recipient rows (the "peoplekit" compose, 2021 on): div[name=to|cc|bcc] holds the
  // chips; the legacy compose had textarea[name=to] instead.
  to: ['div[name="to"]', 'textarea[name="to"]'],
  cc: ['div[name="cc"]', 'textarea[name="cc"]'],
  bcc: ['div[name="bcc"]', 'textarea[name="bcc"]'],
  // A chip is div[role=option][data-name][data-hovercard-id] (InboxSDK `get-recipients`);
  // older chips carried an [email] span.
  chip: ['div[role="option"][data-hovercard-id]', '[data-hovercard-id]', 'span[email]'],
  // What is typed in a recipient row before it becomes a chip.
  typed: ['input[peoplekit-id]', 'input[aria-label$="recipients"]', 'input[type="text"]', 'textarea'],
  // subjectbox is the visible subject; inline replies only have the hidden name=subject.
  subject: ['input[name="subjectbox"]', 'input[name="subject"]'],
  // The sender when the account has several "Send mail as" addresses.
  from: ['input[name="from"]', 'div[name="from"] [email]'],
  // Otherwise the signed-in account, from the account button in the page header.
  account: ['a[aria-label^="Google Account:"]', 'header [aria-label^="Google Account"]'],
  // Uploaded attachments: div.dL per file with its name in div.vI (gmail.js `attachments`).
  attachment: ['div.dL div.vI', 'div.dL [aria-label^="Attachment"]'],
} as const;

function readField(composer: Element, field: readonly string[]): string[] {
  const row = queryFirst(composer, field);
  if (row?.tagName === 'TEXTAREA') return typedAddresses((row as HTMLTextAreaElement).value);
  return readRecipients(row, selectors.chip, selectors.typed);
}

/** Gmail: pop-up and pop-out compose windows and inline replies, read from their chips and editor. */
export default defineSite({
  id: 'gmail',
  matches: ['https://mail.google.com/*'],
  channel: 'email',
  selectors,
  // A g_editable box outside any compose window (the signature editor in Settings) is not one.
  findComposers: (root) =>
    findComposersBy(root, { containers: selectors.composer, editor: selectors.body, send: selectors.send }).filter(
      (composer) => matchesAny(composer, selectors.composer) || queryFirst(composer, selectors.send) !== null,
    ),
  findEditor: (composer) => queryFirst(composer, selectors.body),
  findSendControl: (composer) => queryFirst(composer, selectors.send),
  read(composer) {
    const from = queryFirst(composer, selectors.from);
    const account = queryFirst(composer.ownerDocument, selectors.account);
    return {
      channel: 'email',
      site: 'gmail',
      from: emailIn(from ? (from.getAttribute('email') ?? textOf(from)) : account?.getAttribute('aria-label')) ?? '',
      to: readField(composer, selectors.to),
      cc: readField(composer, selectors.cc),
      bcc: readField(composer, selectors.bcc),
      subject: lineOf(queryFirst(composer, selectors.subject)),
      body: textOf(queryFirst(composer, selectors.body)),
      attachments: queryAll(composer, selectors.attachment).map((el) => lineOf(el)).filter(Boolean),
    };
  },
  // Gmail sends on Ctrl+Enter (Cmd+Enter on macOS) from anywhere in the compose window.
  sendShortcut: { key: 'Enter', ctrlOrMeta: true },
});

/* Manual check: https://mail.google.com/mail/u/0/#inbox?compose=new */
