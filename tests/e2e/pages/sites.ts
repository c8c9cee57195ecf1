/** A supported site as the end-to-end tests drive it: its real address, fixture and controls. */
export interface SiteUnderTest {
  id: 'gmail' | 'outlook' | 'x' | 'linkedin' | 'facebook' | 'bluesky';
  /** The real host pattern routed to the fixture. */
  hostPattern: string;
  /** A compose page on the real host. */
  url: string;
  fixture: string;
  /** The body editor (a contenteditable the user types into). */
  editor: string;
  /** The site's own send control. */
  send: string;
  /** A recipient input, for email sites: typed into, then Enter makes the recipient. */
  recipient?: string;
  /** Whether Ctrl+Enter sends from the editor. */
  hasShortcut: boolean;
}

/** Every built-in site, with selectors taken from its fixture in tests/fixtures/sites/. */
export const SITES: SiteUnderTest[] = [
  {
    id: 'gmail',
    hostPattern: 'https://mail.google.com/**',
    url: 'https://mail.google.com/mail/u/0/#inbox?compose=new',
    fixture: 'gmail.html',
    editor: 'div[role="textbox"][aria-label="Message Body"]',
    send: 'div[role="button"][aria-label^="Send"]',
    recipient: 'div[name="to"] input',
    hasShortcut: true,
  },
  {
    id: 'x',
    hostPattern: 'https://x.com/**',
    url: 'https://x.com/home',
    fixture: 'x.html',
    editor: '[data-testid="tweetTextarea_0"]',
    send: '[data-testid="tweetButtonInline"]',
    hasShortcut: true,
  },
  {
    id: 'outlook',
    hostPattern: 'https://outlook.office.com/**',
    url: 'https://outlook.office.com/mail/deeplink/compose',
    fixture: 'outlook.html',
    editor: 'div[role="textbox"][aria-label^="Message body"]',
    send: 'button[aria-label="Send"]',
    recipient: 'div[role="textbox"][aria-label="To"]',
    hasShortcut: true,
  },
  {
    id: 'linkedin',
    hostPattern: 'https://www.linkedin.com/**',
    url: 'https://www.linkedin.com/feed/#compose',
    fixture: 'linkedin.html',
    editor: '[role="dialog"] .ql-editor[role="textbox"]',
    send: 'button.share-actions__primary-action',
    hasShortcut: false,
  },
  {
    id: 'facebook',
    hostPattern: 'https://www.facebook.com/**',
    url: 'https://www.facebook.com/#compose',
    fixture: 'facebook.html',
    editor: '[role="dialog"] [data-lexical-editor="true"][role="textbox"]',
    send: '[role="dialog"] [aria-label="Post"][role="button"]',
    hasShortcut: false,
  },
  {
    id: 'bluesky',
    hostPattern: 'https://bsky.app/**',
    url: 'https://bsky.app/#compose',
    fixture: 'bluesky.html',
    editor: '[data-testid="composePostView"] .ProseMirror[contenteditable]',
    send: 'button[data-testid="composerPublishBtn"]',
    hasShortcut: true,
  },
];
