import { defineSite } from './define-site';
import { findComposersBy, queryFirst } from './query';
import { buttonNamed, readPost } from './social';

const selectors = {
  // The "Start a post" share box opens a modal dialog; messaging has a form per
  // conversation; a comment box (public, like a post) has its own form.
  composer: ['div.share-box-v2__modal[role="dialog"]', 'div[role="dialog"]', 'form.msg-form', 'form.comments-comment-box__form'],
  editor: [
    // Share box: a Quill editor.
    'div.ql-editor[contenteditable="true"][role="textbox"]',
    'div[role="textbox"][contenteditable="true"][aria-label="Text editor for creating content"]',
    // Messaging (conversation window and /messaging).
    'div.msg-form__contenteditable[contenteditable="true"]',
    // Comment boxes are Quill editors too (matched by the first selector); this is their older markup.
    'div.comments-comment-texteditor [contenteditable="true"]',
  ],
  // "Post" in the share box; "Send" in messaging; "Comment" under a post.
  send: ['button.share-actions__primary-action', 'button.msg-form__send-button', 'button.comments-comment-box__submit-button'],
} as const;

/** LinkedIn: the share box ("Start a post"), comment boxes and messaging. */
export default defineSite({
  id: 'linkedin',
  matches: ['https://www.linkedin.com/*'],
  channel: 'social',
  selectors,
  findComposers: (root) => findComposersBy(root, { containers: selectors.composer, editor: selectors.editor, send: selectors.send }),
  findEditor: (composer) => queryFirst(composer, selectors.editor),
  // The label is the fallback when the class names change.
  findSendControl: (composer) => queryFirst(composer, selectors.send) ?? buttonNamed(composer, ['Post', 'Send', 'Comment']),
  read: (composer) => readPost(composer, 'linkedin', selectors.editor),
  // No send shortcut: LinkedIn posts only from the Post button (Enter adds a line).
});

/* Manual check: https://www.linkedin.com/feed/?shareActive=true */
