import { defineSite } from './define-site';
import { findComposersBy, queryFirst } from './query';
import { readPost } from './social';

const selectors = {
  // The composer (new post, reply, quote) is the view with testID composePostView, shown
  // in a modal; the aria-modal view is the fallback if the test id goes.
  composer: ['[data-testid="composePostView"]', '[aria-modal="true"]'],
  // A TipTap/ProseMirror editor (class "tiptap ProseMirror"), one per post in a thread;
  // it carries no label of its own in current builds, an older one was "Rich-Text Editor".
  editor: [
    '[data-testid="composePostView"] .ProseMirror[contenteditable="true"]',
    'div.ProseMirror[contenteditable="true"]',
    '[role="textbox"][aria-label="Rich-Text Editor"][contenteditable="true"]',
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
  // Bluesky publishes on Ctrl+Enter (Cmd+Enter on macOS) from the editor (TextInput.web.tsx handleKeyDown).
  sendShortcut: { key: 'Enter', ctrlOrMeta: true },
});

/* Manual check: https://bsky.app/ ("New Post") */
