import { describe, expect, it } from 'vitest';
import { adapterFor, generic, matchesPattern, siteMatches, sites } from './index';

// No DOM environment here on purpose: importing the adapters must touch no DOM (WXT
// imports entrypoints in Node at build time).
describe('site list', () => {
  it('covers every built-in site, each with a send control and a manual-check URL', () => {
    expect(sites.map((site) => site.id)).toEqual(['gmail', 'outlook', 'x', 'linkedin', 'facebook', 'bluesky']);
    expect(generic.id).toBe('other');
    for (const site of sites) expect(site.selectors).toBeTypeOf('object');
  });

  it('exports every built-in match pattern', () => {
    expect(siteMatches).toEqual(
      expect.arrayContaining([
        'https://mail.google.com/*',
        'https://outlook.office.com/*',
        'https://outlook.office365.com/*',
        'https://outlook.live.com/*',
        'https://x.com/*',
        'https://twitter.com/*',
        'https://www.linkedin.com/*',
        'https://www.facebook.com/*',
        'https://bsky.app/*',
      ]),
    );
  });

  it.each([
    ['https://mail.google.com/mail/u/0/#inbox?compose=new', 'gmail'],
    ['https://outlook.live.com/mail/0/deeplink/compose', 'outlook'],
    ['https://twitter.com/compose/tweet', 'x'],
    ['https://x.com/home', 'x'],
    ['https://www.linkedin.com/feed/', 'linkedin'],
    ['https://www.facebook.com/', 'facebook'],
    ['https://bsky.app/profile/someone', 'bluesky'],
    ['https://evil.example/mail.google.com/', undefined],
    ['https://mail.google.com.evil.example/', undefined],
    ['http://mail.google.com/', undefined],
  ])('adapterFor(%s) is %s', (url, id) => {
    expect(adapterFor(new URL(url))?.id).toBe(id);
  });
});

describe('matchesPattern', () => {
  it.each([
    ['https://*.example.org/*', 'https://mail.example.org/a', true],
    ['https://*.example.org/*', 'https://example.org/', true],
    ['https://*.example.org/*', 'https://badexample.org/', false],
    ['*://intranet.example.org/messages/*', 'http://intranet.example.org/messages/1', true],
    ['*://intranet.example.org/messages/*', 'https://intranet.example.org/other', false],
    ['<all_urls>', 'https://anything.example/', true],
    ['not a pattern', 'https://anything.example/', false],
  ])('%s against %s', (pattern, url, expected) => {
    expect(matchesPattern(pattern, new URL(url))).toBe(expected);
  });
});
