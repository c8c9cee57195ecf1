import { defineSite } from './define-site';
import { findComposersBy, queryFirst } from './query';
import { readPost } from './social';

const selectors = {
  // The compose modal (/compose/post) and reply dialogs; the home timeline's inline
  // composer has no wrapper of its own and is found by climbing from the editor to its button.
  composer: ['div[role="dialog"][aria-modal="true"]', 'div[role="dialog"]'],
  // DraftJS editor: data-testid tweetTextarea_0, _1, … one per post in a thread (the
  // wrapping tweetTextarea_0_label is not contenteditable, so it is not matched).
  editor: [
    '[data-testid^="tweetTextarea_"][role="textbox"][contenteditable="true"]',
    '[data-testid^="tweetTextarea_"][contenteditable="true"]',
    // Older DraftJS markup without test ids.
    'div.public-DraftEditor-content[contenteditable="true"]',
  ],
  // "Post" on the home timeline is tweetButtonInline; in the modal and replies tweetButton.
  send: ['[data-testid="tweetButtonInline"]', '[data-testid="tweetButton"]'],
} as const;

/** X (Twitter): the home timeline composer, the compose modal and reply boxes. */
export default defineSite({
  id: 'x',
  matches: ['https://x.com/*', 'https://twitter.com/*', 'https://mobile.x.com/*', 'https://mobile.twitter.com/*'],
  channel: 'social',
  selectors,
  findComposers: (root) => findComposersBy(root, { containers: selectors.composer, editor: selectors.editor, send: selectors.send }),
  findEditor: (composer) => queryFirst(composer, selectors.editor),
  findSendControl: (composer) => queryFirst(composer, selectors.send),
  read: (composer) => readPost(composer, 'x', selectors.editor),
  // X posts on Ctrl+Enter (Cmd+Enter on macOS) from the editor.
  sendShortcut: { key: 'Enter', ctrlOrMeta: true },
});

/* Manual check: https://x.com/compose/post */
