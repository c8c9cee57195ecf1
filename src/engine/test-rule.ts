import { describe, expect, it } from 'vitest';
import { getPack } from '../policy/packs';
import { resolvePolicy } from '../policy/resolve';
import { check } from './check';
import { fieldValue } from './context';
import type { Rule } from './define-rule';
import { DraftSchema, type Draft, type DraftInput, type Finding, type Profile } from './types';

/** A draft as a test writes it: a string is the body of an email to an outside address. */
export type DraftCase =
  | string
  | (Partial<DraftInput> & {
      /** Shown as the test name (default: the start of the body). */
      name?: string;
      /** Marks a known engine bug: the case is expected to fail until the engine is fixed. */
      fails?: string;
    });

/** What one expected finding must match; `messageId` is checked against the rule's message template. */
export type ExpectedFinding = Partial<Omit<Finding, 'clause'>> & {
  messageId?: string;
  /** The exact original text of `field` between `start` and `end`. */
  text?: string;
};

/** A draft that must produce exactly these findings (in text order). */
export type InvalidCase = Exclude<DraftCase, string> & { findings: ExpectedFinding[] };

export interface TestRuleOptions {
  /** Pack id (default 'west-midlands'). */
  org?: string;
  profile?: Partial<Profile>;
}

/** Builds a full draft from a test case: email from the West Midlands OPCC to an outside address. */
export function draftOf(input: DraftCase, options: TestRuleOptions = {}): Draft {
  const { name: _name, fails: _fails, ...fields } = typeof input === 'string' ? { body: input } : input;
  const channel = fields.channel ?? 'email';
  return DraftSchema.parse({
    org: options.org ?? 'west-midlands',
    from: channel === 'email' ? 'me@westmidlands-pcc.gov.uk' : '@me',
    to: channel === 'email' ? ['someone@example.co.uk'] : [],
    body: '',
    ...fields,
    channel,
    profile: { ...options.profile, ...fields.profile },
  });
}

/** Runs one rule alone on a test case, as `check` would in the extension. */
export function runRule(rule: Rule, input: DraftCase, options: TestRuleOptions = {}): { draft: Draft; findings: Finding[] } {
  const draft = draftOf(input, options);
  const pack = getPack(draft.org ?? 'west-midlands');
  if (!pack) throw new Error(`Unknown pack ${draft.org}`);
  return { draft, findings: check(draft, resolvePolicy(pack, draft.profile), { rules: [rule] }) };
}

/** Zero-width spaces, soft hyphens and bidi marks: left out of excerpts. */
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;
/** Longest excerpt shown. */
const MAX_EXCERPT = 160;

/**
 * An excerpt is the covered text without invisible characters, on one line, trimmed; a longer
 * one keeps its start and end joined by "…" within 160 characters.
 */
export function expectExcerpt(excerpt: string, covered: string): void {
  const shown = covered.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
  if (shown.length <= MAX_EXCERPT) {
    expect(excerpt).toBe(shown);
    return;
  }
  expect(excerpt.length).toBeLessThanOrEqual(MAX_EXCERPT);
  const cut = excerpt.indexOf('\u2026');
  expect(cut, `no ellipsis in a long excerpt: ${excerpt}`).toBeGreaterThan(0);
  expect(shown.startsWith(excerpt.slice(0, cut))).toBe(true);
  expect(shown.endsWith(excerpt.slice(cut + 1))).toBe(true);
}

function templatePattern(template: string): RegExp {
  const escaped = template.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\{\w+\\\}/g, '[\\s\\S]*?');
  return new RegExp(`^${escaped}$`);
}

function titleOf(input: DraftCase): string {
  if (typeof input !== 'string' && input.name) return input.name;
  const body = typeof input === 'string' ? input : `${input.subject ? `[${input.subject}] ` : ''}${input.body ?? ''}`;
  const line = JSON.stringify(body.length > 80 ? `${body.slice(0, 77)}...` : body);
  return typeof input !== 'string' && input.fails ? `${line} (known engine bug: ${input.fails})` : line;
}

/**
 * Table tests for one rule, like eslint's RuleTester: `valid` drafts produce no finding,
 * `invalid` drafts produce exactly the findings listed (partially matched, in text order).
 * @example
 * testRule(giftOffer, {
 *   valid: ['We cannot accept gifts from suppliers.'],
 *   invalid: [{ body: 'Thank you for the hamper.', findings: [{ messageId: 'offered' }] }],
 * });
 */
export function testRule(rule: Rule, cases: { valid: DraftCase[]; invalid: InvalidCase[] }, options: TestRuleOptions = {}): void {
  const test = (input: DraftCase) => (typeof input !== 'string' && input.fails ? it.fails : it);
  describe(rule.id, () => {
    describe('valid', () => {
      for (const input of cases.valid) {
        test(input)(titleOf(input), () => {
          expect(runRule(rule, input, options).findings).toEqual([]);
        });
      }
    });
    describe('invalid', () => {
      for (const input of cases.invalid) {
        test(input)(titleOf(input), () => {
          const { draft, findings } = runRule(rule, input, options);
          expect(findings, JSON.stringify(findings.map((f) => f.excerpt))).toHaveLength(input.findings.length);
          input.findings.forEach((expected, index) => {
            const finding = findings[index]!;
            const { messageId, text, ...rest } = expected;
            expect(finding).toMatchObject({ ruleId: rule.id, category: rule.category, ...rest });
            if (messageId !== undefined) {
              const template = rule.messages[messageId];
              expect(template, `${rule.id} has no message ${messageId}`).toBeDefined();
              expect(finding.message).toMatch(templatePattern(template!));
            }
            // Offsets point into the field's original text, and the excerpt is what they cover, as shown.
            const value = fieldValue(draft, finding.field);
            expect(finding.start).toBeGreaterThanOrEqual(0);
            expect(finding.end).toBeGreaterThan(finding.start);
            expect(finding.end).toBeLessThanOrEqual(value.length);
            expectExcerpt(finding.excerpt, value.slice(finding.start, finding.end));
            if (text !== undefined) expect(value.slice(finding.start, finding.end)).toBe(text);
          });
        });
      }
    });
  });
}
