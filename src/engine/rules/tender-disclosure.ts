import type { CheckContext, Hit } from '../context';
import { defineRule } from '../define-rule';
import type { Tokens } from '../text/tokens';

const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
const SCORE_BEFORE = new Set(['on', 'against', 'vs', 'versus', 'scored', 'scoring']);
const SCORE_AFTER = new Set(['against', 'vs', 'versus', 'points', 'marks']);

/** Is token `i` a score: a number up to 100 read as one ("is on 78", "82 against 74", "71 points"), not a date ("on 9 March")? */
function isScore(tokens: Tokens, i: number): boolean {
  const first = tokens.text.charCodeAt(tokens.starts[i]!);
  if (first < 48 || first > 57) return false; // not a digit: no string made for most words
  const word = tokens.word(i);
  if (!/^\d{1,3}(\.\d+)?$/.test(word) || Number(word) > 100) return false;
  if (tokens.isOneOf(i + 1, MONTHS)) return false;
  // "81/100", "41/70": out of a maximum (not "14/03/1985", a date).
  const after = tokens.text.slice(tokens.ends[i], tokens.ends[i]! + 6);
  if (/^\/\d{2,3}(?![\d/])/.test(after) && !tokens.text.startsWith('/', tokens.starts[i]! - 1)) return true;
  return tokens.isOneOf(i - 1, SCORE_BEFORE) || tokens.isOneOf(i + 1, SCORE_AFTER);
}

/** Two scores in one sentence ("Lotus Care is on 78 and Oakleaf is on 71"), as a hit over the first. */
function scoresIn(ctx: CheckContext, field: 'body'): Hit[] {
  const { tokens, sentences } = ctx.text(field);
  const found: Hit[] = [];
  let previous = -1;
  for (let i = 0; i < tokens.length && found.length < 20; i++) {
    if (!isScore(tokens, i)) continue;
    if (previous >= 0 && sentences[previous] === sentences[i]) found.push(ctx.tokenHit(field, previous, i, 'tender-detail', 'scores'));
    previous = i;
  }
  return found;
}

/** Confidential tender information (scores, rivals' prices) going outside before award. */
export default defineRule({
  id: 'tender-disclosure',
  category: 'confidential',
  messages: {
    tender: 'This gives away confidential tender information (scores or prices) before the award. Keep it inside the evaluation team.',
  },
  check({ ctx, report }) {
    if (!ctx.audience.hasOutside) return;
    const other = ctx.scan('tender-other', ['subject', 'body']);
    if (other.some((hit) => hit.phrase.includes('award'))) return; // after award, scores may be shared
    // "bid farewell" is no bid: ignore tender words that start another phrase.
    const tenders = ctx.scan('tender', ['subject', 'body']).filter((hit) => !other.some((o) => o.field === hit.field && o.first === hit.first));
    if (tenders.length === 0) return;
    const { sentences } = ctx.text('body');
    const isAboutTender = (hit: Hit) =>
      tenders.some((t) => t.field === 'subject' || (t.field === hit.field && Math.abs(t.first - hit.first) <= 25 && sentences[t.first] === sentences[hit.first]));
    const details = [...ctx.scan('tender-detail', ['body']), ...scoresIn(ctx, 'body')].sort((a, b) => a.first - b.first);
    const detail = details.find((hit) => hit.zone <= 1 && !ctx.isNegated(hit) && isAboutTender(hit));
    if (detail) report(detail, 'tender');
  },
});
