import { defineSite } from './define-site';
import { findComposersBy, queryFirst } from './query';
import { readPost } from './social';

const selectors = {
  // The composer opens as a modal dialog (new post, reply, quote).
  composer: ['div[role="dialog"][aria-modal="true"]'],
  // A TipTap/ProseMirror editor, one per post in a thread.
  editor: [
    'div.ProseMirror[contenteditable="true"][role="textbox"]',
    '[role="textbox"][aria-label="Rich-Text Editor"][contenteditable="true"]',
    '[data-testid="composerTextInput"] [contenteditable="true"]',
  ],
  // testID composerPublishBtn; labelled "Publish post", "Publish reply", "Publish posts".
  send: ['[data-testid="composerPublishBtn"]', 'button[aria-label^="Publish"]'],
} as const;

/** Bluesky (bsky.app): the post, reply and thread composer. */
export default defineSite({
  id: 'bluesky',
  matches: ['https://bsky.app/*'],
  channel: 'social',
  selectors,
  findComposers: (root) => findComposersBy(root, { containers: selectors.composer, editor: selectors.editor, send: selectors.send }),
  findEditor: (composer) => queryFirst(composer, selectors.editor),
  findSendControl: (composer) => queryFirst(composer, selectors.send),
  read: (composer) => readPost(composer, 'bluesky', selectors.editor),
  // Bluesky publishes on Ctrl+Enter (Cmd+Enter on macOS) from the composer.
  sendShortcut: { key: 'Enter', ctrlOrMeta: true },
});

/* Manual check: https://bsky.app/ ("New Post") */
