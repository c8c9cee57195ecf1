import type { CheckContext, Hit } from './context';
import type { Category, Field, Finding, GiftPrefill } from './types';

/** A span a rule reports on: a lexicon hit, or explicit offsets into a field. */
export type Span = { field: Field } & Pick<Hit, 'start' | 'end'>;

/** What a rule's `check` receives. */
export interface RuleApi {
  ctx: CheckContext;
  /** Reports a finding on `span` with the message `messageId`, filling `{placeholders}` from `data`. */
  report(span: Span, messageId: string, data?: Record<string, string | number>, extra?: { prefill?: GiftPrefill }): void;
  /** Has the rule reported as many findings as one draft shows? (A rule may stop looking.) */
  isFull(): boolean;
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

/** Templates split once into text and placeholder names: ['Ask the ', 'media', ' first.']. */
const parsed = new Map<string, string[]>();

/**
 * `fallback[key]`, with the names `check` fills from the pack read by name: by a key that varies, the read is a
 * megamorphic keyed load, about 150 instructions, and most messages name the organisation or an officer.
 */
function sharedValue(fallback: Record<string, string | number>, key: string): string | number | undefined {
  switch (key) {
    case 'org':
      return fallback.org;
    case 'monitoring':
      return fallback.monitoring;
    case 'register':
      return fallback.register;
    case 'days':
      return fallback.days;
    case 'media':
      return fallback.media;
    default:
      return fallback[key];
  }
}

/** Fills `{name}` placeholders from `data`, then `fallback`; unknown names stay as written. */
export function format(template: string, data: Record<string, string | number>, fallback: Record<string, string | number> = {}): string {
  let parts = parsed.get(template);
  if (!parts) {
    parts = template.split(/\{(\w+)\}/);
    parsed.set(template, parts);
  }
  let text = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i]!;
    // `??` rather than `in`: a value is never undefined, and `in` with a key that varies is a megamorphic look-up (callgrind).
    const value = data[key] ?? sharedValue(fallback, key) ?? `{${key}}`;
    text += String(value) + parts[i + 1]!;
  }
  return text;
}

/** Longest excerpt shown; longer spans keep their start and end, joined by an ellipsis. */
const MAX_EXCERPT = 160;
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;
/** White space other than a space: `[^\S ]`, each character of `\s` but the space written out. */
const OTHER_SPACE = '\\t-\\r\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff';
/**
 * White space that collapsing runs to one space would change: a run of two or more, or one that is not a space.
 * Written as one class and two spaces, which match the same strings as `\s\s|[^\S ]` (any run with a character other than
 * a space has one the class matches): the alternation tested `\s` twice at each character, 2,300 instructions against
 * 2,000 for a sentence of 120 characters (callgrind), and gift-offer asks it of each gift's sentence.
 */
export const UNEVEN_SPACE = new RegExp(`[${OTHER_SPACE}]|  `);
/**
 * Anything `excerptOf` would change in a short span: an invisible character, or uneven white
 * space (`UNEVEN_SPACE`). Most excerpts are a few plain words and have none, so
 * one test spares them both replaces and the strings those make. One class of both kinds of character and two
 * spaces, as `UNEVEN_SPACE`: `INVISIBLE|\s\s|[^\S ]` cost about 830 instructions an excerpt of the 2 KB draft, this 560.
 */
const UNTIDY = new RegExp(`[${INVISIBLE.source.slice(1, -1)}${OTHER_SPACE}]|  `);

/** Zero-width and formatting characters (as `INVISIBLE`), by code. */
const isInvisible = (code: number): boolean =>
  code === 0xad || (code >= 0x200b && code <= 0x200f) || (code >= 0x202a && code <= 0x202e) || (code >= 0x2060 && code <= 0x2064) || code === 0xfeff;

/**
 * The visible text of a long span: up to `limit` visible characters from its start and as many
 * from its end, joined by a space where something lies between. One pass over the span, so a
 * phrase padded with a megabyte of zero-width spaces reads as the phrase.
 */
function visibleEnds(value: string, start: number, end: number, limit: number): string {
  let head = '';
  let at = start;
  for (let seen = 0; at < end && seen < limit; at++) {
    if (isInvisible(value.charCodeAt(at))) continue;
    head += value[at];
    seen++;
  }
  while (at < end && isInvisible(value.charCodeAt(at))) at++;
  let tail = '';
  let back = end;
  for (let seen = 0; back > at && seen < limit; back--) {
    if (isInvisible(value.charCodeAt(back - 1))) continue;
    tail = value[back - 1] + tail;
    seen++;
  }
  while (back > at && isInvisible(value.charCodeAt(back - 1))) back--;
  return back > at ? `${head} ${tail}` : head + tail;
}

/** The excerpt shown for a span: the words it covers, on one line, without invisible characters, at most 160 characters. */
export function excerptOf(value: string, start: number, end: number): string {
  let text: string;
  if (end - start > MAX_EXCERPT * 4) text = visibleEnds(value, start, end, MAX_EXCERPT * 2).replace(/\s+/g, ' ').trim();
  else {
    const slice = value.slice(start, end);
    text = UNTIDY.test(slice) ? slice.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim() : slice.trim();
  }
  return text.length <= MAX_EXCERPT ? text : `${text.slice(0, MAX_EXCERPT / 2 - 1)}…${text.slice(-MAX_EXCERPT / 2)}`;
}

export type { Field, Finding };
