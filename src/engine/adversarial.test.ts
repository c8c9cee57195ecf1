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
const fill = (unit: string, size = MB) => unit.repeat(Math.ceil(size / unit.length));

describe('check on 1 MB adversarial bodies', () => {
  const bodies: Record<string, string> = {
    'one letter': 'a'.repeat(MB),
    'at signs': '@'.repeat(MB),
    'titles with no names': fill('Mr '),
    'title-case words': fill('Mr Dean Hollis '),
    'nested quote markers on one line': '>'.repeat(MB),
    'deeply quoted lines': fill(`${'>'.repeat(200)} OFFICIAL-SENSITIVE\n`),
    'one huge token': fill('officialsensitive'),
    'newlines only': '\n'.repeat(200_000),
    'blank-line paragraphs': fill('x\n\n'),
    'full stops': fill('. '),
    apostrophes: "'".repeat(MB),
    'zero-width spaces': '\u200b'.repeat(MB),
    'Cyrillic look-alikes': '\u043e'.repeat(MB),
    'combining accents': fill('e\u0301'),
    'surrogate pairs': fill('\u{1F600}'),
    'ligatures (one character folds to two)': '\ufb01'.repeat(MB / 2),
    'reply attributions': fill('On Mon, 2 Mar 2026, A <a@b.co> wrote:\n'),
    'forward headers': fill('---------- Forwarded message ---------\n'),
    'From/Sent pairs': fill('From: x\nSent: y\n'),
    'disclaimer cues': fill('This email is intended only for you. If you have received it in error, delete it.\n'),
    'repeated markings': fill('OFFICIAL-SENSITIVE '),
    'repeated private meetings': fill('In private session the panel agreed to cut it. '),
    'repeated people and facts': fill('Mr Dean Hollis of 14 Sandpit Lane was arrested, DOB 01/02/1980. '),
    'repeated party politics': fill('Vote Labour! The Tories are a shambles. '),
    'repeated gift thanks': fill('Thank you for the hamper. '),
    'repeated press offers': fill('Off the record, for your story. '),
    'repeated tender detail': fill('The tender bids came in and your price came in cheaper. '),
    'repeated news handles': fill('@BBCNews '),
    'repeated dates and NI numbers': fill('QQ 12 34 56 C 01/02/1980 '),
    'prefix phrases that never finish': fill('strictly private and '),
  };

  for (const [name, body] of Object.entries(bodies)) {
    it(`${name} (email)`, { timeout: TIMEOUT }, () => {
      run({ body });
    });
  }

  it('repeated markings report at most 20 findings', { timeout: TIMEOUT }, () => {
    const findings = run({ body: bodies['repeated markings']! });
    expect(findings.filter((f) => f.ruleId === 'marked-outside')).toHaveLength(MAX_PER_RULE);
  });

  it('repeated people report at most 20 findings', { timeout: TIMEOUT }, () => {
    const findings = run({ body: bodies['repeated people and facts']! });
    expect(findings.filter((f) => f.ruleId === 'personal-data')).toHaveLength(MAX_PER_RULE);
  });

  for (const name of ['title-case words', 'repeated news handles', 'repeated party politics', 'repeated gift thanks']) {
    it(`${name} (social post)`, { timeout: TIMEOUT }, () => {
      run({ channel: 'social', to: [], body: bodies[name]! });
    });
  }

  it('a 1 MB subject and attachment name', { timeout: TIMEOUT }, () => {
    run({ subject: fill('OFFICIAL-SENSITIVE Vote Labour '), body: 'Hi', attachments: [fill('Mr Dean Hollis DOB 01/02/1980 ')] });
  });

  it('10,000 news recipients give at most 20 findings', { timeout: TIMEOUT }, () => {
    const to = Array.from({ length: 10_000 }, (_, i) => `reporter${i}@bbc.co.uk`);
    const findings = run({ to, body: 'Hello' });
    expect(findings.filter((f) => f.ruleId === 'media-outlet-recipient')).toHaveLength(MAX_PER_RULE);
  });

  it('a 1 MB recipient', { timeout: TIMEOUT }, () => {
    run({ to: [`${'a'.repeat(MB)}@bbc.co.uk`, `<${'<'.repeat(MB)}>`], body: 'OFFICIAL-SENSITIVE' });
  });

  // A phrase padded with a megabyte of zero-width spaces still matches (they fold away), and the
  // excerpt and message then carry the whole megabyte: the overlay would show it all.
  it.fails('a marking padded with zero-width spaces gives a short excerpt and message', { timeout: TIMEOUT }, () => {
    const findings = run({ body: `OFFICIAL${'\u200b'.repeat(MB)}-SENSITIVE` });
    expect(findings).toHaveLength(1);
    expect(findings[0]!.excerpt.length).toBeLessThanOrEqual(500);
    expect(findings[0]!.message.length).toBeLessThanOrEqual(1000);
  });

  it('every pack', { timeout: TIMEOUT }, () => {
    for (const org of ['west-midlands', 'warwickshire', 'combined-authority', 'derbyshire', 'cumbria']) {
      run({ body: bodies['repeated party politics']!.slice(0, 200_000), profile: { politicallyRestricted: true } }, org);
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
