import { browser } from 'wxt/browser';
import { loadEffectiveSettings } from './effective';
import { logError } from './local-log';

/** The id of the runtime-registered content script for sites the user or administrator adds. */
const SCRIPT_ID = 'nolan-extra-sites';
/** The built content script (entrypoints/content.ts); it picks the generic adapter on these sites. */
const CONTENT_SCRIPT = 'content-scripts/content.js';

/**
 * Normalises what a person types as a site into an origin, or null if it is not one.
 * @example siteOrigin('intranet.example.org/news') // 'https://intranet.example.org'
 */
export function siteOrigin(value: string): string | null {
  const trimmed = value.trim();
  if (!trimmed) return null;
  try {
    const url = new URL(/^[a-z]+:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
    const isLocal = ['localhost', '127.0.0.1'].includes(url.hostname);
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLocal)) return null;
    if (!url.hostname.includes('.') && !isLocal) return null;
    return url.origin;
  } catch {
    return null;
  }
}

/** Match patterns for a list of origins (`https://example.org` → `https://example.org/*`). */
export function extraSitePatterns(origins: readonly string[]): string[] {
  return origins.map(siteOrigin).filter((o): o is string => o !== null).map((origin) => `${new URL(origin).protocol}//${new URL(origin).hostname}/*`);
}

/** Asks for host permission on a site (must run inside the click that asked for it). */
export function requestSitePermission(origin: string): Promise<boolean> {
  return browser.permissions.request({ origins: extraSitePatterns([origin]) });
}

/** Gives back the host permission for a site the user removed. */
export async function releaseSitePermission(origin: string): Promise<void> {
  await browser.permissions.remove({ origins: extraSitePatterns([origin]) }).catch(() => false);
}

/**
 * Registers the content script on every extra site Nolan holds host permission for, and no
 * others; call after the list or the permissions change, and at start-up.
 */
export async function syncExtraSiteScripts(): Promise<void> {
  if (!browser.scripting?.registerContentScripts) return;
  try {
    const { settings } = await loadEffectiveSettings();
    const granted: string[] = [];
    for (const pattern of extraSitePatterns(settings.extraSites)) {
      if (await browser.permissions.contains({ origins: [pattern] })) granted.push(pattern);
    }
    const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
    if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
    if (granted.length === 0) return;
    await browser.scripting.registerContentScripts([
      { id: SCRIPT_ID, matches: granted, js: [CONTENT_SCRIPT], runAt: 'document_idle', persistAcrossSessions: true },
    ]);
  } catch (error) {
    logError('extra sites', error);
  }
}
