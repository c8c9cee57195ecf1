import type { Category, Profile, Severity } from '../engine/types';
import { CATEGORIES } from '../engine/types';
import type { PolicyPack, PolicySettings } from './schema';

/** Trusted by every pack (LABELS.md): police.uk, gov.uk and nhs.net with all their subdomains. */
export const DEFAULT_TRUSTED_DOMAINS = ['police.uk', 'gov.uk', 'nhs.net'] as const;

/** A pack with the user's profile and settings layered on: what the engine checks against. */
export interface Policy {
  pack: PolicyPack;
  profile: Profile;
  /** Effective severity per category; 'off' means the category is not checked. */
  severity: Record<Category, Severity | 'off'>;
  /** Domains (and their subdomains) that count as inside the organisation. */
  trustedDomains: readonly string[];
}

/**
 * Layers profile and settings on a pack. Managed settings are applied by the caller
 * before this (they win over the user's own); this only combines what it is given.
 * @example
 * const policy = resolvePolicy(packs['cumbria'], { mediaAuthorised: false, politicallyRestricted: true });
 */
export function resolvePolicy(pack: PolicyPack, profile: Partial<Profile> = {}, settings: PolicySettings = {}): Policy {
  const effectiveProfile: Profile = {
    mediaAuthorised: settings.mediaAuthorised ?? profile.mediaAuthorised ?? false,
    politicallyRestricted: settings.politicallyRestricted ?? profile.politicallyRestricted ?? false,
  };
  const disabled = new Set((settings.disabledCategories ?? []).filter((c) => pack.userMayDisable.includes(c)));
  const severity = Object.fromEntries(
    CATEGORIES.map((category) => {
      let level: Severity | 'off' = pack.severity[category] ?? 'warn';
      if (disabled.has(category)) level = 'off';
      if (category === 'media' && effectiveProfile.mediaAuthorised) level = 'off';
      if (category === 'political' && effectiveProfile.politicallyRestricted && level !== 'off') {
        level = pack.restrictedPoliticalSeverity;
      }
      return [category, level];
    }),
  ) as Record<Category, Severity | 'off'>;
  return {
    pack,
    profile: effectiveProfile,
    severity,
    trustedDomains: [...DEFAULT_TRUSTED_DOMAINS, ...pack.domains, ...pack.trustedDomains, ...(settings.extraTrustedDomains ?? [])],
  };
}
