import { describe, expect, it } from 'vitest';
import { DEFAULT_GIFT_RULES, daysSince, giftRulesFor, isCashLike, isTokenItem } from './gift-rules';

describe('gift rules', () => {
  it.each([
    ['£50 in cash', true],
    ['A £20 Amazon voucher', true],
    ['Gift card for John Lewis', true],
    ['Cashmere scarf', false],
    ['Two tickets to the match', false],
  ])('isCashLike(%j) is %s', (text, expected) => expect(isCashLike(text)).toBe(expected));

  it.each([
    ['A branded pen', true],
    ['Two desk diaries', true],
    ['A 2027 calendar', true],
    ['A pendant', false],
    ['Dinner at a restaurant', false],
  ])('isTokenItem(%j) is %s', (text, expected) => expect(isTokenItem(text, ['pens', 'diaries', 'calendars'])).toBe(expected));

  it('counts days and falls back to the shared defaults', () => {
    expect(daysSince('2026-11-01', '2026-11-29')).toBe(28);
    expect(giftRulesFor(null)).toEqual(DEFAULT_GIFT_RULES);
    expect(giftRulesFor('no-such-org').declareWithinDays).toBe(28);
    expect(giftRulesFor('west-midlands').orgName).toMatch(/West Midlands/);
  });
});
