import { defineSite } from './define-site';
import { findComposersBy, queryFirst } from './query';
import { buttonNamed, readPost } from './social';

const selectors = {
  // "Create post" opens a dialog holding the composer.
  composer: ['div[role="dialog"]'],
  // A Lexical editor; the data attribute is the framework's own and stable across locales.
  editor: [
    'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]',
    'div[role="textbox"][contenteditable="true"]',
  ],
  // The Post button is a div[role=button] labelled "Post" ("Next" first for some audiences).
  send: ['div[role="button"][aria-label="Post"]', '[role="button"][aria-label="Post"]'],
} as const;

/** Facebook: the "Create post" composer dialog (comment boxes are not checked). */
export default defineSite({
  id: 'facebook',
  matches: ['https://www.facebook.com/*', 'https://web.facebook.com/*'],
  channel: 'social',
  selectors,
  // Only editors with a Post button: comment boxes (sent with Enter) are left alone.
  findComposers: (root) =>
    findComposersBy(root, { containers: selectors.composer, editor: selectors.editor, send: selectors.send }).filter(
      (composer) => Boolean(queryFirst(composer, selectors.send) ?? buttonNamed(composer, ['Post'])),
    ),
  findEditor: (composer) => queryFirst(composer, selectors.editor),
  findSendControl: (composer) => queryFirst(composer, selectors.send) ?? buttonNamed(composer, ['Post']),
  read: (composer) => readPost(composer, 'facebook', selectors.editor),
  // No send shortcut: Facebook posts only from the Post button.
});

/* Manual check: https://www.facebook.com/ ("What's on your mind?") */
