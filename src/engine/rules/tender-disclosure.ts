import { NEGATIONS, type CheckContext, type Hit } from '../context';
import { firstNotBefore } from '../iterate';
import { defineRule } from '../define-rule';
import { TokenFlag, type Tokens } from '../text/tokens';
import { Zone } from '../text/zones';

const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
const SCORE_BEFORE = new Set(['on', 'against', 'vs', 'versus', 'scored', 'scoring', 'got']);
const SCORE_AFTER = new Set(['against', 'vs', 'versus', 'points', 'marks']);

/** Is token `i` a score: a number up to 100 read as one ("is on 78", "82 against 74", "71 points"), not a date ("on 9 March")? */
function isScore(tokens: Tokens, i: number): boolean {
  const first = tokens.codeAt(tokens.starts[i]!);
  if (first < 48 || first > 57) return false; // not a digit: no string made for most words
  const word = tokens.word(i);
  if (!/^\d{1,3}(\.\d+)?$/.test(word) || Number(word) > 100) return false;
  if (tokens.isOneOf(i + 1, MONTHS)) return false;
  // "81/100", "41/70": out of a maximum (not "14/03/1985", a date).
  const after = tokens.between(tokens.ends[i]!, tokens.ends[i]! + 6);
  if (/^\/\d{2,3}(?![\d/])/.test(after) && tokens.codeAt(tokens.starts[i]! - 1) !== 47 /* / */) return true;
  return tokens.isOneOf(i - 1, SCORE_BEFORE) || tokens.isOneOf(i + 1, SCORE_AFTER) || isRivalsScore(tokens, i);
}

/** Most words a rival's name may have before its score: "Castleford Youth Trust's 78". */
const NAME_WORDS = 3;

/**
 * Is score `i` a rival's, named between the word and it: "72 against Brightwater's 76", "71 against
 * Castleford Trust's 78" (the words before the possessive capitalised, as a name's are)?
 */
function isRivalsScore(tokens: Tokens, i: number): boolean {
  if (!tokens.has(i - 1, TokenFlag.possessive)) return false;
  for (let k = i - 2; k >= Math.max(0, i - 1 - NAME_WORDS); k--) {
    if (tokens.isOneOf(k, SCORE_BEFORE)) return true;
    if (!tokens.has(k, TokenFlag.capitalised)) return false;
  }
  return false;
}

/**
 * Is token `i` an amount of money written with its currency sign ("£289k", "$1.2m")? "£" and "€"
 * are word characters to the tokeniser (as everything above ASCII), so they open the token; "$" stands before it.
 */
const isPrice = (tokens: Tokens, i: number): boolean => {
  if (i < 0 || i >= tokens.length) return false;
  const first = tokens.codeAt(tokens.starts[i]!);
  return first === 0xa3 /* £ */ || first === 0x20ac /* € */ || tokens.codeAt(tokens.starts[i]! - 1) === 0x24; /* $ */
};

/** Does a single '.' or ',' join token `i` to the next, as in "£1.2m" or "£1,250" (one amount, several tokens)? */
const isJoinedToNext = (tokens: Tokens, i: number): boolean => {
  if (i + 1 >= tokens.length || tokens.starts[i + 1]! - tokens.ends[i]! !== 1) return false;
  const gap = tokens.codeAt(tokens.ends[i]!);
  return gap === 46 /* . */ || gap === 44; /* , */
};

/** The first token of the amount of money that ends at token `i` ("£1.2m" is two tokens), or -1 if none ends there. */
function amountStart(tokens: Tokens, i: number): number {
  let first = i;
  while (first > 0 && !isPrice(tokens, first) && isJoinedToNext(tokens, first - 1)) first--;
  return i >= 0 && isPrice(tokens, first) ? first : -1;
}

/** The last token of the amount of money that starts at token `i`. */
function amountEnd(tokens: Tokens, i: number): number {
  let last = i;
  while (isJoinedToNext(tokens, last)) last++;
  return last;
}

/** Words naming the bids of several bidders: prices listed beside them are theirs ("Three bids: Pathway £1.92m, …"). */
const BIDS = new Set(['bids', 'bidders', 'tenders', 'tenderers', 'submissions', 'submitted', 'tendered']);

/** Words naming scores: bidders' names listed with numbers beside them are their scores ("scores after moderation: Arden 72, Northgate 68"). */
const SCORES = new Set(['scores', 'scored', 'scoring', 'points', 'marks']);

/** Is token `i` a number up to 100 straight after a name ("Arden 72"; not "Room 12" opening a sentence, nor "Tuesday 9 March")? */
function isNamedNumber(tokens: Tokens, sentences: Int32Array, i: number): boolean {
  const first = tokens.codeAt(tokens.starts[i]!);
  if (first < 48 || first > 57 || i < 2 || sentences[i - 2] !== sentences[i]) return false;
  if (!tokens.has(i - 1, TokenFlag.capitalised) || tokens.isOneOf(i + 1, MONTHS)) return false;
  const word = tokens.word(i);
  return /^\d{1,3}$/.test(word) && Number(word) <= 100;
}

/** How far before a price its bidder's name may end: "Mendwell CIC have already submitted at £341k". */
const NAME_REACH = 5;

/** Is the price at token `i` a bidder's: a name just before it in its sentence ("Pathway £1.92m", "Victim Care North at £2.31m")? */
function isNamedPrice(tokens: Tokens, sentences: Int32Array, i: number): boolean {
  for (let k = i - 1; k >= Math.max(1, i - NAME_REACH) && sentences[k] === sentences[i]; k--) {
    if (tokens.has(k, TokenFlag.capitalised) && sentences[k - 1] === sentences[k]) return true; // not the word a sentence opens with
  }
  return false;
}

/**
 * Two scores in one sentence ("Lotus Care is on 78 and Oakleaf is on 71"), names with numbers after a score or a word for
 * scores ("Vistrel are on 82, Argentis 79, Clearsight 61"), two prices set
 * against each other ("£289k against £540k"), or bidders' prices listed in a sentence that
 * names them as bids ("Three bids: Pathway £1.92m, Victim Care North £2.31m"), as a hit over them.
 */
function scoresIn(ctx: CheckContext, field: 'body'): Hit[] {
  const { tokens, sentences } = ctx.text(field);
  const found: Hit[] = [];
  let previous = -1;
  // Bidders' prices in the current sentence (its first token, the first price's and the last's).
  let sentenceStart = 0;
  let firstPrice = -1;
  let lastPrice = -1;
  let prices = 0;
  // Named numbers in the current sentence: the first's token and the last's.
  let firstNamed = -1;
  let lastNamed = -1;
  let named = 0;
  // Whether the current sentence has a score already ("Vistrel are on 82, Argentis 79, Clearsight 61"): names with numbers after it are a list of scores.
  let isScored = false;
  // Whether the sentence speaks of bids is asked only of a sentence with two prices: few have any.
  const listed = (end: number) => {
    if (named >= 2) {
      for (let k = sentenceStart; k < end; k++) {
        if (isScored || tokens.isOneOf(k, SCORES)) {
          found.push(ctx.tokenHit(field, firstNamed - 1, lastNamed, 'tender-detail', 'scores'));
          break;
        }
      }
    }
    if (prices < 2) return;
    for (let k = sentenceStart; k < end; k++) {
      if (tokens.isOneOf(k, BIDS)) {
        found.push(ctx.tokenHit(field, firstPrice, amountEnd(tokens, lastPrice), 'tender-detail', 'prices'));
        return;
      }
    }
  };
  for (let i = 0; i < tokens.length && found.length < 20; i++) {
    if (sentences[i] !== sentences[sentenceStart]) {
      listed(i);
      sentenceStart = i;
      prices = 0;
      named = 0;
      isScored = false;
    }
    if (isNamedNumber(tokens, sentences, i)) {
      if (named++ === 0) firstNamed = i;
      lastNamed = i;
    }
    if (isPrice(tokens, i) && isNamedPrice(tokens, sentences, i)) {
      if (prices++ === 0) firstPrice = i;
      lastPrice = i;
    }
    if (tokens.isOneOf(i, PRICE_AGAINST) && isPrice(tokens, i + 1) && sentences[i + 1] === sentences[i]) {
      const first = amountStart(tokens, i - 1);
      if (first >= 0 && sentences[first] === sentences[i]) found.push(ctx.tokenHit(field, first, amountEnd(tokens, i + 1), 'tender-detail', 'prices'));
    }
    if (!isScore(tokens, i)) continue;
    isScored = true;
    if (previous >= 0 && sentences[previous] === sentences[i]) found.push(ctx.tokenHit(field, previous, i, 'tender-detail', 'scores'));
    previous = i;
  }
  listed(tokens.length);
  return found;
}

/** Verbs of telling that, negated, refuse to give details away: "I can't discuss the specification or other bids". */
const TELLING = new Set(['discuss', 'share', 'disclose', 'comment', 'tell', 'give', 'release', 'reveal', 'say', 'talk', 'go']);

/** Is the detail what the sender says they cannot tell, a verb of telling negated before it in its sentence? */
function isRefused(ctx: CheckContext, hit: Hit): boolean {
  const { tokens, sentences } = ctx.text(hit.field);
  for (let k = hit.first - 1; k >= Math.max(1, hit.first - 10) && sentences[k] === sentences[hit.first]; k--) {
    if (tokens.is(k, 'but')) return false; // "Can't say too much but your bid scored 82": said all the same
    if (tokens.isOneOf(k, TELLING) && (tokens.isOneOf(k - 1, NEGATIONS) || tokens.isOneOf(k - 2, NEGATIONS))) return true;
  }
  return false;
}

/** Words that make a detail the published method rather than a result: "social value is worth 10% of the quality score". */
const WEIGHTING = new Set(['worth', 'weighting', 'weighted', 'weightings', 'weight', 'carries']);

/** Is the detail followed within three words by a figure: "the panel scored you 78", "your lot came out at 64"? */
function isFigured(ctx: CheckContext, hit: Hit): boolean {
  const { tokens, sentences } = ctx.text(hit.field);
  for (let k = hit.last + 1; k <= hit.last + 3 && k < tokens.length && sentences[k] === sentences[hit.first]; k++) {
    const code = tokens.codeAt(tokens.starts[k]!);
    if (code >= 48 && code <= 57) return true;
  }
  return false;
}

/** Words between a detail and a sum that make the sum a published value or the budget: "the other two lots are worth £90k each". */
const ESTIMATES = new Set(['lot', 'lots', 'worth', 'valued', 'value', 'budget', 'budgeted', 'estimated', 'estimate', 'ceiling', 'cap', 'capped']);

/** How many words after a rival bidder their price may follow: "the other two that've gone in are both over £90k". */
const RIVAL_REACH = 8;

/** How many words after a detail a sum of money may follow it: "undercut everyone else by about 300k". */
const SUM_REACH = 6;

/**
 * Is a sum of a contract's size ("300k", "£40k", "£1.21m", "$2m") among the words after the detail in its
 * sentence? "Parking is cheaper by £2" names no contract's price.
 */
function hasSumAfter(ctx: CheckContext, hit: Hit, reach = SUM_REACH): boolean {
  const { tokens, sentences } = ctx.text(hit.field);
  for (let k = hit.last + 1; k <= hit.last + reach && k < tokens.length && sentences[k] === sentences[hit.first]; k++) {
    if (tokens.isOneOf(k, ESTIMATES)) return false; // "the other two lots are worth £90k": a published value, no one's bid
    const first = tokens.codeAt(tokens.starts[k]!);
    // Only a word that opens with a digit or a currency sign is read; "£1.21m" is "£1" and "21m", and the second ends the sum.
    if ((first < 48 || first > 57) && !isPrice(tokens, k)) continue;
    const last = tokens.codeAt(tokens.ends[k]! - 1);
    if ((last === 107 /* k */ || last === 109 /* m */) && /^[£€]?\d[\d.,]*[km]$/.test(tokens.word(k))) return true;
  }
  return false;
}

/** The reader, as a bidder: "you", "your lot". */
const SECOND_PERSON = new Set(['you', 'your', "you're", 'youre', 'yours']);

/** Is the detail said of the reader: "you" or "your" among the three words before it, or straight after ("scored you 78")? */
const isToReader = (ctx: CheckContext, hit: Hit): boolean =>
  ctx.hasWordBefore(hit, SECOND_PERSON, 3) || ctx.text(hit.field).tokens.isOneOf(hit.last + 1, SECOND_PERSON);

/** Words that set one price against another. */
const PRICE_AGAINST = new Set(['against', 'vs', 'versus']);
/** How near (in words) a tender word must be to a detail in its sentence. */
const SENTENCE_WINDOW = 25;
/** How near (in words) a tender word must be to one of several details in another sentence. */
const TENDER_WINDOW = 40;

/** Details that rank a price among others': "came in lowest of the three", "second cheapest". */
const RANKED_AMONG = new Set(['lowest of the', 'cheapest of the', 'second lowest', 'second cheapest', 'above the lowest', 'below the lowest']);
/** What the reader put in: "your price", "your quote", "your bid". */
const READERS_OFFER = new Set(['price', 'prices', 'pricing', 'quote', 'quotation', 'bid', 'submission', 'figure', 'figures', 'rate', 'rates']);
/** The procurement phrases that name a quote, not an order: the price a ranking is of. */
const QUOTES = new Set(['quote for', 'quotation', 'your quotation', 'your quote', 'the quote', 'please could you quote', 'quote ref']);
/** How far before the ranking, in its sentence, the reader's price may be named: "your price for the lone worker devices came in lowest of the three". */
const OFFER_REACH = 12;

/**
 * Is the reader's own price ranked among the others' ("your price for the lone worker devices came in lowest of the three",
 * "your quote was second cheapest")? Told to a supplier, that ranks a live competition even where no tender word is used.
 */
function isReadersPriceRanked(ctx: CheckContext, hit: Hit): boolean {
  if (!RANKED_AMONG.has(hit.phrase)) return false;
  const { tokens, sentences } = ctx.text(hit.field);
  for (let k = hit.first - 1; k >= Math.max(1, hit.first - OFFER_REACH) && sentences[k] === sentences[hit.first]; k--) {
    if (tokens.isOneOf(k, READERS_OFFER) && (tokens.is(k - 1, 'your') || tokens.is(k - 2, 'your'))) return true;
  }
  return false;
}

/** Words before "after the award" that put it still to come: "I'd better not take the box until after the award". */
const NOT_YET = new Set(['until', 'till', 'til', 'before', 'pending']);

/** Confidential tender information (scores, rivals' prices) going outside before award. */
export default defineRule({
  id: 'tender-disclosure',
  category: 'confidential',
  messages: {
    tender: 'This gives away confidential tender information (scores or prices) before the award. Keep it inside the evaluation team.',
  },
  check({ ctx, report }) {
    if (!ctx.audience.hasOutside) return;
    // Without a tender word (most drafts) there is nothing to find: the phrases that cover tender words, and their sets, are not read.
    // A reply to a bidder's question ("> any news on the youth diversion tender?") is about the tender the quoted chain names.
    const isOwnTender = ctx.has('tender', ['subject', 'body']);
    const isQuotedTender = !isOwnTender && ctx.has('tender', ['subject', 'body'], { zones: [Zone.quoted] });
    if (!isOwnTender && !isQuotedTender) {
      // No tender word, but the reader's price ranked among the others' before anything is ordered or awarded: a competition's standings.
      // (A quote named is the price ranked, "your quote came in …"; an order or a booking is the choice already made.)
      const isOrdered = ctx.find('procurement', ['subject', 'body'], (hit) => !QUOTES.has(hit.phrase)) !== undefined || ctx.has('purchase', ['subject', 'body']);
      if (ctx.has('tender-detail', ['body']) && !isOrdered && !ctx.has('tender-other', ['subject', 'body'])) {
        const ranked = ctx.find('tender-detail', ['body'], (hit) => hit.zone <= 1 && isReadersPriceRanked(ctx, hit) && !ctx.isNegated(hit) && !isRefused(ctx, hit));
        if (ranked) report(ranked, 'tender');
      }
      return;
    }
    const other = ctx.scan('tender-other', ['subject', 'body']);
    // After award, scores may be shared; not "until after the award", which is before it.
    if (other.some((hit) => hit.phrase.includes('award') && !ctx.hasWordBefore(hit, NOT_YET, 1))) return;
    // "bid farewell" is no bid: ignore tender words inside another phrase.
    // An award that is a prize ("the award ceremony") is no contract's either.
    const prizes = ctx.scan('tender-not', ['subject', 'body']);
    // The tokens those phrases cover, by field: a look-up per tender word, not a search of every phrase (a paste may hold thousands of each).
    const covered = { subject: new Set<number>(), body: new Set<number>() };
    for (const phrase of [...other, ...prizes]) for (let i = phrase.first; i <= phrase.last; i++) covered[phrase.field as 'subject' | 'body'].add(i);
    const tenders = ctx.scan('tender', ['subject', 'body']).filter((hit) => !covered[hit.field as 'subject' | 'body'].has(hit.first));
    if (tenders.length === 0 && !isQuotedTender) return;
    const { sentences } = ctx.text('body');
    const priced = ctx.scan('tender-priced', ['body']).filter((hit) => hasSumAfter(ctx, hit, RIVAL_REACH));
    // "On quality and price" names the criteria every bid is judged on, not where one stands ("second on price"), and so does
    // a detail straight before them ("all bids are scored on price and quality"; "you scored well on quality and price" is a result).
    // The tokens they cover are a set, as `covered` above: a look-up per detail.
    const criteria = new Set<number>();
    for (const phrase of ctx.scan('tender-criteria', ['body'])) for (let i = phrase.first; i <= phrase.last; i++) criteria.add(i);
    const isCriterion = (hit: Hit) => criteria.has(hit.first) || criteria.has(hit.last + 1);
    const details = [...ctx.scan('tender-detail', ['body']).filter((hit) => !isCriterion(hit)), ...priced, ...scoresIn(ctx, 'body')].sort((a, b) => a.first - b.first);
    // A tender word in the detail's sentence; or, where the draft gives away more than one detail, near it in
    // another sentence ("You came second on quality, 71 against 78. Award panel sits on 3 April."): one word
    // such as "cheaper" sentences away from a tender is about something else ("Parking is cheaper at the station").
    // A detail given to the reader with its figure ("the panel scored you 78", "your lot came out at 64") is as plain as two
    // details; "Sam scored 72 in the quiz" is no one's bid.
    const window = new Set(details.map((hit) => hit.first)).size > 1 || details.some((hit) => isFigured(ctx, hit) && isToReader(ctx, hit)) ? TENDER_WINDOW : 0;
    // Two bidders' scores are plain enough to be about the tender in the sentence before or after ("Your lot are on 71, Midshires on 74. Award isn't till the 30th"),
    // and so is a detail given with a contract's sum ("Undercut everyone else by about 300k. Evaluation's not finished").
    const isNextTo = (t: Hit, hit: Hit) => Math.abs(sentences[t.first]! - sentences[hit.first]!) === 1 && (hit.phrase === 'scores' || hasSumAfter(ctx, hit));
    // A tender word in the subject makes every detail about the tender; in the body, only those near enough are read,
    // found by binary search (tender words come in order): a paste of thousands of each stays linear.
    const isSubjectTender = tenders.some((t) => t.field === 'subject');
    const bodyTenders = tenders.filter((t) => t.field === 'body');
    const reach = Math.max(SENTENCE_WINDOW, window);
    const isAboutTender = (hit: Hit) => {
      if (isSubjectTender) return true;
      // Only plain details answer the quoted question: two bidders' scores or prices, or more than one detail ("you scored 71 on quality").
      if (isQuotedTender) return hit.phrase === 'scores' || hit.phrase === 'prices' || window > 0;
      for (let k = firstNotBefore(bodyTenders.length, (j) => bodyTenders[j]!.first < hit.first - reach); k < bodyTenders.length && bodyTenders[k]!.first <= hit.first + reach; k++) {
        const t = bodyTenders[k]!;
        const isNear = sentences[t.first] === sentences[hit.first] || isNextTo(t, hit) ? Math.abs(t.first - hit.first) <= SENTENCE_WINDOW : Math.abs(t.first - hit.first) <= window;
        if (isNear) return true;
      }
      return false;
    };
    const detail = details.find((hit) => hit.zone <= 1 && !ctx.isNegated(hit) && isAboutTender(hit) && !isRefused(ctx, hit) && !ctx.hasWordBefore(hit, WEIGHTING, 5));
    if (detail) report(detail, 'tender');
  },
});
