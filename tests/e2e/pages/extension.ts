import type { BrowserContext, Worker } from '@playwright/test';

/** The part of `chrome.storage` these helpers use, inside the service worker. */
interface StorageArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}
type WorkerGlobal = { chrome: { storage: { sync: StorageArea; local: StorageArea } } };

/** The extension's service worker (waits for it to start). */
export async function serviceWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/** The user's settings as Nolan stores them (`sync:settings`, see src/settings/items.ts). */
export interface TestSettings {
  org: string | null;
  mediaAuthorised?: boolean;
  politicallyRestricted?: boolean;
  extraTrustedDomains?: string[];
  extraSites?: string[];
  disabledCategories?: string[];
  registerUrl?: string;
}

/** Writes the user's settings straight into chrome.storage.sync through the service worker. */
export async function writeSettings(context: BrowserContext, settings: TestSettings): Promise<void> {
  const worker = await serviceWorker(context);
  const value = {
    mediaAuthorised: false,
    politicallyRestricted: false,
    extraTrustedDomains: [],
    extraSites: [],
    disabledCategories: [],
    registerUrl: '',
    ...settings,
  };
  await worker.evaluate(async (settingsValue) => {
    await (globalThis as unknown as WorkerGlobal).chrome.storage.sync.set({ settings: settingsValue, settings$: { v: 1 } });
  }, value);
}

/** Reads a key of chrome.storage.local through the service worker. */
export async function readLocal<T>(context: BrowserContext, key: string): Promise<T | undefined> {
  const worker = await serviceWorker(context);
  return worker.evaluate(async (k) => (await (globalThis as unknown as WorkerGlobal).chrome.storage.local.get(k))[k], key) as Promise<T | undefined>;
}
