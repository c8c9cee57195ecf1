import { describe, expect, it } from 'vitest';
import { getPack } from '../policy/packs';
import { resolvePolicy } from '../policy/resolve';
import { check } from './check';
import { fieldValue } from './context';
import { rules } from './rules';
import { DraftSchema, type DraftInput, type Finding } from './types';

/** Generous: these tests check that huge drafts finish and stay bounded, not how fast (see bench/). */
const TIMEOUT = 20_000;
const MAX_PER_RULE = 20;
const MB = 1_000_000;

function run(input: Partial<DraftInput>, org = 'west-midlands'): Finding[] {
  const draft = DraftSchema.parse({ channel: 'email', from: 'me@westmidlands-pcc.gov.uk', to: ['someone@example.co.uk'], body: '', ...input });
  const findings = check(draft, resolvePolicy(getPack(org)!, draft.profile));
  for (const rule of rules) expect(findings.filter((f) => f.ruleId === rule.id).length, rule.id).toBeLessThanOrEqual(MAX_PER_RULE);
  for (const finding of findings) {
    const value = fieldValue(draft, finding.field);
    expect(finding.start).toBeGreaterThanOrEqual(0);
    expect(finding.end).toBeLessThanOrEqual(value.length);
    expect(finding.start).toBeLessThan(finding.end);
    expect(finding.excerpt.length).toBeLessThanOrEqual(finding.end - finding.start);
  }
  return findings;
}

/** Repeats `unit` to about `size` characters. */
const fill = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length));

/**
 * One 1 MB body per distinct attack; the variations on each run at 100 KB, which is enough to
 * show a draft stays bounded without making the suite slow on a busy machine. Speed itself is
 * measured by `npm run bench`.
 */
const SMALL = 100_000;

describe('check on adversarial bodies', () => {
  /** Each attack, as a body of about `size` characters. */
  const attacks: Record<string, (size: number) => string> = {
    // No separators at all: one token as long as the body.
    'one letter': (size) => 'a'.repeat(size),
    'at signs': (size) => '@'.repeat(size),
    'one huge token': (size) => fill('officialsensitive', size),
    // Name scanning: titles and title-case words with no end.
    'titles with no names': (size) => fill('Mr ', size),
    'title-case words': (size) => fill('Mr Dean Hollis ', size),
    // Zone parsing: quote markers, headers, attributions, paragraphs, disclaimers.
    'deeply quoted lines': (size) => fill(`${'>'.repeat(200)} OFFICIAL-SENSITIVE\n`, size),
    'nested quote markers on one line': (size) => '>'.repeat(size),
    'From/Sent pairs': (size) => fill('From: x\nSent: y\n', size),
    'reply attributions': (size) => fill('On Mon, 2 Mar 2026, A <a@b.co> wrote:\n', size),
    'forward headers': (size) => fill('---------- Forwarded message ---------\n', size),
    'newlines only': (size) => '\n'.repeat(size / 5),
    'blank-line paragraphs': (size) => fill('x\n\n', size),
    'disclaimer cues': (size) => fill('This email is intended only for you. If you have received it in error, delete it.\n', size),
    'full stops': (size) => fill('. ', size),
    apostrophes: (size) => "'".repeat(size),
    // Folding: characters that fold away, fold to another, or fold to two.
    'ligatures (one character folds to two)': (size) => '\ufb01'.repeat(size / 2),
    'zero-width spaces': (size) => '\u200b'.repeat(size),
    'Cyrillic look-alikes': (size) => '\u043e'.repeat(size),
    'combining accents': (size) => fill('e\u0301', size),
    'surrogate pairs': (size) => fill('\u{1F600}', size),
    // Phrase matching: prefixes of phrases that never finish.
    'prefix phrases that never finish': (size) => fill('strictly private and ', size),
    // Findings without end: each rule must stop at its cap.
    'repeated markings': (size) => fill('OFFICIAL-SENSITIVE ', size),
    'repeated people and facts': (size) => fill('Mr Dean Hollis of 14 Sandpit Lane was arrested, DOB 01/02/1980. ', size),
    'repeated private meetings': (size) => fill('In private session the panel agreed to cut it. ', size),
    'repeated party politics': (size) => fill('Vote Labour! The Tories are a shambles. ', size),
    'repeated gift thanks': (size) => fill('Thank you for the hamper. ', size),
    'repeated press offers': (size) => fill('Off the record, for your story. ', size),
    'repeated tender detail': (size) => fill('The tender bids came in and your price came in cheaper. ', size),
    'repeated news handles': (size) => fill('@BBCNews ', size),
    // Tender words inside prize phrases, thousands of each: each is looked up, not searched for.
    'tender words inside prizes': (size) => fill('award ceremony bids award for the tender award night ', size),
    // Half a paste of praise in an election, then half of parties named without a name: each opinion reads only the parties near it.
    'opinions far from parties': (size) => fill('Before the by-election: she has been brilliant for this town. ', size / 2) + fill('My party membership card. ', size / 2),
    // Half a paste of tender details, then half of tender words, none near: each detail reads only the words near it.
    'tender details far from tender words': (size) => fill('Your price came in cheaper. ', size / 2) + fill('The tender bids. ', size / 2),
    'repeated dates and NI numbers': (size) => fill('QQ 12 34 56 C 01/02/1980 ', size),
  };
  /** The attacks run at a full megabyte: one per idea above. */
  const large = new Set([
    'one letter',
    'titles with no names',
    'deeply quoted lines',
    'From/Sent pairs',
    'ligatures (one character folds to two)',
    'prefix phrases that never finish',
    'repeated markings',
    'repeated people and facts',
    'tender words inside prizes',
  ]);
  /**
   * Attacks on a search that was once quadratic, run at four megabytes: there the quadratic search took
   * minutes (at one megabyte it took 11 s, inside the timeout), a linear one a second or two.
   */
  const huge = new Set(['tender details far from tender words', 'opinions far from parties']);
  /** Attacks whose findings must stop at exactly the cap, for this rule. */
  const capped: Record<string, string> = { 'repeated markings': 'marked-outside', 'repeated people and facts': 'personal-data' };

  for (const [name, attack] of Object.entries(attacks)) {
    const size = huge.has(name) ? 4 * MB : large.has(name) ? MB : SMALL;
    const cap = capped[name];
    const title = `${name} (${size >= MB ? `${size / MB} MB` : '100 KB'} email${cap ? `, at most ${MAX_PER_RULE} ${cap} findings` : ''})`;
    it(title, { timeout: TIMEOUT }, () => {
      const findings = run({ body: attack(size) });
      if (cap) expect(findings.filter((f) => f.ruleId === cap)).toHaveLength(MAX_PER_RULE);
    });
  }

  for (const name of ['title-case words', 'repeated news handles', 'repeated party politics', 'repeated gift thanks', 'opinions far from parties']) {
    it(`${name} (100 KB social post)`, { timeout: TIMEOUT }, () => {
      run({ channel: 'social', to: [], body: attacks[name]!(SMALL) });
    });
  }

  it('a 100 KB subject and attachment name', { timeout: TIMEOUT }, () => {
    run({ subject: fill('OFFICIAL-SENSITIVE Vote Labour ', SMALL), body: 'Hi', attachments: [fill('Mr Dean Hollis DOB 01/02/1980 ', SMALL)] });
  });

  it('1,000 news recipients give at most 20 findings', { timeout: TIMEOUT }, () => {
    const to = Array.from({ length: 1_000 }, (_, i) => `reporter${i}@bbc.co.uk`);
    const findings = run({ to, body: 'Hello' });
    expect(findings.filter((f) => f.ruleId === 'media-outlet-recipient')).toHaveLength(MAX_PER_RULE);
  });

  it('a 1 MB recipient', { timeout: TIMEOUT }, () => {
    run({ to: [`${'a'.repeat(MB)}@bbc.co.uk`, `<${'<'.repeat(MB)}>`], body: 'OFFICIAL-SENSITIVE' });
  });

  // A phrase padded with a megabyte of zero-width spaces still matches (they fold away); the
  // excerpt leaves them out and is capped, so the overlay never shows the megabyte.
  const padded = `OFFICIAL${'\u200b'.repeat(MB)}-SENSITIVE`;
  it('a marking padded with 1 MB of zero-width spaces gives a short excerpt and message', { timeout: TIMEOUT }, () => {
    const findings = run({ body: padded });
    expect(findings).toHaveLength(1);
    expect(findings[0]!.excerpt.length).toBeLessThanOrEqual(160);
    expect(findings[0]!.excerpt).toMatch(/^OFFICIAL.*SENSITIVE$/);
    expect(findings[0]!.message.length).toBeLessThanOrEqual(1000);
  });

  // Long spans are cut to their visible head and tail, so the padding does not split the words.
  it('a marking padded with 1 MB of zero-width spaces has the marking, exactly, as its excerpt', { timeout: TIMEOUT }, () => {
    expect(run({ body: padded })[0]!.excerpt).toBe('OFFICIAL-SENSITIVE');
  });

  it('every pack', { timeout: TIMEOUT }, () => {
    for (const org of ['west-midlands', 'warwickshire', 'combined-authority', 'derbyshire', 'cumbria']) {
      run({ body: attacks['repeated party politics']!(SMALL / 5), profile: { politicallyRestricted: true } }, org);
    }
  });
});

describe('malformed-ish drafts do not throw', () => {
  const drafts: Record<string, Partial<DraftInput>> = {
    'an empty body': { body: '' },
    'only recipients': { to: ['a@bbc.co.uk'], cc: ['b@example.com'], bcc: ['c@westmidlands-pcc.gov.uk'] },
    'no recipients at all': { to: [], body: 'OFFICIAL-SENSITIVE' },
    'a recipient without an @': { to: ['Finance team'], body: 'OFFICIAL-SENSITIVE' },
    'odd addresses': { to: ['@', 'a@', '@b', '<>', 'Name <>', '   ', '', 'a@@b', 'x@.', 'x@bbc.co.uk>', '<x@bbc.co.uk'], body: 'Dear Editor, off the record.' },
    'a social post with recipients': { channel: 'social', to: ['a@bbc.co.uk'], body: 'Thanks for the hamper!' },
    'only a subject': { subject: 'OFFICIAL-SENSITIVE', body: '' },
    'only whitespace': { subject: ' \n ', body: '\n\t \r\n', attachments: ['', ' '] },
    'an empty sender': { from: '', body: 'Mr Dean Hollis of 14 Sandpit Lane was arrested.' },
    'a sender without an @': { from: 'me', body: 'Mr Dean Hollis of 14 Sandpit Lane was arrested.' },
    'a lone surrogate': { body: 'OFFICIAL\ud800-SENSITIVE \udc00 Mr \ud83d' },
    'control characters': { body: '\u0000\u0001OFFICIAL-SENSITIVE\u0007\u001b[31m' },
  };
  for (const [name, draft] of Object.entries(drafts)) {
    it(name, () => {
      expect(() => run(draft)).not.toThrow();
    });
  }

  it('an empty body to an outside address has nothing to report', () => {
    expect(run({ body: '' })).toEqual([]);
  });
});

describe('checks one after another', () => {
  // Token buffers are reused between checks: a check must never see another draft's tokens.
  const long = { to: ['r.hale@brum-uni.ac.uk'], subject: 'OFFICIAL-SENSITIVE figures', body: fill('Mr Dean Hollis of 14 Sandpit Lane was arrested. ', 20_000) };
  const short = { to: ['news@bbc.co.uk'], body: 'Dear Editor, happy to comment on the custody figures.' };
  const lookalikes = { to: ['r.hale@brum-uni.ac.uk'], body: fill('Caf\u00e9 notes: \u041eFFICIAL-S\u0415NSITIVE\u200b draft. ', 30_000) };

  it('give the same findings as each check alone', () => {
    const first = run(long);
    const alone = run(short);
    const folded = run(lookalikes);
    expect(first.map((f) => f.ruleId)).toContain('personal-data');
    expect(alone.map((f) => f.ruleId)).toContain('press-contact');
    expect(folded.map((f) => f.ruleId)).toContain('marked-outside');
    for (let i = 0; i < 3; i++) {
      expect(run(long)).toEqual(first);
      expect(run(lookalikes)).toEqual(folded);
      expect(run(short)).toEqual(alone);
    }
  });

  it('recover after a rule throws part way', () => {
    const draft = DraftSchema.parse({ channel: 'email', from: 'me@westmidlands-pcc.gov.uk', ...long });
    const policy = resolvePolicy(getPack('west-midlands')!, draft.profile);
    const failing = { ...rules[0]!, check: () => { throw new Error('boom'); } };
    expect(() => check(draft, policy, { rules: [failing] })).toThrow('boom');
    expect(run(long)).toEqual(run(long));
  });
});
