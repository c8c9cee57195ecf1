import type { CheckContext, Hit, TextField } from '../context';
import { defineRule, UNEVEN_SPACE } from '../define-rule';
import { FIRST_NAMES } from '../first-names';
import { chain } from '../iterate';
import { isPersonalMailDomain } from '../news-domains';
import { TokenFlag, type Tokens } from '../text/tokens';
import { Zone } from '../text/zones';
import type { GiftPrefill } from '../types';

/** Items named in general, as policy does ("gifts", "hospitality"), rather than a thing offered. */
const GENERIC_ITEMS = new Set(['gifts', 'hospitality', 'vouchers', 'cash', 'money', 'corporate gifts']);

/** Asks for a favour that are themselves the benefit asked for. */
const SELF_NAMED = new Set(['the same rate as us', 'same rate as us', 'do him the same rate', 'do her the same rate', 'mates rates', 'do me a deal', 'on the house', 'sort us out with', 'sort me out with', 'on you next', 'drinks on you', 'your shout', 'something off the price', 'something on the price', 'a bit off the price', 'something off the bill']);

/** Items that make an offer hospitality rather than a gift. */
const HOSPITALITY = new Set([
  'hospitality', 'hospitality suite', 'dinner', 'lunch', 'meal', 'breakfast', 'drinks', 'a drink', 'tickets', 'ticket', 'seats', 'box', 'villa',
  'cottage', 'holiday', 'gala dinner', 'awards', 'ball', 'as your guest', "as itv's guest", 'guest', 'hosting me', 'spa day', 'upgrade',
  'meals', 'spare seats', 'spare tickets', 'spare passes', 'passes', 'family passes', 'free passes', 'season ticket', 'hospitality lounge',
  'the lounge', 'tasting menu', 'corporate box', 'reception', 'drinks reception', 'golf', 'golf day', 'round of golf', 'race day', 'concert',
  'gig', 'lodge', 'long weekend', 'weekend at', 'weekend in', 'weekend away', 'the weekend at', 'stay', 'hotel stay', 'night stay',
  'two-night stay', 'hotel', 'accommodation', 'flights', 'flight', 'trip', 'client table', 'corporate table',
]);

/** Organisation-like name endings, for who made the offer. */
const ORG_SUFFIXES = 'Ltd|Limited|plc|PLC|Security|Solutions|Events|Partnership|Software|Group|Trust|Bank|Services|Consulting|Foundation|Council|Club|Association|Catering|Construction';
const ORG_SUFFIX = new RegExp(`\\b([A-Z][\\w&'-]*(?:\\s+[A-Z][\\w&'-]*){0,4}\\s+(?:${ORG_SUFFIXES}))\\b`);
/**
 * What every match of `ORG_SUFFIX` holds: one of its endings after a space. Asked first, as most descriptions
 * have none: it has no run of capitalised words to try at each capital (callgrind: 2.1k instructions a description, not 2.7k).
 */
const ORG_SUFFIX_WORD = new RegExp(`\\s(?:${ORG_SUFFIXES})\\b`);
/** A sum in pounds, "£1,200" or "£45.50": the offer's estimated value. */
const POUNDS = /£\s?(\d{1,3}(?:,\d{3})*(?:\.\d{2})?|\d+(?:\.\d{2})?)/;

const OFF = new Set(['off', 'discount']);

/** The sender as the subject: "I sent a hamper" is the sender giving, "they sent a hamper" an offer. */
const FIRST_PERSON = new Set(['i', 'we', "i've", "we've", "i'd", "we'd", "i'll", "we'll", "i'm", "we're"]);
/** When an occasion is thanked for ("thanks again for Saturday"), the next sentences say what it was. */
const OCCASIONS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'tonight', 'last', 'the', 'a', 'such',
]);
const OCCASION_NOUNS = new Set(['night', 'evening', 'weekend', 'day', 'afternoon', 'trip', 'time', 'visit', 'do', 'treat', 'outing']);
/** Words of asking, which make "for free" a request rather than an offer to the public ("free bike marking"). */
const ASKING = new Set(['suppose', 'chance', 'possible', 'possibly', 'mind']);
/** "could you", "can we": a modal before its subject asks (where "I can get us" offers). */
const MODALS = new Set(['could', 'can', 'would', 'will']);
const SUBJECTS = new Set(['you', 'we', 'i']);

/** Words after "free" that make it no thing given: "free to", "free up", "free and fair", "free of". */
const NOT_A_FREE_THING = new Set(['to', 'of', 'from', 'for', 'up', 'and', 'or', 'at', 'in', 'on', 'time', 'speech', 'school', 'will', 'rein', 'kick', 'kicks', 'text']);

/** Words before "free" that make it no thing given: "feel free", "for free" (a request, see gift-solicit), "our free workshop". */
const NOT_GIVEN_BEFORE_FREE = new Set(['feel', 'our', 'for', 'on', 'about', 'of', 'offering', 'offers', 'provide', 'provides', 'providing', 'run', 'runs', 'running']);

/** Someone being free, before "free": "you're free Saturday", "would you be free", "I'm free after 3" (their time, not a thing given). */
const SOMEONE_IS = new Set(["you're", "i'm", "we're", "they're", "he's", "she's", 'be', 'am']);
/** Who is asked if they are free: "are you free", "is anyone free" (not "got you free tickets"). */
const SOMEONE = new Set(['you', 'anyone', 'anybody', 'everyone', 'he', 'she', 'they', 'we']);
const IS = new Set(['are', 'is', 'were', 'was']);

/** The phrase of a hit on a sum of money ("£100") found beside an offer. */
const A_SUM = 'a sum of money';

/**
 * A value in the hit's sentence is itself what was offered: a sum of money or a discount ("the
 * £100 you enclosed", "22% off list"), or whatever is free ("the free rides home", "a free
 * annual pass"): gifts are an open class of things, and "free" says one was given.
 */
function valueIn(ctx: CheckContext, hit: Hit): Hit | undefined {
  const { tokens, sentences } = ctx.text(hit.field);
  const sentence = sentences[hit.first];
  const valueAt = (i: number): Hit | undefined => {
    const start = tokens.starts[i]!;
    if (tokens.codeAt(start) === 0xa3 && /\d/.test(tokens.word(i))) return ctx.tokenHit(hit.field, i, i, 'gift-item', A_SUM); // '£': a sum, not money in general
    if (isPercentAt(tokens, i) && tokens.isOneOf(i + 1, OFF)) return ctx.tokenHit(hit.field, i, i + 1, 'gift-item', 'discount');
    return isFreeThing(ctx, hit, i) ? ctx.tokenHit(hit.field, i, i + 1, 'gift-item', 'free') : undefined;
  };
  for (let i = hit.first; i >= 0 && sentences[i] === sentence && hit.first - i < 30; i--) {
    const value = valueAt(i);
    if (value) return value;
  }
  for (let i = hit.last + 1; i < tokens.length && sentences[i] === sentence && i - hit.last < 30; i++) {
    const value = valueAt(i);
    if (value) return value;
  }
  return undefined;
}

/** Is token `i` a percentage, "22%"? */
const isPercentAt = (tokens: Tokens, i: number): boolean => tokens.codeAt(tokens.ends[i]!) === 37 && /^\d{1,2}$/.test(tokens.word(i));

/**
 * Asks that something go to the sender themselves rather than the office ("could the 20% stretch to me personally",
 * "pay it into my own account rather than the office's"): a benefit from someone they deal with at work, when a
 * discount, a fee or a sum is named in the sentence or the one before ("You give your staff 20% off. Any chance you
 * could extend that to me personally?").
 */
const PERSONALLY = new Set([
  'to me personally', 'for me personally', 'to a personal order', 'for a personal order', 'a personal purchase', 'for my own use', 'into my own account',
  'into my personal account', 'to my own account', 'to my personal account', 'pay it to me', 'paid to me directly', 'pay it directly to me', 'paid directly to me', 'pay me directly', 'stretch to me', 'extend that to me',
  'extend it to me', 'extend this to me', 'extend the same to me',
]);
/** What a work contact might extend to the sender: a discount, a rate, a deal, a fee (and a percentage or a sum, read from the digits). */
const BENEFITS = new Set(['discount', 'discounts', 'fee', 'fees', 'rate', 'deal', 'offer', 'payment']);
/** Money owed to the sender anyway, which may go to their own account: "please pay my expenses to me directly". */
const OWED = new Set(['expenses', 'expense', 'refund', 'reimbursement', 'reimburse', 'mileage', 'salary', 'wages', 'overtime', 'invoice']);

/**
 * The benefit an ask for the sender personally is about, in its sentence or the one before (not across a blank line): its token,
 * -1 if none is named or the ask is for paperwork ("send the price list to me personally"), or -2 if it is for money owed ("the refund is owed to me").
 */
function personalBenefitAt(ctx: CheckContext, hit: Hit): number {
  const { tokens, sentences } = ctx.text(hit.field);
  const sentence = sentences[hit.first]!;
  let first = firstInSentence(ctx, hit);
  if (first > 0 && sentences[first - 1] === sentence - 1 && !ctx.value(hit.field).slice(tokens.ends[first - 1]!, tokens.starts[first]!).includes('\n\n')) {
    while (first > 0 && sentences[first - 1] === sentence - 1) first--;
  }
  const last = lastInSentence(ctx, hit);
  let benefit = -1;
  for (let i = first; i <= last; i++) {
    if (tokens.isOneOf(i, OWED)) return -2;
    // Paperwork is asked for in the ask's own sentence ("send the price list to me personally"), not the one before ("Thanks for the quote.").
    if (sentences[i] === sentence && tokens.isOneOf(i, PAPERWORK)) return -1;
    if (benefit < 0 && (tokens.isOneOf(i, BENEFITS) || isPercentAt(tokens, i) || (tokens.codeAt(tokens.starts[i]!) === 0xa3 && /\d/.test(tokens.word(i))))) benefit = i;
  }
  return benefit;
}

/**
 * Is token `i` "free" naming a thing given ("a free lift", "the free rides")? Not "free to", not
 * "crime-free", not "feel free", not the office's own ("our free workshop"), and not someone's time ("are you free Saturday").
 */
function isFreeThing(ctx: CheckContext, hit: Hit, i: number): boolean {
  const { tokens, sentences } = ctx.text(hit.field);
  if (!tokens.is(i, 'free')) return false;
  // "Thanks for feeding the whole team for free": what is done for the sender, thanked for, is given free.
  if (tokens.is(i - 1, 'for') && isThanksForHosting(tokens, hit)) return true;
  if (sentences[i + 1] !== sentences[i] || tokens.isOneOf(i + 1, NOT_A_FREE_THING)) return false;
  if (tokens.codeAt(tokens.starts[i]! - 1) === 45 /* - */) return false; // "smoke-free"
  // "info on free home safety visits", "offering free visits": a service to the public, not a thing given.
  if (tokens.isOneOf(i - 1, NOT_GIVEN_BEFORE_FREE) || tokens.isOneOf(i - 1, SOMEONE_IS)) return false;
  return !(tokens.isOneOf(i - 1, SOMEONE) && tokens.isOneOf(i - 2, IS));
}

/**
 * The organisation a domain names, from its first label: "brum-uni.ac.uk" is "Brum Uni" (each
 * word after a hyphen capitalised). Cut out with `indexOf` rather than split into arrays and
 * mapped: every gift finding to an outside recipient asks this.
 */
export function organisationFromDomain(domain: string): string {
  const dot = domain.indexOf('.');
  const name = dot < 0 ? domain : domain.slice(0, dot);
  let organisation = '';
  for (let start = 0; ; ) {
    const dash = name.indexOf('-', start);
    const end = dash < 0 ? name.length : dash;
    if (end > start) organisation += name.charAt(start).toUpperCase() + name.slice(start + 1, end);
    if (dash < 0) return organisation;
    organisation += ' ';
    start = dash + 1;
  }
}

/** The first token of the hit's sentence. */
function firstInSentence(ctx: CheckContext, hit: Hit): number {
  const { sentences } = ctx.text(hit.field);
  let first = hit.first;
  while (first > 0 && sentences[first - 1] === sentences[hit.first]) first--;
  return first;
}

/** The last token of the hit's sentence. */
function lastInSentence(ctx: CheckContext, hit: Hit): number {
  const { tokens, sentences } = ctx.text(hit.field);
  let last = hit.last;
  while (last + 1 < tokens.length && sentences[last + 1] === sentences[hit.first]) last++;
  return last;
}

/** Replies that turn an offer down or give it back: "must decline", "can't keep", "return it". */
const DECLINING = /decline|not able|unable|cannot|can't|won't|will not|allowed|permitted|back|return|collect|say no|turn|pass/;

/**
 * `test` of a lexicon phrase, worked out once a phrase: the lexicon's phrases are few, and rules ask the same of each hit
 * several times a check (three substring searches or a regular expression each time cost about 2.5k instructions a 2 KB
 * check, callgrind).
 */
function perPhrase(test: (phrase: string) => boolean): (phrase: string) => boolean {
  const answers = new Map<string, boolean>();
  return (phrase) => {
    let is = answers.get(phrase);
    if (is === undefined) answers.set(phrase, (is = test(phrase)));
    return is;
  };
}

/** Is the reply phrase a declining one, by `DECLINING`? */
const isDecliningPhrase = perPhrase((phrase) => DECLINING.test(phrase));

/** Does the reply turn the offer down: a declining phrase, or an accepting one negated ("won't be able to accept")? */
const isDeclining = (ctx: CheckContext, reply: Hit): boolean => isDecliningPhrase(reply.phrase) || ctx.isNegated(reply);

function prefillFor(ctx: CheckContext, hit: Hit, item: Hit): GiftPrefill {
  // The sentence that says what was offered: the reply's own, or the quoted offer's when the reply only accepts it ("Go on then!").
  const source = item.field === hit.field && item.zone !== hit.zone ? item : hit;
  const text = ctx.value(source.field);
  const span = ctx.spanOf(source.field, firstInSentence(ctx, source), lastInSentence(ctx, source));
  // A quoted sentence starts no earlier than its line: "…wrote:" above it is the chain's header.
  const start = source === hit ? span.start : Math.max(span.start, text.lastIndexOf('\n', source.start) + 1);
  // Each replace below is a regular expression call that makes a new string; most sentences need neither.
  let description = text.slice(start, span.end);
  if (description.includes('>')) description = description.replace(/^[ \t]*>[> \t]*/gm, ''); // quote markers of a reply chain
  if (UNEVEN_SPACE.test(description)) description = description.replace(/\s+/g, ' ');
  description = description.trim().slice(0, 300);
  // Each pattern below is asked only of a sentence that could match it: most name no sum and no company.
  const pounds = description.includes('£') ? POUNDS.exec(description) : null;
  const outside = ctx.audience.recipients.find((recipient) => !recipient.isInside && !recipient.isPersonalMail);
  const organisation = (ORG_SUFFIX_WORD.test(description) ? ORG_SUFFIX.exec(description)?.[1] : undefined) ?? (outside ? organisationFromDomain(outside.domain) : undefined);
  return {
    kind: HOSPITALITY.has(item.phrase) ? 'hospitality' : 'gift',
    description,
    ...(organisation ? { offeredBy: { organisation } } : {}),
    ...(pounds ? { estimatedValue: Number(pounds[1]!.replace(/,/g, '')) } : {}),
    ...(ctx.scan('gift-respond').some((reply) => isDeclining(ctx, reply)) ? { accepted: false } : {}),
  };
}

/** Words a bare thanks may end with: "Thank you so much.", "Thanks very much again." */
const BARE_THANKS = new Set(['so', 'very', 'much', 'again', 'all', 'both', 'lots', 'loads', 'ever', 'indeed']);

/** Is the thanks a sentence of its own, thanking for nothing it names ("Thank you so much.")? */
function isBareThanks(ctx: CheckContext, hit: Hit): boolean {
  const { tokens, sentences } = ctx.text(hit.field);
  const first = firstInSentence(ctx, hit);
  if (first !== hit.first || hit.first === 0) return false;
  for (let i = hit.last + 1; i < tokens.length && sentences[i] === sentences[hit.first]; i++) if (!tokens.isOneOf(i, BARE_THANKS)) return false;
  return true;
}

/** How many words a kindness thanks may run to and still be a sentence of its own: "Very generous and completely unnecessary!". */
const SHORT_THANKS = 6;

/**
 * Is the thanks a short sentence calling the other person kind or generous ("That's really kind.", "Very generous and
 * completely unnecessary!")? It names no item itself: the item is in the sentence before or after it.
 */
function isShortKindness(ctx: CheckContext, hit: Hit): boolean {
  if (!isThanksForKindness(hit)) return false;
  const first = firstInSentence(ctx, hit);
  return hit.first - first <= 2 && lastInSentence(ctx, hit) - first < SHORT_THANKS;
}

/** Does the sentence before `hit` thank for something itself ("Thanks for covering my shift. That's really kind.")? */
function isAfterThanks(ctx: CheckContext, hit: Hit): boolean {
  const { sentences } = ctx.text(hit.field);
  const before = sentences[hit.first]! - 1;
  return ctx.within(hit.field, 'gift-thanks', hit.first - 40, hit.first - 1).some((other) => sentences[other.first] === before);
}

/** The word a thanks is for: after its own "for" ("thank you for being") or the next word's ("thanks so much for the"); -1 if none. */
const thankedFor = (tokens: Tokens, hit: Hit): number => (tokens.is(hit.last, 'for') ? hit.last + 1 : tokens.is(hit.last + 1, 'for') ? hit.last + 2 : -1);

/** Is what `hit` thanks for an occasion ("thanks again for Saturday", "thank you for last night")? */
function isOccasionThanked(hit: Hit, ctx: CheckContext): boolean {
  const { tokens, sentences } = ctx.text(hit.field);
  const next = hit.last + 1;
  if (next >= tokens.length || sentences[next] !== sentences[hit.first] || !tokens.isOneOf(next, OCCASIONS)) return false;
  const word = tokens.word(next);
  // "Saturday", "yesterday", "tonight" name the occasion; "last", "the", "a" need a noun after them ("last night", "the weekend").
  if (!['last', 'the', 'a', 'such'].includes(word)) return true;
  for (let i = next + 1; i <= next + 2 && sentences[i] === sentences[hit.first]; i++) if (tokens.isOneOf(i, OCCASION_NOUNS)) return true;
  return false;
}

/** What an outside party does that is a gift when thanked for ("thanks for having us", "for sending the hamper"). */
const GIVING_DONE = new Set([
  'having', 'hosting', 'inviting', 'treating', 'putting', 'sending', 'giving', 'buying', 'getting', 'lending', 'sorting', 'letting', 'paying',
  'funding', 'sponsoring', 'bringing', 'dropping', 'offering', 'arranging', 'organising', 'waiving', 'upgrading', 'feeding',
]);

/** Does `hit` thank for what an outside party gives by doing it ("thank you for feeding us", "thanks for hosting the team")? */
const isThanksForHosting = (tokens: Tokens, hit: Hit): boolean => hit.tag === 'gift-thanks' && tokens.isOneOf(thankedFor(tokens, hit), GIVING_DONE);

/**
 * Does `hit` thank for something done rather than given ("thanks for reporting on the award")?
 * A sum or a free thing in that sentence is then the news, not a gift ("… - this £1.2m will help").
 */
function isThanksForDoing(ctx: CheckContext, hit: Hit): boolean {
  if (hit.tag !== 'gift-thanks') return false;
  const { tokens } = ctx.text(hit.field);
  const next = thankedFor(tokens, hit);
  if (next < 0 || !tokens.has(next, TokenFlag.joined)) return false;
  const word = tokens.word(next);
  // "Thanks for getting in touch", "for getting back to me": writing, not getting something for the sender.
  const isInTouch = word === 'getting' && (tokens.is(next + 1, 'in') || tokens.is(next + 1, 'back'));
  return word.length > 5 && word.endsWith('ing') && (!GIVING_DONE.has(word) || isInTouch);
}

/** Words after a hyphenated "thank-you" that make it the sender's thanks ("a big thank-you to Dave for…"). */
const THANKING = new Set(['to', 'for', 'from', 'again', 'so', 'very', 'and', 'everyone', 'all', 'you', 'guys', 'team']);

/** "A thank-you lunch", "the volunteers' thank-you event": a thing named, not the sender thanking. */
function isThankYouThing(ctx: CheckContext, hit: Hit): boolean {
  if (hit.tag !== 'gift-thanks' || hit.phrase !== 'thank you') return false;
  const raw = ctx.value(hit.field);
  // "a thank-you voucher", "a 'thank you' voucher": the words name the thing.
  const isNamed = raw.slice(hit.start, hit.end).includes('-') || (QUOTES.has(raw.charAt(hit.start - 1)) && QUOTES.has(raw.charAt(hit.end)));
  if (!isNamed) return false;
  const { tokens } = ctx.text(hit.field);
  return tokens.has(hit.last + 1, TokenFlag.joined) && !tokens.isOneOf(hit.last + 1, THANKING);
}

/** Quotation marks around words used as a name: "a 'thank you' voucher". */
const QUOTES = new Set(["'", '"', '\u2018', '\u2019', '\u201c', '\u201d']);

/** "Thank you for being such a lovely bunch": thanks for who someone is, not for anything given. */
const isThanksForBeing = (ctx: CheckContext, hit: Hit): boolean => {
  const { tokens } = ctx.text(hit.field);
  return hit.tag === 'gift-thanks' && tokens.is(thankedFor(tokens, hit), 'being');
};

/** Words after a reply that stand for what the sentence before offered: "I can't accept anything like that", "I can't keep it". */
const BACK_REFERENCES = new Set(['anything', 'it', 'that', 'this', 'them', 'those', 'these']);

/** What a reply thanks someone for writing: "thank you for your email asking how …". */
const CORRESPONDENCE = new Set(['email', 'e-mail', 'message', 'letter', 'question', 'questions', 'enquiry', 'enquiries', 'request', 'query', 'note', 'call', 'reply', 'response', 'feedback', 'comments']);

/**
 * "Thank you for your email asking how staff avoid gifts": thanks for the writing, not for anything given (unless it is
 * about an offer, or more is thanked for: "thanks for your note about the loan", "thanks for your note and the hamper").
 */
const isThanksForWriting = (ctx: CheckContext, hit: Hit): boolean => {
  const { tokens } = ctx.text(hit.field);
  const k = thankedFor(tokens, hit);
  if (hit.tag !== 'gift-thanks' || !(tokens.is(k, 'your') || tokens.is(k, 'the')) || !tokens.isOneOf(k + 1, CORRESPONDENCE)) return false;
  // "Your letter on behalf of your constituent": who it was written for, not what it was about.
  return !tokens.isOneOf(k + 2, ABOUT_AN_OFFER) || (tokens.is(k + 2, 'on') && tokens.is(k + 3, 'behalf'));
};

/** Words after "your email" that make it about an offer, which the thanks is for too: "thanks for the note about the personal loan". */
const ABOUT_AN_OFFER = new Set(['and', 'about', 'regarding', 're', 'offering', 'inviting', 'with', 'on']);

/** "A vote of thanks": a formal speech of thanks at an event, not thanks for something given. */
const isVoteOfThanks = (ctx: CheckContext, hit: Hit): boolean => {
  const { tokens } = ctx.text(hit.field);
  return tokens.is(hit.first - 1, 'of') && tokens.is(hit.first - 2, 'vote');
};

/** Words after "hospitality" that make it a trade, not something offered ("the hospitality sector"). */
const TRADE = new Set(['sector', 'industry', 'venues', 'businesses', 'business', 'trade', 'staff', 'workers', 'firms', 'premises', 'licensees']);

/** Words that make an item in general a particular one: "the hospitality", "your hospitality". */
const PARTICULAR = new Set(['the', 'your', 'this', 'that', 'such']);

/** Is a general item ("hospitality") a particular offer: "the hospitality", "the Cheltenham hospitality"? */
function isParticular(ctx: CheckContext, item: Hit): boolean {
  const { tokens } = ctx.text(item.field);
  if (!tokens.has(item.first, TokenFlag.joined)) return false;
  return tokens.isOneOf(item.first - 1, PARTICULAR) || tokens.has(item.first - 1, TokenFlag.capitalised);
}

/** Words before "hospitality" in a subject that name no place: "Re: Hospitality", "Gifts & Hospitality". */
const NOT_A_PLACE = new Set([...GENERIC_ITEMS, ...PARTICULAR, 're', 'fw', 'fwd']);

/** Is "hospitality" in a subject a particular offer, named by where it is ("Re: Derby County hospitality", not "Gifts & Hospitality", "Re: Gifts register")? */
function isNamedOffer(ctx: CheckContext, item: Hit): boolean {
  const { tokens } = ctx.text(item.field);
  return item.phrase === 'hospitality' && isParticular(ctx, item) && !tokens.isOneOf(item.first - 1, NOT_A_PLACE) && !tokens.has(item.first - 1, TokenFlag.upper);
}

/** Words that make "book" a thing, not booking: "the book on the history of Kraków", "a signed book". */
const DETERMINERS = new Set(['the', 'a', 'this', 'that', 'your', 'his', 'her', 'their', 'signed', 'lovely', 'new']);

/**
 * Is `item` bought by the office, a word of procurement near it in its sentence ("the contract includes a hospitality box")? Not
 * "book" as a thing given ("the bottle of Żubrówka and the book on Kraków").
 */
function isBought(ctx: CheckContext, item: Hit): boolean {
  const bought = ctx.near(item, 'procurement', 8, { sameSentence: true });
  return bought !== undefined && !(bought.phrase === 'book' && ctx.text(item.field).tokens.isOneOf(bought.first - 1, DETERMINERS));
}

/** Words before "present" or "treat" that make it a verb: "proud to present", "the Commissioner will present". */
const BEFORE_VERB = new Set(['to', 'will', 'would', 'shall', 'can', 'could', 'may', 'might', "we'll", "i'll", 'we', 'i']);

/** Words after "treat", "present" or "stay" that make it a verb: "treat it sensitively", "then stay for the auction". */
const AFTER_VERB = new Set(['it', 'them', 'him', 'her', 'this', 'that', 'people', 'everyone', 'yourself', 'yourselves', 'us', 'me', 'you', 'for', 'on', 'until', 'till', 'behind']);
/** Who "treat" treats when it is hospitality given to the sender: "to treat us", "treat me to lunch". */
const TREATED = new Set(['us', 'me']);
/** Words after "treat us" that make it a manner of dealing with someone: "treat us with respect", "treat me like a child". */
const TREATED_AS = new Set(['with', 'like', 'as', 'fairly', 'badly', 'well', 'differently', 'equally']);
/** Item words that are verbs too. */
const VERB_ITEMS = new Set(['present', 'treat', 'stay']);

/** "Proud to present", "will treat", "treat it sensitively", "stay for the auction": an item word used as a verb. */
const isVerb = (ctx: CheckContext, item: Hit): boolean => {
  if (item.first !== item.last || !VERB_ITEMS.has(item.phrase)) return false;
  const { tokens } = ctx.text(item.field);
  // "Very kind of you to treat us": treating the sender is hospitality (not "treat me with respect", "treat us like adults").
  if (item.phrase === 'treat' && tokens.isOneOf(item.first + 1, TREATED) && !tokens.isOneOf(item.first + 2, TREATED_AS)) return false;
  return tokens.isOneOf(item.first - 1, BEFORE_VERB) || tokens.isOneOf(item.first + 1, AFTER_VERB);
};

/** Words after "ticket" that make it the trade in tickets, not one given: "ticket sales", "ticket prices". */
const TICKET_TRADE = new Set(['sales', 'sold', 'prices', 'price', 'office', 'holders', 'system', 'allocation', 'revenue', 'income']);
/** Words after "awards" that make it a scheme the office runs, not a night out: "the awards inbox", "the Awards finalists". */
const AWARDS_BUSINESS = new Set([
  'inbox', 'shortlist', 'shortlisted', 'finalists', 'finalist', 'judges', 'judging', 'panel', 'nominees', 'nominations', 'nomination', 'entries', 'entry', 'scheme',
  'category', 'categories', 'criteria', 'winners', 'budget', 'team', 'page', 'form',
]);
/** Words after an item that say it was lost, not given: "the money went missing", "tickets stolen". */
const LOST = new Set(['missing', 'stolen', 'lost']);

const isTrade = (ctx: CheckContext, item: Hit): boolean => {
  const { tokens } = ctx.text(item.field);
  if (item.phrase === 'ticket' || item.phrase === 'tickets') return tokens.isOneOf(item.last + 1, TICKET_TRADE);
  if (item.phrase === 'awards') return tokens.isOneOf(item.last + 1, AWARDS_BUSINESS);
  return item.phrase === 'hospitality' && tokens.isOneOf(item.last + 1, TRADE);
};

/** "Money went missing from the client", "tickets stolen": an item lost, not given. */
const isLost = (ctx: CheckContext, item: Hit): boolean => {
  const { tokens } = ctx.text(item.field);
  return tokens.isOneOf(item.last + 1, LOST) || tokens.isOneOf(item.last + 2, LOST);
};

/** Boxes that hold no hospitality: "your support at the ballot box", "tick box", "the Gift Aid box", "a collection box". */
const NOT_A_HOSPITALITY_BOX = new Set(['ballot', 'tick', 'post', 'letter', 'text', 'check', 'suggestion', 'aid', 'collection', 'donation']);
const isOtherBox = (ctx: CheckContext, item: Hit): boolean => item.phrase === 'box' && ctx.text(item.field).tokens.isOneOf(item.first - 1, NOT_A_HOSPITALITY_BOX);
/** Passes that are no day out: "the bus passes" young people want, a visitor's or a building pass. */
const NOT_A_DAY_OUT_PASS = new Set(['bus', 'travel', 'concessionary', 'security', 'building', 'visitor', 'visitors', 'boarding', 'access', 'staff', 'id']);
const isOtherPass = (ctx: CheckContext, item: Hit): boolean => item.phrase === 'passes' && ctx.text(item.field).tokens.isOneOf(item.first - 1, NOT_A_DAY_OUT_PASS);
/** Words before "reception" that make it a front desk: "keys at reception", "ask at main reception", "wait in reception". */
const AT_THE_DESK = new Set(['at', 'main', 'in', 'to', 'from', 'via']);
/** Is the item "reception" a building's front desk, not a drinks reception? */
const isFrontDesk = (ctx: CheckContext, item: Hit): boolean => item.phrase === 'reception' && ctx.text(item.field).tokens.isOneOf(item.first - 1, AT_THE_DESK);
/** Words after "you dropped" that make it a score lost, not a thing left with someone: "you dropped marks on social value". */
const LOST_SCORES = new Set(['marks', 'mark', 'points', 'point', 'places', 'place', 'out', 'behind', 'below', 'down', 'to', 'from', 'a', 'one', 'two', 'three', 'ten']);
const isDroppedScore = (ctx: CheckContext, hit: Hit): boolean => hit.phrase === 'you dropped' && ctx.text(hit.field).tokens.isOneOf(hit.last + 1, LOST_SCORES);

/** Words after "keep it" that make it keeping something as it is, not keeping a gift: "keep it separate", "keep it to yourself". */
const KEPT_AS = new Set([
  'to', 'separate', 'safe', 'secure', 'secret', 'confidential', 'quiet', 'under', 'simple', 'short', 'brief', 'up', 'going', 'down', 'in', 'on',
  'off', 'away', 'clean', 'tidy', 'between', 'updated', 'open', 'light', 'private', 'low', 'moving', 'locked', 'factual', 'tight', 'together',
]);
const isKeptAsIs = (ctx: CheckContext, hit: Hit): boolean => hit.phrase === 'keep it' && ctx.text(hit.field).tokens.isOneOf(hit.last + 1, KEPT_AS);

/** Words after a capitalised name that make it an organisation's: "the Aston Villa Foundation". */
const ORGANISATION_WORDS = new Set(['foundation', 'trust', 'fc', 'club', 'society', 'charity', 'group', 'ltd', 'limited', 'plc', 'association']);
/** Words after a capitalised name that make it a street's: "14 Spa Lane", "Golf Road". */
const STREET_WORDS = new Set(['road', 'lane', 'street', 'avenue', 'close', 'drive', 'crescent', 'terrace', 'grove', 'gardens', 'row', 'way', 'square']);

/**
 * Is the item a word of a name ("PCSO Karen Lamb", "the Aston Villa Foundation", "14 Spa Lane")? Capitalised mid-sentence, after a
 * capitalised first name, or before a word that makes the name an organisation's or a street's: "thanks to PCSO Karen Lamb"
 * thanks a person, and names no lamb. (Not "the Midlands Business Awards" or "the Queens Hotel": those are the hospitality.)
 */
function isPartOfName(ctx: CheckContext, item: Hit): boolean {
  const { tokens } = ctx.text(item.field);
  if ((tokens.flags[item.first]! & (TokenFlag.capitalised | TokenFlag.upper)) !== TokenFlag.capitalised) return false;
  const isJoined = (k: number) => tokens.starts[k + 1]! - tokens.ends[k]! === 1;
  const before = item.first - 1;
  const after = item.last + 1;
  return (
    (tokens.has(before, TokenFlag.capitalised) && isJoined(before) && tokens.isOneOf(before, FIRST_NAMES)) ||
    (tokens.has(after, TokenFlag.capitalised) && isJoined(item.last) && (tokens.isOneOf(after, ORGANISATION_WORDS) || tokens.isOneOf(after, STREET_WORDS)))
  );
}

/** A service desk's ticket: its reference ("INC0049213") or the incident it is, near it. (Not the desk alone: "the service desk renewal … tickets for the Test".) */
const SERVICE_DESK = /\b(?:INC|REQ|RITM|TKT)\d{4,}\b|\bincident\b/i;
/** Where service desks write from and to: "servicedesk@…", "it.helpdesk@…", "itsupport@…" (not any "support@…": a venue's may send tickets). */
const SERVICE_DESK_ADDRESS = /^(?:[\w.-]*[._-])?(?:service ?desk|help ?desk|it ?support)@/i;

/** How far either side of a ticket (in characters) its service desk may be named: a short reply and the notice it quotes. */
const SERVICE_DESK_REACH = 400;

/**
 * "Thanks for picking up my ticket so quickly": a ticket raised with a service desk, not one to an event. Told by a
 * ticket reference or an incident in the subject or near the ticket, or a service desk among the recipients.
 * Only the text near the ticket is searched, so a paste full of tickets costs no more than its length.
 */
function isSupportTicket(ctx: CheckContext, item: Hit): boolean {
  if (item.phrase !== 'ticket' && item.phrase !== 'tickets') return false;
  // "Tickets for the Test", "a ticket to the final": an event's.
  const { tokens } = ctx.text(item.field);
  if (tokens.is(item.last + 1, 'for') || tokens.is(item.last + 1, 'to')) return false;
  const near = ctx.value(item.field).slice(Math.max(0, item.start - SERVICE_DESK_REACH), item.end + SERVICE_DESK_REACH);
  return (
    SERVICE_DESK.test(near) ||
    SERVICE_DESK.test(ctx.draft.subject) ||
    ctx.audience.recipients.some((recipient) => SERVICE_DESK_ADDRESS.test(recipient.address))
  );
}

/** Events that raise money from those who come: a seat at them is bought, not given, unless the seats or tickets are named. */
const FUNDRAISING = new Set(['fundraising', 'fundraiser']);
const FUNDRAISING_EVENTS = new Set(['dinner', 'lunch', 'ball', 'gala dinner', 'meal']);
/** "Count me in for the fundraising dinner": the sender paying to go, not hospitality ("thanks for the two tickets to the fundraising dinner" is, by its tickets). */
const isFundraiser = (ctx: CheckContext, item: Hit): boolean => FUNDRAISING_EVENTS.has(item.phrase) && ctx.text(item.field).tokens.isOneOf(item.first - 1, FUNDRAISING);

/** "Gift Aid": the tax relief a charity claims on a donation, not a gift to anyone. */
const isGiftAid = (ctx: CheckContext, item: Hit): boolean => item.phrase === 'gift' && ctx.text(item.field).tokens.is(item.last + 1, 'aid');

/** Verbs of giving: after "I" or "we", the sender is the one giving ("we sent a hamper to the volunteers"). */
const GIVING = new Set(['sent', 'gave', 'bought', 'ordered', 'delivered', 'took', 'send', 'give', 'buy', 'posted', 'packed', 'handed', 'invite', 'host', 'present', 'bring', 'brought', 'bringing']);
/** Words between a giver and a verb of giving: "the Commissioner would like to invite", "we will present". */
const GIVING_AUXILIARIES = new Set(['to', 'will', 'would', 'shall', 'can', 'could', 'like', 'love', 'want', 'wants', 'also']);
/** The organisation itself, as a giver: "from the office". */
const OFFICE = new Set(['office', 'opcc', 'team', 'commissioner', 'unit', 'vru']);
/** Parents and grandparents, who are someone else's after an article: "a grateful mum", "the dad of a lad we help". */
const KIN = new Set(['mum', 'mam', 'mom', 'dad', 'nan', 'nana', 'gran', 'grandma', 'grandad', 'auntie', 'aunty']);
const ARTICLES = new Set(['a', 'an', 'the', 'one']);
/** Is token `k` a word describing the next, between it and an article: "a grateful mum" (not "the flowers - Mum")? */
const isDescribed = (tokens: Tokens, k: number): boolean =>
  !tokens.has(k, TokenFlag.capitalised) && tokens.starts[k]! - tokens.ends[k - 1]! === 1 && tokens.starts[k + 1]! - tokens.ends[k]! === 1;
/** A reply's subject, which the correspondent wrote: "Re: Mum's will". */
const REPLY_SUBJECT = /^\s*re\s*:/i;
/** Whose family it is, when not the sender's: "your dad", "her mum". */
const OTHERS = new Set(['your', 'his', 'her', 'their', 'its']);
/** First person, as the subject of giving: "I", "we", "our team", "the Commissioner". */
const GIVERS = new Set([...FIRST_PERSON, 'team', 'office', 'commissioner', 'mayor', 'pcc', 'opcc']);

/** What is done to a thing given by those who share it ("demolished by the team", "enjoyed by the office"): they enjoyed it, not gave it. */
const CONSUMED = new Set(['demolished', 'eaten', 'devoured', 'enjoyed', 'scoffed', 'polished', 'finished', 'wolfed', 'hoovered', 'shared', 'appreciated', 'loved', 'raided', 'destroyed', 'annihilated']);

/** Is the verb of giving at token `i` the sender's (or the office's): a giver just before it, or before its auxiliaries? */
function isGivenBySender(tokens: Tokens, i: number): boolean {
  let k = i - 1;
  while (k > i - 4 && tokens.isOneOf(k, GIVING_AUXILIARIES)) k--;
  return tokens.isOneOf(k, GIVERS) || (tokens.is(k, 'and') && tokens.isOneOf(k - 2, GIVERS));
}

/** Does a comma, a dash or "but" part token `i` from the next? */
function isClauseBreakAfter(tokens: Tokens, i: number): boolean {
  if (tokens.is(i + 1, 'but')) return true;
  for (let k = tokens.ends[i]!; k < tokens.starts[i + 1]!; k++) {
    const code = tokens.codeAt(k); // folded text: en and em dashes are already '-'
    if (code === 44 || code === 45) return true; // , -
  }
  return false;
}

/**
 * Is the sender the one giving `item` ("we sent a hamper to the volunteers")? The nearest verb of
 * giving before the item, in its sentence, says who gave it ("I gave a talk and they sent me a hamper": they).
 */
function isSenderGiving(ctx: CheckContext, item: Hit): boolean {
  const { tokens, sentences } = ctx.text(item.field);
  // Within the item's clause: "the help our team gave her over the years, but I can't accept the bequest" is not giving it.
  for (let i = item.first - 1; i >= 1 && sentences[i] === sentences[item.first] && !isClauseBreakAfter(tokens, i); i--) {
    // "I've posted back the £40", "sent it back": the sender returning what was given to them.
    if (tokens.isOneOf(i, GIVING)) return !(tokens.is(i + 1, 'back') || tokens.is(i + 2, 'back')) && isGivenBySender(tokens, i);
  }
  // "hampers to our volunteers", "a small thank-you gift from the office to our visitors": given by the organisation.
  if (tokens.is(item.last + 1, 'to') && tokens.is(item.last + 2, 'our')) return true;

  // ("a £10 voucher as a thank-you from the office": six words on; "a buffet lunch laid on by the office".)
  // Each word is asked first whether it is the office word, which most never are, rather than "from" or "by" (two tests).
  // Within the item's sentence: "Thank you for the hamper! It was demolished by the team" says who ate it, not who gave it.
  for (let office = Math.max(0, item.first - 10) + 2; office <= item.last + 8 && office < tokens.length; office++) {
    if (!tokens.isOneOf(office, OFFICE) || sentences[office] !== sentences[item.first] || !tokens.is(office - 1, 'the') || !(tokens.is(office - 2, 'from') || tokens.is(office - 2, 'by'))) continue;
    const i = office - 2;
    if (tokens.is(i + 3, 'at') || tokens.is(i + 3, 'of')) continue; // "from the team at Peak Legal": someone else's team
    // "The box of Celebrations has already been demolished by the team": who ate or enjoyed it, not who gave it.
    if (tokens.is(i, 'by') && tokens.isOneOf(i - 1, CONSUMED)) continue;
    // "It's Alan from the Commissioner's office": the sender saying who they are.
    const isIntroduction = tokens.has(i - 1, TokenFlag.capitalised) && sentences[i - 2] === sentences[i];
    if (!isIntroduction) return true;
  }
  return false;
}

/** Is the reply the sender's own: "I can't keep", "I'll have to decline" (not "if offered, politely decline")? */
const isSendersOwn = (ctx: CheckContext, hit: Hit): boolean => ctx.hasWordBefore(hit, FIRST_PERSON, 4);

/**
 * Is `item` collected for others, a collection or appeal named within twelve words in its sentence? Asked of
 * the lexicon's hits (callgrind: reading each word near every item cost 7k of a 2 KB check's 597k instructions).
 */
function isCollected(ctx: CheckContext, item: Hit): boolean {
  const { tokens, sentences } = ctx.text(item.field);
  // "one of your Christmas hampers for a family we've been working with": given to people the office helps.
  // ("The partner rate for people who book through work": a rate's or a discount's terms say who may have it; nothing is collected.)
  const isTerms = tokens.isOneOf(item.last, RATES);
  for (let k = item.last + 1; !isTerms && k <= item.last + 3 && sentences[k] === sentences[item.first]; k++) {
    if (tokens.is(k, 'for') && (tokens.isOneOf(k + 1, BENEFICIARIES) || tokens.isOneOf(k + 2, BENEFICIARIES))) return true;
  }
  return ctx.within(item.field, 'gift-collection', item.first - 12, item.last + 12).some((hit) => sentences[hit.first] === sentences[item.first]);
}

/** The last words of items that are terms offered, not things given: "partner rate", "staff discount", "partner pricing". */
const RATES = new Set(['rate', 'rates', 'discount', 'discounts', 'pricing', 'price']);

/** People a gift is made for, not the sender: "hampers for a family", "toys for the children at the refuge". */
const BENEFICIARIES = new Set(['family', 'families', 'children', 'kids', 'victims', 'survivors', 'residents', 'clients', 'refuge', 'foodbank', 'detainees', 'people', 'households', 'pensioners', 'carers']);

/** "The bake sale raised £312 for Children in Need - thank you!": thanks for giving to a cause, in the sentence that names it. */
const isThanksForGiving = (ctx: CheckContext, hit: Hit): boolean => hit.tag === 'gift-thanks' && ctx.near(hit, 'gift-collection', 12, { sameSentence: true }) !== undefined;

/** "Would be lovely to see you there": the sender inviting, not answering an offer. */
function isInviting(ctx: CheckContext, hit: Hit): boolean {
  const { tokens } = ctx.text(hit.field);
  return hit.phrase === 'would be lovely' && tokens.is(hit.last + 1, 'to') && (tokens.is(hit.last + 2, 'see') || tokens.is(hit.last + 2, 'meet'));
}

/** How many words may follow a thanks before the "!" that ends it: "so kind of you both!", "Thank you so much!". */
const EXCLAIMED_TAIL = 3;

/** Does the thanks end its sentence with "!", within a few words ("That's so kind of you both!")? */
function isExclaimedThanks(ctx: CheckContext, hit: Hit): boolean {
  const { tokens, sentences } = ctx.text(hit.field);
  let last = hit.last;
  while (last + 1 < tokens.length && sentences[last + 1] === sentences[hit.first] && last - hit.last < EXCLAIMED_TAIL) last++;
  if (last + 1 < tokens.length && sentences[last + 1] === sentences[hit.first]) return false; // more than a short tail: a longer sentence
  return tokens.codeAt(tokens.ends[last]!) === 33; /* ! */
}

/** Does the thanks phrase call someone kind, generous or thoughtful? */
const isKindnessPhrase = perPhrase((phrase) => phrase.includes('kind') || phrase.includes('generous') || phrase.includes('thoughtful'));
/** Thanks that call the other person kind or generous, as for a favour: in a reply, for what the subject or quoted offer names. */
const isThanksForKindness = (hit: Hit): boolean => hit.tag === 'gift-thanks' && isKindnessPhrase(hit.phrase);

/** Asks to bring family along, which are about the offer their paragraph names however far back: "could it include me and my partner?". */
const FAMILY_ASKS = new Set([
  'include my husband', 'include my wife', 'include my partner', 'include me and my', 'my husband can come', 'my wife can come', 'my partner can come',
  'my husband could come', 'my wife could come', 'my partner could come', 'my partner come', 'my wife come', 'my husband come', 'partner to come', 'wife to come', 'husband to come',
  'bring my wife', 'bring my husband', 'bring my partner', 'bring my other half',
]);

/** Replies that name no offer themselves: "rather than the …" compares, so a sum beside it is no gift ("£14k rather than the £21k"). */
const COMPARING = new Set(['rather than the', 'rather than a']);

/** Things sent at work that are not gifts: "sent me a quote", "has sent me the report". */
const PAPERWORK = new Set([
  'quote', 'quotation', 'copy', 'report', 'email', 'e-mail', 'link', 'message', 'invoice', 'draft', 'list', 'text', 'letter', 'reminder', 'file', 'document',
  'spreadsheet', 'summary', 'update', 'brief', 'briefing', 'proposal', 'calendar', 'invite', 'agenda', 'form', 'response', 'reply', 'screenshot', 'pdf',
  'version', 'plan', 'note', 'notes', 'request', 'query', 'complaint', 'statement', 'data', 'figures', 'table', 'chart', 'slide', 'slides', 'deck', 'contract',
  'certificate', 'certificates', 'tender', 'bid', 'rates', 'prices', 'costs', 'availability', 'specification', 'spec', 'policy', 'guidance', 'template', 'questionnaire', 'survey', 'photo', 'photos', 'video',
]);

const BANKNOTES = new Set(['note', 'notes']);

/** Is what the giving phrase names paperwork ("sent me a quote", "send me your per-head rates")? The next four words are read. */
function isPaperwork(ctx: CheckContext, hit: Hit): boolean {
  const { tokens, sentences } = ctx.text(hit.field);
  for (let i = hit.last + 1; i <= hit.last + 4 && i < tokens.length && sentences[i] === sentences[hit.first]; i++) {
    // "A £20 note", "two £10 notes": money, not a note written.
    if (tokens.isOneOf(i, PAPERWORK) && !(tokens.isOneOf(i, BANKNOTES) && tokens.codeAt(tokens.starts[i - 1]!) === 0xa3)) return true;
  }
  return false;
}

/** Is the sentence of `hit` a request: a question, or worded as one ("could you", "any chance")? */
function isAsking(ctx: CheckContext, hit: Hit): boolean {
  const { tokens, sentences } = ctx.text(hit.field);
  const last = lastInSentence(ctx, hit);
  if (/^\s*\?/.test(tokens.between(tokens.ends[last]!, tokens.ends[last]! + 3))) return true;
  for (let i = hit.first - 1; i >= 0 && sentences[i] === sentences[hit.first]; i--) {
    if (tokens.isOneOf(i, ASKING) || (tokens.isOneOf(i, MODALS) && tokens.isOneOf(i + 1, SUBJECTS))) return true;
  }
  return false;
}

/** Who asks for a thing to be left, before "leave me": "could you leave me", "please leave me". */
const ERRAND = new Set(['you', 'please', 'just']);
const isErrand = (ctx: CheckContext, hit: Hit): boolean => hit.phrase === 'leave me' && ctx.text(hit.field).tokens.isOneOf(hit.first - 1, ERRAND);

/** "Look what arrived at the office from @PeakCheeseCo": a thing shown off as from someone is a gift, whatever it is (not "look what arrived in the post"). */
function isShownFrom(ctx: CheckContext, hit: Hit): boolean {
  if (hit.phrase !== 'look what arrived') return false;
  const { tokens, sentences } = ctx.text(hit.field);
  for (let i = hit.last + 1; i <= hit.last + 5 && sentences[i] === sentences[hit.first]; i++) if (tokens.is(i, 'from')) return true;
  return false;
}

/** Paying back, which settles a loan (itself a benefit) as often as a debt. */
const REPAYING = new Set(['pay you back', 'paid you back']);
/** Loans offered: "let me lend you two grand", "interest-free", "no interest". */
const LOANS = new Set(['loan', 'lend me', 'lend you', 'lending me', 'lent me', 'lending us', 'lent us', 'the loan of', 'loan of', 'interest-free', 'interest free', 'no interest']);

/** Is the sender the one acting, "I"/"we" just before the phrase ("I've paid for the tickets", "we bought")? */
const isSenderActing = (ctx: CheckContext, hit: Hit): boolean => {
  const { tokens } = ctx.text(hit.field);
  // "I've been spoiled", "I was handed an envelope": the sender as the subject of a passive is the one given to.
  return tokens.isOneOf(hit.first - 1, FIRST_PERSON) && !(tokens.is(hit.first, 'been') && tokens.isOneOf(hit.last, SPOILED)) && !FOUND_WAITING.has(hit.phrase);
};
/** "I got home to a bottle of fizz": the sender coming home to what was left for them. */
const FOUND_WAITING = new Set(['got home to', 'came home to']);
/** "I've been spoiled", "I've been proper spoilt": the sender, as the subject of the passive, is the one treated. */
const SPOILED = new Set(['spoiled', 'spoilt']);

/** Who pays when "paid for" is the office's own spending: "paid for from the engagement budget", "paid for by the office". */
const OWN_PURSE = new Set([...OFFICE, 'budget', 'budgets', 'expenses']);

/** Is `hit` "paid for" by the office or from its budget, named in the four words after "by", "from" or "out of"? */
function isPaidByOffice(ctx: CheckContext, hit: Hit): boolean {
  const { tokens, sentences } = ctx.text(hit.field);
  if (hit.phrase !== 'paid for' || !(tokens.is(hit.last + 1, 'by') || tokens.is(hit.last + 1, 'from') || tokens.is(hit.last + 1, 'out'))) return false;
  for (let k = hit.last + 2; k <= hit.last + 5 && sentences[k] === sentences[hit.first]; k++) if (tokens.isOneOf(k, OWN_PURSE)) return true;
  return false;
}

/** Does the sentence of `hit` open with the sender ("We've booked lunch", "I'll bring the cake")? */
const isSendersSentence = (ctx: CheckContext, hit: Hit): boolean => ctx.text(hit.field).tokens.isOneOf(firstInSentence(ctx, hit), FIRST_PERSON);

/** The register's entries counted ("nine entries this quarter"): its keeper's report, whose offers were made to others. */
const REGISTER_COUNTS = new Set([
  'entries this quarter', 'entries this month', 'entries this year', 'entries last quarter', 'entries last month', 'entries last year', 'entries in total',
  'declarations this quarter', 'declarations this month', 'declarations this year', 'declarations last quarter',
]);

/** How far back in its sentence a count of the register's entries may stand before the offers it lists. */
const REGISTER_REACH = 40;

/**
 * Is `hit` in a sentence that counts the register's entries ("Nine entries this quarter: four hampers (two declined), a
 * supplier's invitation to a race day (declined) …")? A list read back from the register, not an offer made to the sender.
 */
function isRegisterCount(ctx: CheckContext, hit: Hit): boolean {
  const { sentences } = ctx.text(hit.field);
  return ctx.within(hit.field, 'gift-policy', hit.first - REGISTER_REACH, hit.first).some((policy) => REGISTER_COUNTS.has(policy.phrase) && sentences[policy.first] === sentences[hit.first]);
}

/**
 * The item a reply accepts or declines when it names none itself: the one named in the subject ("Re: Golf day"; "Re: Derby
 * County hospitality" names one offer, "Gifts & Hospitality" the policy), or else the one offered in the message replied to
 * ("> we've got spare seats in our lounge") or forwarded ("I've told Steve yes in principle" above his offer of a cottage).
 * Asked only when a reply needs it, once a check.
 */
function repliedItemOf(ctx: CheckContext): Hit | undefined {
  return (
    ctx.scan('gift-item', ['subject']).find((item) => !GENERIC_ITEMS.has(item.phrase) || isNamedOffer(ctx, item)) ??
    ctx.scan('gift-item', ['body'], { zones: [Zone.quoted, Zone.forwarded] }).find((item) => !GENERIC_ITEMS.has(item.phrase) && !isFrontDesk(ctx, item))
  );
}

/** What the sender says of an offer already on the register ("I turned down the dinner and it's already on the register"). */
const ALREADY_DECLARED = new Set(['already on the register', 'already declared', 'already been declared', 'already logged it', 'already registered it']);
/** How far from a reply an offer's declaration may be told, in its sentence. */
const DECLARED_REACH = 12;

/** Is the offer `hit` replies to told as declared already, in its sentence: nothing is left to declare? */
function isAlreadyDeclared(ctx: CheckContext, hit: Hit): boolean {
  const { sentences } = ctx.text(hit.field);
  return ctx
    .within(hit.field, 'gift-policy', hit.first - DECLARED_REACH, hit.last + DECLARED_REACH)
    .some((policy) => ALREADY_DECLARED.has(policy.phrase) && sentences[policy.first] === sentences[hit.first]);
}

/** Does a blank line lie between two hits of one field? */
function isParagraphBreakBetween(ctx: CheckContext, a: Hit, b: Hit): boolean {
  return ctx.value(a.field).slice(Math.min(a.end, b.end), Math.max(a.start, b.start)).includes('\n\n');
}

/**
 * The item offered near `hit`, the most specific ("hospitality box" over "hospitality"), spanning its longest
 * wording. Procurement words beside it usually mean goods bought ("the
 * contract includes a hospitality box"), but not when the sender is asking for the item. (A function of the module, not a
 * closure made at every check.)
 */
function itemNear(ctx: CheckContext, hit: Hit, window: number, sameSentence: boolean, isAsking = false): Hit | undefined {
  const { sentences } = ctx.text(hit.field);
  const sentence = sentences[hit.first]!;
  // "Thank you! A spa day is just what I need": an exclaimed thanks is for what the next sentence names;
  // "thanks again for Saturday, my lad was made up … the lounge was a treat": an occasion, for what the paragraph names.
  const isExclaimed = isExclaimedThanks(ctx, hit);
  const occasion = hit.tag === 'gift-thanks' && isOccasionThanked(hit, ctx);
  // "That's a lovely offer - yes please! There'll be eleven of us … If you can still do the runs home": an exclaimed
  // yes is to what the next two sentences of its paragraph name (not what the sender does: "We've booked lunch for the group").
  const isExclaimedYes = isExclaimed && hit.tag === 'gift-respond';
  // "The hamper arrived this morning. Thank you so much.": a bare thanks is for what the sentence before names.
  // "… remember me in your will. But I can't accept anything like that": a reply to what the sentence before offers.
  // "… a tenner into my hand. I gave it back": a reply whose "it" is what the sentence before offers.
  const readsSentenceBefore =
    (hit.tag === 'gift-thanks' && isBareThanks(ctx, hit)) ||
    (hit.tag === 'gift-respond' && (ctx.text(hit.field).tokens.isOneOf(hit.last + 1, BACK_REFERENCES) || ctx.text(hit.field).tokens.is(hit.last - 1, 'it') || ctx.text(hit.field).tokens.is(hit.last, 'it')));
  // "The bottle of Macallan arrived today. Very generous and completely unnecessary!", "That's really kind. My lad would love a day in
  // the box": a short kindness thanks is for what the sentence either side names, in its paragraph.
  // (Not after a thanks for what was done, which it goes on with: "Thanks for covering my shift. That's really kind.";
  // nor for what the sender does next: "That's really kind. We've booked lunch for Friday.")
  const readsNeighbours = hit.tag === 'gift-thanks' && isShortKindness(ctx, hit) && !isAfterThanks(ctx, hit);
  const isInSentence = (item: Hit) =>
    sentences[item.first] === sentence ||
    (readsNeighbours &&
      (sentences[item.first] === sentence - 1 || (sentences[item.first] === sentence + 1 && !isSendersSentence(ctx, item))) &&
      !isParagraphBreakBetween(ctx, item, hit)) ||
    (isExclaimed && sentences[item.first] === sentence + 1) ||
    (readsSentenceBefore && sentences[item.first] === sentence - 1 && !isParagraphBreakBetween(ctx, item, hit)) ||
    (occasion && sentences[item.first]! - sentence <= 3 && !isParagraphBreakBetween(ctx, hit, item)) ||
    (isExclaimedYes && sentences[item.first]! - sentence === 2 && !isParagraphBreakBetween(ctx, hit, item) && !isSendersSentence(ctx, item));
  const reach = occasion || isExclaimedYes ? Math.max(window, 50) : window;
  const items = ctx
    .within(hit.field, 'gift-item', hit.first - window - 12, hit.last + reach)
    .filter((item) => item.zone === hit.zone && item.last >= hit.first - window && (!sameSentence || isInSentence(item)) && !isTrade(ctx, item) && !isLost(ctx, item) && !isVerb(ctx, item) && !isOtherBox(ctx, item) && !isOtherPass(ctx, item) && !isFrontDesk(ctx, item) && !isGiftAid(ctx, item) && !isPartOfName(ctx, item) && !isSupportTicket(ctx, item) && !isFundraiser(ctx, item));
  // Thanks for something done ("thanks for getting in touch about next year's money") is not for a thing named only in general.
  const item = items.find((candidate) => !GENERIC_ITEMS.has(candidate.phrase)) ?? (isThanksForDoing(ctx, hit) ? undefined : (items[0] ?? valueIn(ctx, hit)));
  if (!item || (!isAsking && isBought(ctx, item))) return undefined;
  // "Please can we order 40 tote bags, each with a mug and a notebook, as thank-you packs": an order, not an offer.
  if (ctx.near(item, 'purchase', 40, { sameSentence: true })) return undefined;
  if (isSenderGiving(ctx, item)) return undefined; // "we sent a hamper … to say thank you": the sender giving
  if (isCollected(ctx, item)) return undefined; // "the gifts you brought for the foodbank": given to others
  const end = Math.max(item.end, ...items.filter((other) => other.first <= item.last && other.last >= item.first).map((other) => other.end));
  return { ...item, end };
}

/**
 * An offer of a gift or hospitality made to the sender because of their work: thanking for
 * it, accepting, declining, returning or asking for it. Every offer is declared, accepted
 * or not (Elected Local Policing Bodies (Specified Information) Order 2011, para 2(e)).
 */
/**
 * Where a reply to an offer is read: the subject, the body, and an attachment's name ("Letter declining complimentary membership
 * offer.pdf", under a covering note that says only "please find my letter attached").
 */
const REPLY_FIELDS: readonly TextField[] = ['subject', 'body', 'attachments'];

export default defineRule({
  id: 'gift-offer',
  category: 'gifts',
  messages: {
    offered: 'A gift or hospitality offer: declare it in the {register} within {days} days, even if you decline it.',
    solicited: 'Asking for a gift, discount or favour from someone you deal with at work is not allowed. Any offer must be declared in the {register}.',
  },
  check({ ctx, report }) {
    // Every finding rests on a thanks, a reply, a gift received or given, or an ask (read below with `hits`' default zones):
    // a draft with none of them (most short ones) is spared the set-up.
    const isOffered =
      ctx.has('gift-thanks', ['subject', 'body']) ||
      ctx.has('gift-respond', REPLY_FIELDS) ||
      ctx.has('gift-receive', ['subject', 'body']) ||
      ctx.has('gift-given', ['subject', 'body']) ||
      ctx.has('gift-solicit', ['body']);
    if (!isOffered) return;
    // Family and friends, outside work; family named in mail to an organisation are who its offer is for ("two passes for my mum").
    // ("We'd love you to do the cake" asks for work, not love.)
    const isPrivateLife = (hit: Hit) => !(hit.phrase === 'love you' && ctx.text(hit.field).tokens.is(hit.last + 1, 'to'));
    if (ctx.find('private-life', ['subject', 'body'], isPrivateLife) !== undefined) return;
    // The sender paying their way ("I've paid for the tickets") is no offer, but turning hospitality down
    // still is ("we'll pay for our own travel and won't be able to accept the overnight stay").
    // ("I pay you back £125 a month" repays a loan, which is itself the benefit: "let me lend you two grand, no interest".)
    const isLoanRepaid = (hit: Hit) =>
      REPAYING.has(hit.phrase) && ctx.scan('gift-item', ['body'], { zones: [Zone.own, Zone.quoted, Zone.forwarded] }).some((item) => LOANS.has(item.phrase));
    const isPaidFor = ctx.find('sender-paid', ['subject', 'body'], (hit) => !isLoanRepaid(hit)) !== undefined;
    const toOrganisation = ctx.audience.recipients.some((recipient) => !recipient.isInside && !recipient.isPersonalMail);
    // ("The anniversary of them placing staff with the office" is a working relationship's, not a family's.)
    // "Your dad pressed an envelope on me": someone else's family, not the sender's.
    // Asked only of mail to no organisation (the bench's 2 KB draft goes to one), as is whether the subject is a reply's.
    const isFamily = (hit: Hit) => {
      const { tokens } = ctx.text(hit.field);
      // "Their 25th anniversary gala": an organisation's anniversary, an ordinal between.
      const isOthers = tokens.isOneOf(hit.first - 1, OTHERS) || (hit.phrase === 'anniversary' && tokens.isOneOf(hit.first - 2, OTHERS));
      // "A grateful mum whose lad we'd helped", "the dad of a boy we work with": someone's parent, met at work.
      const isSomeones = KIN.has(hit.phrase) && (tokens.isOneOf(hit.first - 1, ARTICLES) || (tokens.isOneOf(hit.first - 2, ARTICLES) && isDescribed(tokens, hit.first - 1)));
      // "Re: Mum's will": a reply's subject is the correspondent's words, their mum, not the sender's.
      const isTheirSubject = hit.field === 'subject' && REPLY_SUBJECT.test(ctx.draft.subject);
      return !(hit.phrase === 'anniversary' && tokens.is(hit.last + 1, 'of')) && !isOthers && !isSomeones && !isTheirSubject;
    };
    if (!toOrganisation && ctx.find('family', ['subject', 'body'], isFamily) !== undefined && !ctx.has('work-reason', ['subject', 'body'])) return;
    // Mail between personal addresses needs something tying it to work, as a post does: "thanks for the bottle of Rioja, it was only a lift to the airport".
    const { from } = ctx.draft;
    // (The recipients are asked first: they are classified already, where the sender's domain is cut out and split.)
    const isPrivateMail =
      ctx.draft.channel === 'email' &&
      ctx.audience.recipients.length > 0 &&
      ctx.audience.recipients.every((recipient) => recipient.isPersonalMail) &&
      isPersonalMailDomain(from.slice(from.lastIndexOf('@') + 1).toLowerCase());
    if (isPrivateMail && !ctx.has('work-context', ['subject', 'body']) && !ctx.has('work-reason', ['subject', 'body'])) return;
    // A public post needs something tying it to work; an email from work is work.
    // (LinkedIn is a professional network: what is posted there is about work.)
    if (ctx.audience.isPublic && ctx.draft.site !== 'linkedin' && !ctx.has('work-context', ['body']) && !/@\w/.test(ctx.draft.body)) return;
    /** The item replied to (`repliedItemOf`), found at the first reply that asks and kept for the rest. */
    let repliedItem: { item: Hit | undefined } | undefined;
    for (const hit of chain(ctx.hits('gift-thanks', ['subject', 'body']), ctx.hits('gift-respond', REPLY_FIELDS))) {
      if ((ctx.isNegated(hit) && hit.tag === 'gift-thanks') || isThankYouThing(ctx, hit) || isVoteOfThanks(ctx, hit) || isThanksForBeing(ctx, hit) || isThanksForWriting(ctx, hit)) continue;
      if (isKeptAsIs(ctx, hit) || isThanksForGiving(ctx, hit)) continue;
      if (isPaidFor && !(hit.tag === 'gift-respond' && isDeclining(ctx, hit))) continue;
      if (isInviting(ctx, hit)) continue;
      // "That's really generous of you! Would the weekend of the 15th be possible?" above the quoted offer of a stay.
      const isReply = (hit.tag === 'gift-respond' || isThanksForKindness(hit)) && hit.field === 'body' && hit.zone === Zone.own;
      const replied = isReply ? (repliedItem ??= { item: repliedItemOf(ctx) }).item : undefined;
      const near = itemNear(ctx, hit, 20, true);
      // A value found beside a comparison is the comparison's ("a conservative estimate of £14k rather than the £21k").
      const item = (near?.phrase === A_SUM && COMPARING.has(hit.phrase) ? undefined : near) ?? replied;
      // "We cannot accept gifts from suppliers" states the rule; declining names what was offered
      // ("decline the Cheltenham hospitality", or the offer in the subject or the quoted message).
      const specific = item && hit.tag === 'gift-respond' && GENERIC_ITEMS.has(item.phrase) && !isParticular(ctx, item) ? (valueIn(ctx, hit) ?? replied) : item;
      // "Thank you for your question about the gifts policy": the policy, not an offer. A reply that names what
      // was offered is an offer even when it cites the rules ("I can't keep the £50 you enclosed, as our rules…").
      const isNamedReply = hit.tag === 'gift-respond' && specific !== undefined && !GENERIC_ITEMS.has(specific.phrase) && isSendersOwn(ctx, hit);
      if (!isNamedReply && ctx.near(hit, 'gift-policy', 12, { sameSentence: true })) continue;
      if (isAlreadyDeclared(ctx, hit)) continue;
      if (isRegisterCount(ctx, hit)) continue;
      if (specific) {
        // The item and the reply to it, as one span (or the reply alone, if the item is in the subject or the quoted offer;
        // the item alone, if it is named in the sentence before a bare thanks).
        const { sentences } = ctx.text(hit.field);
        const isSameText = specific.field === hit.field && specific.zone === hit.zone;
        const span =
          isSameText && sentences[specific.first]! < sentences[hit.first]!
            ? specific
            : isSameText
              ? { field: hit.field, start: Math.min(hit.start, specific.start), end: Math.max(hit.end, specific.end) }
              : hit;
        report(span, 'offered', {}, { prefill: prefillFor(ctx, hit, specific) });
        return;
      }
    }
    if (isPaidFor) return;
    // "Our project team was taken to lunch", "a gift basket ... courtesy of a local printer".
    for (const hit of ctx.hits('gift-receive', ['subject', 'body'])) {
      if (ctx.isNegated(hit) || ctx.near(hit, 'gift-policy', 20, { sameSentence: true }) || isRegisterCount(ctx, hit)) continue;
      // "I've paid for the tickets", "we hosted": the sender doing it, not receiving it.
      if (isSenderActing(ctx, hit) || isDroppedScore(ctx, hit) || isPaidByOffice(ctx, hit)) continue;
      // "Lunch is on us", "tea and biscuits on us": in the sender's own words the office is the host; only the giver's words
      // (a quoted offer, a reply's subject: "Re: Christmas lunch on us!") make it a treat to the sender.
      if (hit.phrase === 'on us' && !(hit.field === 'subject' && REPLY_SUBJECT.test(ctx.draft.subject))) continue;
      // "Could you send me your per-head rates": paperwork asked for, not a thing received.
      // "Could you leave me the float", "please leave me the keys": an errand asked, not a bequest.
      if (isPaperwork(ctx, hit) || isErrand(ctx, hit)) continue;
      const item = itemNear(ctx, hit, 12, false) ?? (isShownFrom(ctx, hit) ? hit : undefined);
      if (item && !ctx.near(item, 'gift-policy', 12, { sameSentence: true })) {
        const span = { field: hit.field, start: Math.min(hit.start, item.start), end: Math.max(hit.end, item.end) };
        report(span, 'offered', {}, { prefill: prefillFor(ctx, hit, item) });
        return;
      }
    }
    // Giving said plainly ("sent me a personalised leather notebook"), whatever the thing is, unless it is paperwork.
    for (const hit of ctx.hits('gift-given', ['subject', 'body'])) {
      if (ctx.isNegated(hit) || ctx.near(hit, 'gift-policy', 20, { sameSentence: true }) || isPaperwork(ctx, hit)) continue;
      if (isSenderActing(ctx, hit)) continue;
      const thing = ctx.spanOf(hit.field, hit.first, Math.min(hit.last + 4, lastInSentence(ctx, hit)));
      report(thing, 'offered', {}, { prefill: prefillFor(ctx, hit, hit) });
      return;
    }
    for (const hit of ctx.hits('gift-solicit', ['body'])) {
      // Asks that name their own benefit: "mates rates", "do me a deal", "for free".
      // "For free" asks only in a request ("could you do it for free?"), not when offering ("I can get us the room for free").
      if (hit.phrase.includes('free') && !isAsking(ctx, hit)) continue;
      // "Pay it into my own account": a benefit when a discount, fee or sum is named, not money owed nor paperwork.
      const personal = PERSONALLY.has(hit.phrase) ? personalBenefitAt(ctx, hit) : -1;
      if (personal === -2) continue;
      const named = personal >= 0 ? ctx.tokenHit(hit.field, personal, personal, 'gift-item', ctx.text(hit.field).tokens.word(personal)) : undefined;
      // "At the demo you mentioned the corporate box … could it include me and my partner?": family asked along to what the paragraph offers.
      // (Not across a blank line: "the box is for the project team.\n\nThe leave form needs to include my partner as next of kin".)
      const along = FAMILY_ASKS.has(hit.phrase) ? itemNear(ctx, hit, 60, false, true) : undefined;
      const asked = FAMILY_ASKS.has(hit.phrase) ? (along && !isParagraphBreakBetween(ctx, along, hit) ? along : undefined) : itemNear(ctx, hit, 25, false, true);
      const item = asked ?? (SELF_NAMED.has(hit.phrase) || hit.phrase.includes('free') ? hit : named);
      if (item) {
        report(hit, 'solicited', {}, { prefill: prefillFor(ctx, hit, item) });
        return;
      }
    }
  },
});
