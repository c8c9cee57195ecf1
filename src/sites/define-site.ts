import type { Draft, Site } from '../engine/types';

/** How a site sends from the keyboard: the shortcut that sends from the compose box. */
export interface SendShortcut {
  key: string;
  /** Ctrl on Windows/Linux, Cmd on macOS: either counts. */
  ctrlOrMeta: boolean;
}

/** What an adapter reads out of a compose box: a Draft before the user's org and profile are added. */
export type SiteDraft = Omit<Draft, 'id' | 'org' | 'profile'>;

/**
 * One site's compose DOM: where compose boxes are, how to read them into a Draft, and
 * which control sends. Adapters only read; they never write to the page's editor DOM,
 * and importing one has no side effects.
 */
export interface SiteAdapter {
  id: Site;
  /** Match patterns for the content script (WXT/Chrome syntax); empty for the generic adapter. */
  matches: string[];
  channel: Draft['channel'];
  /** Every selector for this site, and only here. Each is a list of fallbacks, first wins. */
  selectors: Record<string, readonly string[]>;
  /** The root element of each open compose surface (a compose window, reply, pop-out, post dialog). */
  findComposers(root: ParentNode): Element[];
  /** The editable element holding the body text inside a composer. */
  findEditor(composer: Element): HTMLElement | null;
  /** The send control inside (or belonging to) a composer. */
  findSendControl(composer: Element): HTMLElement | null;
  /** Reads what is there; missing recipients give [], and the text is still read. */
  read(composer: Element): SiteDraft;
  /** The keyboard shortcut that sends, or undefined where the site has none (LinkedIn, Facebook). */
  sendShortcut?: SendShortcut;
}

/** Declares a site adapter (identity, for types and readability). */
export function defineSite(adapter: SiteAdapter): SiteAdapter {
  return adapter;
}

/**
 * Whether a keydown is the adapter's send shortcut (Ctrl+Enter or Cmd+Enter where it has one).
 * @example if (isSendShortcut(event, adapter)) intercept(event)
 */
export function isSendShortcut(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey'>, adapter: Pick<SiteAdapter, 'sendShortcut'>): boolean {
  const shortcut = adapter.sendShortcut;
  if (!shortcut || event.key !== shortcut.key) return false;
  return shortcut.ctrlOrMeta ? event.ctrlKey || event.metaKey : !event.ctrlKey && !event.metaKey;
}

/**
 * Whether a keydown on the send control itself sends: Enter or Space on a control that is
 * not a real button (Gmail's and Facebook's div[role=button]), which the page handles as
 * a keydown rather than the browser turning it into a click (cf. InboxSDK's presending stream).
 * @example if (isSendKeyOnControl(event, adapter.findSendControl(composer))) intercept(event)
 */
export function isSendKeyOnControl(event: Pick<KeyboardEvent, 'key' | 'target'>, sendControl: Element | null): boolean {
  if (!sendControl || (event.key !== 'Enter' && event.key !== ' ')) return false;
  const target = event.target as Node | null;
  if (!target || !sendControl.contains(target)) return false;
  return sendControl.tagName !== 'BUTTON' && !(sendControl.tagName === 'INPUT' && (sendControl as HTMLInputElement).type === 'submit');
}
