import { defineSite } from './define-site';
import { findComposersBy, outermost, queryAll, queryFirst } from './query';
import { addressOfChip } from './recipients';
import { emailIn, lineOf, textOf, typedAddresses } from './text';

const selectors = {
  // Outlook on the web has no stable compose wrapper: a new message, an inline reply in
  // the reading pane and a pop-out are each found by climbing from the body to the box
  // that also holds Send. A docked/maximised compose is a dialog.
  composer: ['div[role="dialog"][aria-label*="message" i]'],
  // Body: "Message body" (newer builds append ", press Alt+F10 to exit").
  body: [
    'div[role="textbox"][aria-label^="Message body"][contenteditable="true"]',
    'div[contenteditable="true"][aria-label^="Message body"]',
    // Any build that words or capitalises the label differently ("Message Body", "… message body …").
    'div[contenteditable="true"][aria-label*="message body" i]',
  ],
  // Send: a Fluent button labelled "Send" (title "Send (Ctrl+Enter)"); name="Send" is the older OWA.
  send: ['button[aria-label="Send"]', 'button[title^="Send"]', 'button[name="Send"]'],
  // Recipient wells: contenteditable text boxes labelled To, Cc, Bcc holding chips.
  to: ['div[role="textbox"][aria-label="To"]', 'div[contenteditable="true"][aria-label="To"]'],
  cc: ['div[role="textbox"][aria-label="Cc"]', 'div[contenteditable="true"][aria-label="Cc"]'],
  bcc: ['div[role="textbox"][aria-label="Bcc"]', 'div[contenteditable="true"][aria-label="Bcc"]'],
  // A recipient pill: the live-persona-card hover target shows the contact's name (or the
  // address itself when it is not a known contact); its address is read from an attribute
  // when Outlook puts one there. span.wellItemText is the older (2019) OWA well.
  chip: ['[data-lpc-hover-target]', 'span.wellItemText', 'span[title*="@"]'],
  subject: ['input[aria-label="Add a subject"]', 'input[aria-label="Subject"]', 'input[placeholder="Add a subject"]'],
  // The From button shows the sending address when "From" is visible.
  from: ['button[aria-label^="From"]', 'div[aria-label^="From"]'],
  // Otherwise the signed-in mailbox: the folder pane's root carries its address (as Mailvelope reads it).
  account: ['[id^="primaryMailboxRoot"]'],
  // Attachment cards above the body, one list item per file, the file name in its title.
  attachment: ['div[aria-label="Attachments"] [role="listitem"]', 'div[role="listbox"][aria-label="Attachments"] [role="option"]'],
} as const;

/**
 * The text typed into a well outside its chips (addresses Outlook has not resolved yet);
 * a pill is a non-editable island in the well, with its own remove button.
 */
function typedOutsideChips(well: Element, chips: Element[]): string {
  let text = '';
  const walker = well.ownerDocument.createTreeWalker(well, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node && text.length < 5000; node = walker.nextNode()) {
    if (chips.some((chip) => chip.contains(node))) continue;
    const island = node.parentElement?.closest('button, [role="button"], [contenteditable="false"]');
    if (island && island !== well && well.contains(island)) continue;
    text += ` ${node.nodeValue ?? ''}`;
  }
  return text.trim();
}

function readWell(composer: Element, field: readonly string[]): string[] {
  const well = queryFirst(composer, field);
  if (!well) return [];
  const chips = outermost(queryAll(well, selectors.chip));
  const found = [...chips.map(addressOfChip), ...typedAddresses(typedOutsideChips(well, chips))];
  return [...new Set(found.filter(Boolean))];
}

/** Outlook on the web (work, school and personal): new messages, inline replies and pop-outs. */
export default defineSite({
  id: 'outlook',
  matches: ['https://outlook.office.com/*', 'https://outlook.office365.com/*', 'https://outlook.live.com/*'],
  channel: 'email',
  selectors,
  findComposers: (root) => findComposersBy(root, { containers: selectors.composer, editor: selectors.body, send: selectors.send }),
  findEditor: (composer) => queryFirst(composer, selectors.body),
  findSendControl: (composer) => queryFirst(composer, selectors.send),
  read(composer) {
    const from = queryFirst(composer, selectors.from);
    const account = queryFirst(composer.ownerDocument, selectors.account);
    return {
      channel: 'email',
      site: 'outlook',
      from:
        emailIn(from ? `${from.getAttribute('title') ?? ''} ${lineOf(from)}` : '') ??
        emailIn(account?.getAttribute('data-folder-name') ?? account?.getAttribute('title')) ??
        '',
      to: readWell(composer, selectors.to),
      cc: readWell(composer, selectors.cc),
      bcc: readWell(composer, selectors.bcc),
      subject: lineOf(queryFirst(composer, selectors.subject)),
      body: textOf(queryFirst(composer, selectors.body)),
      attachments: queryAll(composer, selectors.attachment)
        .map((el) => el.getAttribute('title') ?? lineOf(el).split(' ')[0] ?? '')
        .filter(Boolean),
    };
  },
  // Outlook sends on Ctrl+Enter (Cmd+Enter on macOS).
  sendShortcut: { key: 'Enter', ctrlOrMeta: true },
});

/* Manual check: https://outlook.office.com/mail/deeplink/compose */
