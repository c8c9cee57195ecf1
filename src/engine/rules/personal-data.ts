import type { Hit } from '../context';
import { defineRule } from '../define-rule';
import { FIRST_NAMES } from '../first-names';
import type { Token } from '../text/tokens';

/** Words after a capitalised pair that show it is not a person ("Crown Court", "Moss Side"). */
const NOT_SURNAMES = new Set([
  'road', 'street', 'lane', 'court', 'centre', 'center', 'hall', 'house', 'park', 'hospital', 'school', 'college', 'council', 'police', 'station',
  'office', 'team', 'unit', 'trust', 'partnership', 'ltd', 'services', 'service', 'board', 'panel', 'group', 'fund', 'scheme', 'university',
]);
const STREET_SUFFIX = /^(road|rd|street|st|lane|ln|avenue|ave|grove|close|court|way|drive|place|crescent|gardens|terrace|view|walk|hill|row|square|mews|park|green|rise|parade)$/;
const NI_NUMBER = /\b[A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b/;
const DATE = /\b\d{1,2}[/.]\d{1,2}[/.]((?:19|20)\d{2})\b/g;
/** A date at least ten years back reads as a date of birth; 14/03/2026 beside a name is an appointment. */
const BIRTH_YEAR_BEFORE = new Date().getFullYear() - 10;
const hasBirthDate = (text: string) => [...text.matchAll(DATE)].some((match) => Number(match[1]) <= BIRTH_YEAR_BEFORE);
const FIRST_PERSON = new Set(['my', 'i', "i'm", 'me', 'mine']);
const ROLE_WORDS = new Set([
  'officer', 'manager', 'lead', 'director', 'coordinator', 'co-ordinator', 'inspector', 'clerk', 'adviser', 'advisor', 'chief', 'head',
  'assistant', 'executive', 'analyst', 'consultant', 'solicitor', 'councillor', 'cllr', 'commissioner', 'chair', 'secretary', 'administrator',
]);

interface Person {
  field: Hit['field'];
  first: number;
  last: number;
}

/** Finds people: "Mr Dean Carrick", "Name: Kyle Mendes", "Jordan Shaw", "Ellis Morgan, 23". */
function findPeople(tokens: readonly Token[], text: string, zones: Uint8Array, field: Hit['field'], senderWords: Set<string>): Person[] {
  // `text` is the folded text the token offsets point into (zero-width characters already gone).
  const people: Person[] = [];
  for (let i = 0; i < tokens.length - 1; i++) {
    if (zones[i]! > 1) continue;
    const token = tokens[i]!;
    const next = tokens[i + 1]!;
    if (!token.isCapitalised || !next.isCapitalised) continue; // every pattern below starts with two capitalised words
    const isTitle = ['mr', 'mrs', 'ms', 'miss', 'mx', 'dr'].includes(token.text) && !next.isUpper;
    const isLabel = token.text === 'name' && text.slice(token.end, next.start).includes(':') && next.isCapitalised;
    const isNamePair = token.isCapitalised && next.isCapitalised && FIRST_NAMES.has(token.text) && !NOT_SURNAMES.has(next.text) && !token.isUpper;
    const afterPair = tokens[i + 2];
    const gapAfter = afterPair ? text.slice(next.end, afterPair.start) : '';
    // Court-report style: "Abigail Sylvester, aged 32", "Ellis Morgan, 23,", "Leah Hodgetts, of Orchard Grove", "27-year-old Akeem Trowers".
    const isAged =
      token.isCapitalised && next.isCapitalised && !token.isUpper && afterPair !== undefined &&
      ((/^\d{1,2}$/.test(afterPair.text) && /^,\s*$/.test(gapAfter)) || (afterPair.text === 'aged' && /^,?[ \t]+$/.test(gapAfter)) || (afterPair.text === 'of' && /^,[ \t]+$/.test(gapAfter)) ||
        (i > 0 && /year-old\s+$/.test(text.slice(tokens[i - 1]!.start, token.start))));
    if (!isTitle && !isLabel && !isNamePair && !isAged) continue;
    if (token.text.length < 2 || next.text.length < 2) continue;
    let first = isTitle || isLabel ? i + 1 : i;
    let last = first;
    while (last + 1 < tokens.length && last - first < 2 && tokens[last + 1]!.isCapitalised && !tokens[last + 1]!.isUpper && !NOT_SURNAMES.has(tokens[last + 1]!.text) && text.slice(tokens[last]!.end, tokens[last + 1]!.start) === ' ') last++;
    if (isNamePair && last === first) continue;
    const words = tokens.slice(first, last + 1).map((t) => t.text);
    if (tokens[first - 1]?.text === 'late' || tokens[first - 2]?.text === 'late') continue; // "the late Mrs Fenn": not a living person
    if (words.some((word) => senderWords.has(word)) && words.length > 0 && senderWords.size > 0 && words.every((w) => senderWords.has(w) || FIRST_NAMES.has(w))) continue;
    people.push({ field, first, last });
    first = last;
    i = last;
  }
  return people;
}

/**
 * Personal data about someone else going outside or posted publicly: a named individual
 * together with a date of birth, NI number, home address, health, criminal allegation,
 * victim or witness status, or a crime or custody reference.
 */
export default defineRule({
  id: 'personal-data',
  category: 'personal',
  messages: {
    personal: 'Personal data about {who} is going outside {org}. Share it only with people inside, or check with the {monitoring} (data protection).',
    bulk: 'This sends names with dates of birth, addresses or crime references outside {org}. Check there is a data-sharing agreement and ask the {monitoring}.',
  },
  check({ ctx, report }) {
    if (!ctx.audience.hasOutside) return;
    const senderWords = new Set(ctx.draft.from.toLowerCase().split('@')[0]!.split(/[._\d-]+/).filter((word) => word.length > 1));
    for (const field of ['subject', 'body'] as const) {
      const text = ctx.text(field);
      const raw = text.folded.original;
      const people = findPeople(text.tokens, text.folded.text, text.zones, field, senderWords);
      // "Sexual Assault Referral Centre" names a service, not a fact about someone.
      const isFact = (hit: Hit) => hit.zone <= 1 && !ctx.isNegated(hit) && !ctx.tokensOf(hit).every((t) => t.isCapitalised && !t.isUpper);
      let reported = 0;
      for (const person of people) {
        if (reported >= 20) break;
        const from = person.first;
        const to = Math.min(text.tokens.length - 1, person.last + 30);
        const sentence = text.sentences[from];
        const fact = ctx
          .within(field, 'private-fact', from - 40, to)
          .find((hit) => isFact(hit) && (hit.first >= from - 12 || text.sentences[hit.first] === sentence));
        const { start, end } = ctx.spanOf(field, from, person.last);
        const windowFrom = Math.max(0, from - 12);
        const around = ctx.spanOf(field, windowFrom, to);
        const window = raw.slice(around.start, around.end);
        const hasPattern = NI_NUMBER.test(window) || hasBirthDate(window) || hasStreetAddress(text.tokens.slice(windowFrom, to + 1));
        if (!fact && !hasPattern) continue;
        // "my date of birth", "my home address": the sender's own details.
        if (fact && !hasPattern && text.tokens.slice(Math.max(0, fact.first - 2), fact.first).some((t) => FIRST_PERSON.has(t.text))) continue;
        // "Lucy Dane, Office Manager, at 10 Colmore Row", "Dr Rachel Obi, consultant": a professional in their
        // role, with business details, unless a personal identifier (NI number, date of birth) is given.
        const role = text.tokens.slice(person.last + 1, person.last + 5).some((t) => ROLE_WORDS.has(t.text));
        if (role && !(NI_NUMBER.test(window) || hasBirthDate(window))) continue;
        report({ field, start, end }, 'personal', { who: raw.slice(start, end) });
        reported++;
      }
    }
    for (const hit of ctx.scan('bulk-personal', ['body', 'attachments'])) {
      if (ctx.isNegated(hit) || ctx.near(hit, 'data-safe', 12, { sameSentence: true })) continue;
      report(hit, 'bulk');
    }
  },
});

function hasStreetAddress(tokens: readonly Token[]): boolean {
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (!/^\d{1,4}[a-z]?$/.test(tokens[i]!.text)) continue;
    for (let j = i + 1; j <= i + 3 && j < tokens.length; j++) {
      if (!tokens[j]!.isCapitalised) break;
      if (j > i + 1 && STREET_SUFFIX.test(tokens[j]!.text)) return true;
    }
  }
  return false;
}
