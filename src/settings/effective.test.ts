import { describe, expect, it } from 'vitest';
import { mergeSettings, policyFor } from './effective';
import { UserSettingsSchema } from './items';

const user = UserSettingsSchema.parse({ org: 'cumbria', mediaAuthorised: true, extraTrustedDomains: ['partner.org.uk'] });

describe('mergeSettings', () => {
  it('lets managed keys win and marks them locked', () => {
    const { settings, locked } = mergeSettings(user, { org: 'derbyshire', mediaAuthorised: false });
    expect(settings.org).toBe('derbyshire');
    expect(settings.mediaAuthorised).toBe(false);
    expect(settings.extraTrustedDomains).toEqual(['partner.org.uk']);
    expect([...locked].sort()).toEqual(['mediaAuthorised', 'org']);
  });

  it('never copies the managed register token into the settings', () => {
    const { settings } = mergeSettings(user, { registerToken: 'secret' });
    expect(JSON.stringify(settings)).not.toContain('secret');
  });
});

describe('policyFor', () => {
  it('uses the chosen pack with the profile and trusted domains layered on', () => {
    const policy = policyFor(user);
    expect(policy.pack.id).toBe('cumbria');
    expect(policy.severity.media).toBe('off');
    expect(policy.trustedDomains).toContain('partner.org.uk');
  });

  it('falls back to the default pack before an organisation is chosen, or for an unknown one', () => {
    expect(policyFor(UserSettingsSchema.parse({})).pack.id).toBe('west-midlands');
    expect(policyFor(UserSettingsSchema.parse({ org: 'nowhere' })).pack.id).toBe('west-midlands');
  });
});
