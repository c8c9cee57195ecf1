import type { SiteAdapter } from './define-site';
import bluesky from './bluesky';
import facebook from './facebook';
import generic from './generic';
import gmail from './gmail';
import linkedin from './linkedin';
import outlook from './outlook';
import x from './x';

export type { SendShortcut, SiteAdapter, SiteDraft } from './define-site';
export { isSendKeyOnControl, isSendShortcut } from './define-site';
export { generic };

/** The built-in site adapters, one per supported site. */
export const sites: readonly SiteAdapter[] = [gmail, outlook, x, linkedin, facebook, bluesky];

/** Every built-in match pattern, for the content script's `matches`. */
export const siteMatches: string[] = sites.flatMap((site) => site.matches);

/**
 * Whether a URL falls under a WebExtension match pattern (`<scheme>://<host>/<path>`,
 * `*` in the scheme, a leading `*.` in the host, `*` anywhere in the path).
 * @example matchesPattern('https://*.example.org/*', new URL('https://mail.example.org/x')) // true
 */
export function matchesPattern(pattern: string, url: URL): boolean {
  if (pattern === '<all_urls>') return /^(https?|file):$/.test(url.protocol);
  const parts = /^(\*|https?|file):\/\/([^/]*)(\/.*)$/.exec(pattern);
  if (!parts) return false;
  const [, scheme, host, path] = parts as unknown as [string, string, string, string];
  const protocol = url.protocol.slice(0, -1);
  if (scheme === '*' ? protocol !== 'http' && protocol !== 'https' : scheme !== protocol) return false;
  if (host !== '*') {
    const hostname = url.hostname.toLowerCase();
    const wanted = host.toLowerCase();
    if (wanted.startsWith('*.')) {
      const base = wanted.slice(2);
      if (hostname !== base && !hostname.endsWith(`.${base}`)) return false;
    } else if (hostname !== wanted) return false;
  }
  const escaped = path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`).test(url.pathname + url.search);
}

/**
 * The adapter for a page: a built-in site's, else the generic adapter when the URL is
 * on a site the user or administrator added (`extraPatterns`), else undefined.
 * @example adapterFor(new URL('https://mail.google.com/mail/u/0/'))?.id // 'gmail'
 */
export function adapterFor(url: URL, extraPatterns: readonly string[] = []): SiteAdapter | undefined {
  const builtIn = sites.find((site) => site.matches.some((pattern) => matchesPattern(pattern, url)));
  if (builtIn) return builtIn;
  return extraPatterns.some((pattern) => matchesPattern(pattern, url)) ? generic : undefined;
}
