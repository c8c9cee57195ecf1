import { describe, expect, it } from 'vitest';
import { excerptOf, format } from './define-rule';

describe('excerptOf', () => {
  it('gives the words of a short span on one line, without invisible characters', () => {
    const value = 'See the OFFICIAL-\u200bSENSITIVE\n  report';
    expect(excerptOf(value, 8, value.length)).toBe('OFFICIAL-SENSITIVE report');
  });

  it('keeps the start and end of a long span, joined by an ellipsis', () => {
    const value = `Start ${'word '.repeat(400)}end`;
    const excerpt = excerptOf(value, 0, value.length);
    expect(excerpt.length).toBeLessThanOrEqual(160);
    expect(excerpt.startsWith('Start word')).toBe(true);
    expect(excerpt.endsWith('word end')).toBe(true);
    expect(excerpt).toContain('…');
  });

  it('reads a long span padded with invisible characters as its visible words', () => {
    const value = `OFFICIAL${'\u200b'.repeat(10_000)}-SENSITIVE`;
    expect(excerptOf(value, 0, value.length)).toBe('OFFICIAL-SENSITIVE');
    const spaced = `a${'\u200b'.repeat(5_000)}${'b'.repeat(700)}${'\u200b'.repeat(5_000)}c`;
    const excerpt = excerptOf(spaced, 0, spaced.length);
    expect(excerpt.startsWith('ab')).toBe(true);
    expect(excerpt.endsWith('bc')).toBe(true);
  });
});

describe('format', () => {
  it('fills placeholders from the data, then the fallback, and leaves unknown ones', () => {
    expect(format('Ask the {media} about {who} by {days} {unknown}', { who: 'Jo', days: 3 }, { media: 'Head of Communications', who: 'x' })).toBe(
      'Ask the Head of Communications about Jo by 3 {unknown}',
    );
  });
});
