import { storage } from '@wxt-dev/storage';
import { browser } from 'wxt/browser';
import { getPack, PACK_IDS } from '../policy/packs';
import { resolvePolicy, type Policy } from '../policy/resolve';
import { ManagedSettingsSchema, UserSettingsSchema, userSettings, type ManagedSettings, type UserSettings } from './items';

/** Used until the user picks their organisation, so checks still run on a fresh install. */
export const DEFAULT_ORG: (typeof PACK_IDS)[number] = 'west-midlands';

/** The settings in force: the user's own with the administrator's managed keys on top. */
export interface EffectiveSettings {
  settings: UserSettings;
  /** Keys set by the organisation (chrome.storage.managed): shown as locked. */
  locked: ReadonlySet<keyof ManagedSettings>;
}

/**
 * The last managed settings read, kept locally: Chrome can take seconds to answer its first
 * `storage.managed.get()` in a tab, and a compose page must not wait that long for checks.
 */
const managedCache = storage.defineItem<ManagedSettings>('local:managedCache', { fallback: {}, version: 1 });

/** Reads managed settings (and refreshes the local copy); none or an unreadable store gives {}. */
export async function readManagedSettings(): Promise<ManagedSettings> {
  const managed = await readManagedStore();
  await managedCache.setValue(managed).catch(() => undefined);
  return managed;
}

/** The managed settings as last read; fast, for a first answer before `readManagedSettings`. */
export async function readCachedManagedSettings(): Promise<ManagedSettings> {
  const parsed = ManagedSettingsSchema.safeParse(await managedCache.getValue().catch(() => ({})));
  return parsed.success ? parsed.data : {};
}

/** Invalid keys are dropped; one bad key must not unlock the others. */
async function readManagedStore(): Promise<ManagedSettings> {
  try {
    const raw: Record<string, unknown> = (await browser.storage.managed?.get()) ?? {};
    const parsed = ManagedSettingsSchema.safeParse(raw);
    if (parsed.success) return parsed.data;
    const valid: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(raw)) {
      if (ManagedSettingsSchema.safeParse({ [key]: value }).success) valid[key] = value;
    }
    return valid as ManagedSettings;
  } catch {
    return {};
  }
}

/** Layers managed settings over the user's: managed wins. */
export function mergeSettings(user: UserSettings, managed: ManagedSettings): EffectiveSettings {
  const { registerToken: _token, ...managedUser } = managed;
  const locked = new Set(Object.keys(managed) as Array<keyof ManagedSettings>);
  return { settings: { ...user, ...managedUser }, locked };
}

/** The settings in force now; `cached` answers at once from the last managed settings read. */
export async function loadEffectiveSettings(options: { cached?: boolean } = {}): Promise<EffectiveSettings> {
  const readManaged = options.cached ? readCachedManagedSettings : readManagedSettings;
  const [stored, managed] = await Promise.all([userSettings.getValue(), readManaged()]);
  // Stored settings are an edge: fill defaults for missing keys, fall back to defaults if invalid.
  const parsed = UserSettingsSchema.safeParse(stored ?? {});
  return mergeSettings(parsed.success ? parsed.data : UserSettingsSchema.parse({}), managed);
}

/** Builds the policy the engine checks against from the settings in force. */
export function policyFor(settings: UserSettings): Policy {
  const pack = getPack(settings.org ?? DEFAULT_ORG) ?? getPack(DEFAULT_ORG)!;
  return resolvePolicy(pack, {}, {
    mediaAuthorised: settings.mediaAuthorised,
    politicallyRestricted: settings.politicallyRestricted,
    extraTrustedDomains: settings.extraTrustedDomains,
    disabledCategories: settings.disabledCategories,
  });
}

/**
 * Keeps a policy current: calls back now and whenever sync or managed settings change.
 * @example watchPolicy((policy) => { current = policy; }, ctx.signal)
 */
export function watchPolicy(onPolicy: (policy: Policy, settings: EffectiveSettings) => void, signal?: AbortSignal): void {
  const refresh = (cached = false) =>
    loadEffectiveSettings({ cached }).then((effective) => {
      if (!signal?.aborted) onPolicy(policyFor(effective.settings), effective);
    });
  // A first answer from the cached managed settings at once, then the managed store's own.
  void refresh(true).then(() => refresh());
  const unwatch = userSettings.watch(() => void refresh());
  const onManaged = (_changes: unknown, area: string) => {
    if (area === 'managed') void refresh();
  };
  browser.storage.onChanged.addListener(onManaged);
  signal?.addEventListener('abort', () => {
    unwatch();
    browser.storage.onChanged.removeListener(onManaged);
  });
}
