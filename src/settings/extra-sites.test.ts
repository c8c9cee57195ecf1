import { describe, expect, it } from 'vitest';
import { extraSitePatterns, siteOrigin } from './extra-sites';

describe('siteOrigin', () => {
  it.each([
    ['https://intranet.example.org', 'https://intranet.example.org'],
    ['intranet.example.org/news?x=1', 'https://intranet.example.org'],
    ['http://localhost:3000/app', 'http://localhost:3000'],
    ['  https://Mail.Example.ORG/  ', 'https://mail.example.org'],
  ])('%s → %s', (input, origin) => expect(siteOrigin(input)).toBe(origin));

  it.each(['', 'http://example.org', 'ftp://example.org', 'intranet', 'not a site'])('refuses %j', (input) =>
    expect(siteOrigin(input)).toBeNull(),
  );
});

describe('extraSitePatterns', () => {
  it('turns origins into match patterns (any port, any path)', () => {
    expect(extraSitePatterns(['https://intranet.example.org', 'http://localhost:3000'])).toEqual([
      'https://intranet.example.org/*',
      'http://localhost/*',
    ]);
  });
});
