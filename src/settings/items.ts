import { storage } from '@wxt-dev/storage';
import { z } from 'zod';
import { CategorySchema } from '../engine/types';

/** The user's own settings, synced across their browsers (storage.sync). */
export const UserSettingsSchema = z.object({
  /** Policy pack id, e.g. 'west-midlands'; null until the first-run page is done. */
  org: z.string().nullable().default(null),
  mediaAuthorised: z.boolean().default(false),
  politicallyRestricted: z.boolean().default(false),
  extraTrustedDomains: z.array(z.string()).default([]),
  /** Extra sites (origins such as https://intranet.example.org) the generic adapter checks. */
  extraSites: z.array(z.string()).default([]),
  disabledCategories: z.array(CategorySchema).default([]),
  /** The register's base URL: https, or http on localhost only. */
  registerUrl: z.string().default(''),
});
export type UserSettings = z.infer<typeof UserSettingsSchema>;

export const userSettings = storage.defineItem<UserSettings>('sync:settings', {
  fallback: UserSettingsSchema.parse({}),
  version: 1,
});

/** The register token: local only, never synced, never shown in full again. */
export const registerToken = storage.defineItem<string>('local:registerToken', {
  fallback: '',
  version: 1,
});

/**
 * Settings pinned by the administrator (chrome.storage.managed, schema in public/managed-schema.json).
 * Each present key wins over the user's own and is shown as locked.
 */
export const ManagedSettingsSchema = z
  .object({
    org: z.string(),
    mediaAuthorised: z.boolean(),
    politicallyRestricted: z.boolean(),
    extraTrustedDomains: z.array(z.string()),
    extraSites: z.array(z.string()),
    disabledCategories: z.array(CategorySchema),
    registerUrl: z.string(),
    registerToken: z.string(),
  })
  .partial();
export type ManagedSettings = z.infer<typeof ManagedSettingsSchema>;

/** Is this a register address we may send declarations to (https, or http on localhost)? */
export function isAllowedRegisterUrl(value: string): boolean {
  try {
    const url = new URL(value);
    if (url.protocol === 'https:') return true;
    return url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  } catch {
    return false;
  }
}
