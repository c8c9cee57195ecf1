import type { CheckContext, Hit } from './context';
import type { Category, Field, Finding, GiftPrefill } from './types';

/** A span a rule reports on: a lexicon hit, or explicit offsets into a field. */
export type Span = Pick<Hit, 'field' | 'start' | 'end'>;

/** What a rule's `check` receives. */
export interface RuleApi {
  ctx: CheckContext;
  /** Reports a finding on `span` with the message `messageId`, filling `{placeholders}` from `data`. */
  report(span: Span, messageId: string, data?: Record<string, string | number>, extra?: { prefill?: GiftPrefill }): void;
}

/** One rule: one idea, one file. Wording comes from `messages`; the clause from the user's pack. */
export interface Rule {
  id: string;
  category: Category;
  /** Messages by id; `{media}`, `{register}`, `{days}`, `{monitoring}` and the rule's own data are filled in. */
  messages: Record<string, string>;
  check(api: RuleApi): void;
}

/** Declares a rule (identity, for types and readability). */
export function defineRule(rule: Rule): Rule {
  return rule;
}

/** Fills `{name}` placeholders. */
export function format(template: string, data: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}

/** The excerpt shown for a span: exactly the words it covers, on one line. */
export function excerptOf(value: string, start: number, end: number): string {
  return value.slice(start, end).replace(/\s+/g, ' ').trim();
}

export type { Field, Finding };
