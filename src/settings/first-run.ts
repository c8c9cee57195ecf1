import { browser } from 'wxt/browser';
import { readManagedSettings } from './effective';
import { syncExtraSiteScripts } from './extra-sites';

/**
 * Background wiring for settings: opens the welcome page on first install (to choose the
 * organisation and role), and keeps the content script registered on the extra sites the
 * user has granted, and the local copy of managed settings warm. Call once from the background's main function.
 */
export function registerFirstRun(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
    void syncExtraSiteScripts();
    void readManagedSettings(); // warms the local copy content scripts read first
  });
  browser.runtime.onStartup.addListener(() => {
    void syncExtraSiteScripts();
    void readManagedSettings();
  });
  browser.permissions.onAdded.addListener(() => void syncExtraSiteScripts());
  browser.permissions.onRemoved.addListener(() => void syncExtraSiteScripts());
}
