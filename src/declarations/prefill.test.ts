import { describe, expect, it } from 'vitest';
import { decodePrefill, declarationFormPath, encodePrefill, readPopupHash } from './prefill';

describe('prefill', () => {
  it('round-trips through the popup address, including non-ASCII text', () => {
    const prefill = { kind: 'hospitality' as const, offeredBy: { organisation: 'Café Ltd' }, description: 'Dinner — £60', estimatedValue: 60 };
    const path = declarationFormPath(prefill);
    expect(path).toMatch(/^\/popup\.html#gift\?prefill=[A-Za-z0-9_-]+$/);
    expect(readPopupHash(path.slice(path.indexOf('#')))).toEqual({ tab: 'gift', prefill });
  });
  it('ignores anything malformed', () => {
    expect(decodePrefill('not base64!')).toBeNull();
    expect(decodePrefill(encodePrefill({ estimatedValue: -3 }))).toBeNull();
    expect(readPopupHash('')).toEqual({ tab: null, prefill: null });
    expect(readPopupHash('#mine')).toEqual({ tab: 'mine', prefill: null });
  });
});
