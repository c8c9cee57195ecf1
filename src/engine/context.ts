import type { Policy } from '../policy/resolve';
import { LEXICONS, type LexiconTag } from './lexicons';
import { findAudience, type Audience } from './recipients';
import { IntList } from './text/int-list';
import { compileLexicon, collectHits, withLooseContractions, type Lexicon } from './text/lexicon';
import { fold, originalEnd, originalStart, type Folded } from './text/normalise';
import { TokenFlag, tokenise, type Token, type Tokens } from './text/tokens';
import { Zone, cueOf, findZones, type DisclaimerCue } from './text/zones';
import type { Draft, Field } from './types';

/** One field of a draft, folded and tokenised once for every rule. */
export interface FieldText {
  field: Field;
  folded: Folded;
  tokens: Tokens;
  /** Zone of each token (body only; other fields are all `own`). */
  zones: Int32Array;
  /** Sentence number of each token: phrases and windows stay within one. */
  sentences: Int32Array;
}

/**
 * The lexicon hits of one field in text order, as plain arrays of numbers and shared strings:
 * a huge paste's tens of thousands of hits cost no objects (and no garbage collection) until
 * a rule reads them.
 */
interface FieldHits {
  /** Zone of each token of the field (`FieldText.zones`), kept here so a look-up needs no second one. */
  zones: Int32Array;
  firsts: IntList;
  lasts: IntList;
  /** The phrase of each hit, as an id in `Lexicon.entryList`. */
  entries: IntList;
  /** Indexes of each tag's hits, in text order, by tag id (`Lexicon.tags`). */
  byTag: Array<IntList | undefined>;
  /** The hits made into objects so far, by index (each made once, so rules can compare them). */
  objects: Array<Hit | undefined>;
}

/** A lexicon phrase found in a field. */
export interface Hit {
  field: TextField;
  tag: LexiconTag;
  phrase: string;
  /** Token indexes [first, last]. */
  first: number;
  last: number;
  /** Offsets into the field's original text. */
  start: number;
  end: number;
  zone: Zone;
}

/** No fields: what a look-up of a tag no phrase has reads. */
const NO_FIELDS: readonly TextField[] = [];
/**
 * The fields that hold the sender's words, the only ones lexicon look-ups read (recipients are read through
 * `CheckContext.audience`): so that once each has been scanned, a tag none of them has a hit of is known to have none.
 */
export type TextField = Extract<Field, 'subject' | 'body' | 'attachments'>;
/** The fields rules scan unless they say otherwise: all of them. */
const DEFAULT_FIELDS: readonly TextField[] = ['subject', 'body', 'attachments'];
/** What the recipient reads as the sender's own: their text and what they forward. */
const SENT_ZONES_MASK = (1 << Zone.own) | (1 << Zone.forwarded);
/** The zones as a bit each (the sender's own and forwarded text when none are given). A loop: `reduce` called its closure per zone, at every look-up. */
function zoneMask(zones: readonly Zone[] | undefined): number {
  if (zones === undefined) return SENT_ZONES_MASK;
  let mask = 0;
  for (let k = 0; k < zones.length; k++) mask |= 1 << zones[k]!;
  return mask;
}

/** No lexicon phrase is longer than this many words (checked when lexicons compile). */
const MAX_PHRASE_WORDS = 12;

/** Words that negate what follows them in a clause, with their apostrophes or without, as a phone types them ("cant", "didnt"). */
export const NEGATIONS = withLooseContractions([
  'not', 'no', 'never', 'cannot', "can't", "won't", "don't", "didn't", "isn't", "aren't", 'without', 'nor', 'unable', "shouldn't", "mustn't",
  "hadn't", "hasn't", "haven't", "wasn't", "weren't", "couldn't", "wouldn't",
]);

/** A gap between words that ends a clause: a dash with a space beside it (not "well-known"). A comma may not: "no canvassing, leafleting". */
const CLAUSE_BREAK = /\s-|-\s/;

/**
 * Does the folded text [start, end) hold a '-', without which it is no `CLAUSE_BREAK`? Most gaps between
 * words are one space: reading their characters spares a string and a regex test per word.
 */
function gapHasDash(tokens: Tokens, start: number, end: number): boolean {
  for (let at = start; at < end; at++) if (tokens.codeAt(at) === 45) return true;
  return false;
}

/**
 * Fields as text: lists are joined with ", " (Finding offsets for lists point into that). Each field is read by
 * name: `draft[field]`, by a key that varies, is a megamorphic keyed load of about 100 instructions (callgrind).
 */
export function fieldValue(draft: Draft, field: Field): string {
  switch (field) {
    case 'body':
      return draft.body;
    case 'subject':
      return draft.subject;
    case 'attachments':
      return draft.attachments.join(', ');
    case 'to':
      return draft.to.join(', ');
    case 'cc':
      return draft.cc.join(', ');
    case 'bcc':
      return draft.bcc.join(', ');
  }
}

/** Marks each body token with its zone (quoted reply, forwarded text, disclaimer), reading the disclaimer cues among `cueHits` (hit indexes of `hits`). */
function markZones(draft: Draft, folded: Folded, tokens: Tokens, hits: FieldHits, cueHits: IntList | undefined, lexicon: Lexicon): void {
  const cues: DisclaimerCue[] = [];
  for (let k = 0; cueHits !== undefined && k < cueHits.length; k++) {
    const index = cueHits.at(k);
    cues.push(cueOf(folded, tokens, hits.firsts.at(index), lexicon.entryList[hits.entries.at(index)]!.phrase));
  }
  // The subject and recipients are read only if the body has a reply or forward header.
  const ranges = findZones(
    draft.body,
    () => /^\s*(fw|fwd)\s*:/i.test(draft.subject),
    () => [...draft.to, ...draft.cc, ...draft.bcc].map((value) => /<([^<>]+)>/.exec(value)?.[1] ?? value.trim()),
    cues,
  );
  const { zones, starts } = tokens;
  // Tokens start out `own`: mark the tokens of the other ranges, found by binary search.
  for (const range of ranges) {
    if (range.zone === Zone.own) continue;
    let low = 0;
    let high = tokens.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (folded.originAt(starts[mid]!) < range.start) low = mid + 1;
      else high = mid;
    }
    for (let i = low; i < tokens.length && folded.originAt(starts[i]!) < range.end; i++) zones[i] = range.zone;
  }
}

const lexiconCache = new WeakMap<Policy['pack'], Lexicon>();

/** How many fields a draft has. */
const FIELD_COUNT = 6;

/**
 * A field's place in the draft as it reads (subject, to, cc, bcc, body, attachments): the order findings are
 * listed in, and where the field's text and hits sit in `CheckContext`'s per-field arrays. Rules look a field
 * up dozens of times per check, and comparing with the field names (constants, so compared by reference) costs
 * a fraction of a `Map` look-up, which hashes the name and searches a table at every call; a record read by a
 * field that varies is a megamorphic look-up. The cases go in the order fields are most asked for.
 */
export function fieldOrder(field: Field): number {
  switch (field) {
    case 'body':
      return 4;
    case 'subject':
      return 0;
    case 'attachments':
      return 5;
    case 'to':
      return 1;
    case 'cc':
      return 2;
    default:
      return 3;
  }
}

/** The text fields, a bit each by `fieldOrder`. */
const TEXT_FIELDS = (1 << fieldOrder('subject')) | (1 << fieldOrder('body')) | (1 << fieldOrder('attachments'));

/** The hits of a field with no tokens: shared, as nothing is ever added to it. */
const NO_HITS: FieldHits = { zones: new Int32Array(0), firsts: new IntList(), lasts: new IntList(), entries: new IntList(), byTag: [], objects: [] };

/**
 * The position in `list` (a tag's hit indexes in a field), from `k` on, of the first hit whose zone
 * is among `zones` (a bit per zone), or `list.length`: the zone test every look-up of hits makes.
 */
function nextInZones(hits: FieldHits, list: IntList, k: number, zones: number): number {
  while (k < list.length && !((zones >> hits.zones[hits.firsts.at(list.at(k))]!) & 1)) k++;
  return k;
}

/**
 * The position in `list` (a tag's hit indexes in a field) of the first hit whose first token is at or after `from`.
 * Its own loop, not iterate.ts's `firstNotBefore`, whose test is a closure made at each call: this runs at every `near` and `within`.
 */
function firstStartingFrom(hits: FieldHits, list: IntList, from: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (hits.firsts.at(list.at(mid)) < from) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Each field's text when it is empty, per lexicon: made once and shared by every check, never released. */
const emptyTexts = new WeakMap<Lexicon, Map<Field, FieldText>>();
const sharedTexts = new WeakSet<FieldText>();

/**
 * The text of an empty field (most drafts have no attachments; a new draft has no subject):
 * nothing to fold, tokenise or mark, so checks share one rather than borrowing buffers for it.
 */
function emptyText(field: Field, lexicon: Lexicon): FieldText {
  let texts = emptyTexts.get(lexicon);
  if (!texts) emptyTexts.set(lexicon, (texts = new Map()));
  let text = texts.get(field);
  if (!text) {
    const folded = fold('');
    const tokens = tokenise(folded, lexicon.vocabulary);
    text = { field, folded, tokens, zones: tokens.zones, sentences: tokens.sentences };
    texts.set(field, text);
    sharedTexts.add(text);
  }
  return text;
}

/** The compiled lexicon of a pack: the built-in phrases plus the pack's own `terms`. */
export function lexiconFor(pack: Policy['pack']): Lexicon {
  let lexicon = lexiconCache.get(pack);
  if (!lexicon) {
    const groups: Record<string, readonly string[]> = { ...LEXICONS };
    for (const [tag, terms] of Object.entries(pack.terms)) groups[tag] = [...(groups[tag] ?? []), ...terms];
    lexicon = compileLexicon(groups);
    if (lexicon.depth > MAX_PHRASE_WORDS) throw new Error(`A lexicon phrase is longer than ${MAX_PHRASE_WORDS} words`);
    lexiconCache.set(pack, lexicon);
  }
  return lexicon;
}

/**
 * The hits `CheckContext.hits` gives, made as they are read. An iterator object rather than a
 * generator: rules start dozens of these per check and most find nothing, and a generator took
 * several times as long to start (about 120 ns against 25 ns on Node 20).
 */
class HitIterator implements IterableIterator<Hit> {
  /** Position: the field being read (an index into `fields`) and the next entry of its tag's list. */
  private fieldIndex = -1;
  private k = 0;
  private field: TextField | undefined;
  private fieldHits: FieldHits = NO_HITS;
  private list: IntList | undefined;

  constructor(
    private readonly ctx: CheckContext,
    /** The tag's id in the lexicon (-1 for a tag no phrase has). */
    private readonly tagId: number,
    private readonly fields: readonly TextField[],
    /** Bit `z` is set when zone `z` is read. */
    private readonly zones: number,
  ) {}

  next(): IteratorResult<Hit, undefined> {
    for (;;) {
      const list = this.list;
      if (list !== undefined) {
        const k = nextInZones(this.fieldHits, list, this.k, this.zones);
        this.k = k + 1;
        if (k < list.length) return { value: this.ctx.hitAt(this.field!, this.fieldHits, list.at(k)), done: false };
      }
      if (++this.fieldIndex >= this.fields.length) return { value: undefined, done: true };
      this.field = this.fields[this.fieldIndex]!;
      this.fieldHits = this.ctx.hitsOf(this.field);
      this.list = this.fieldHits.byTag[this.tagId];
      this.k = 0;
    }
  }

  [Symbol.iterator](): IterableIterator<Hit> {
    return this;
  }
}

/** Everything a rule reads: the draft, the policy, the audience and the lexicon hits. */
export class CheckContext {
  readonly audience: Audience;
  /** The pack's lexicon, looked up once rather than at every hit and field. */
  private readonly lexicon: Lexicon;
  /**
   * Each field's text and hits once made, by `fieldOrder` of the field: holes until then. (`fill(undefined)`
   * runs in the runtime's C++, about 200 instructions an array.)
   */
  private readonly texts = new Array<FieldText | undefined>(FIELD_COUNT);
  private readonly hitsByField = new Array<FieldHits | undefined>(FIELD_COUNT);
  /** The text fields whose hits have been found so far, a bit per `fieldOrder`. */
  private scannedFields = 0;
  /** By tag id: true once a field is found to have a hit of the tag (a hole until then). */
  private readonly isTagFound: Array<true | undefined> = [];

  constructor(
    readonly draft: Draft,
    readonly policy: Policy,
  ) {
    this.audience = findAudience(draft, policy);
    this.lexicon = lexiconFor(policy.pack);
  }

  /** The id of `tag` in the lexicon, or -1 when no phrase has it (so no field has a hit of it). */
  private tagIdOf(tag: LexiconTag): number {
    return this.lexicon.tagIds.get(tag) ?? -1;
  }

  /**
   * Hands the token buffers back for the next check. Only `check`, which owns the context,
   * calls this, after the last rule: hits and findings keep no reference to the buffers.
   */
  dispose(): void {
    for (let slot = 0; slot < FIELD_COUNT; slot++) {
      const text = this.texts[slot];
      this.texts[slot] = undefined;
      if (text === undefined || sharedTexts.has(text)) continue; // an empty field's text stays for the next check
      text.tokens.release();
      text.folded.release();
    }
  }

  /**
   * The field's text, as `fieldValue` gives it: from the field's folded text once made (a list field,
   * such as the attachments, is joined once a check rather than at every finding on it).
   */
  value(field: Field): string {
    return this.texts[fieldOrder(field)]?.folded.original ?? fieldValue(this.draft, field);
  }

  /** The field folded and tokenised (computed once). */
  text(field: Field): FieldText {
    const slot = fieldOrder(field);
    let text = this.texts[slot];
    if (!text) {
      const value = fieldValue(this.draft, field);
      if (value === '') {
        text = emptyText(field, this.lexicon);
        this.texts[slot] = text;
        return text;
      }
      const folded = fold(value);
      const tokens = tokenise(folded, this.lexicon.vocabulary);
      text = {
        field,
        folded,
        tokens,
        zones: tokens.zones,
        sentences: tokens.sentences,
      };
      this.texts[slot] = text;
      if (field === 'body') {
        // The body's zones are read from its hits (disclaimer cues), and hits read their zone only when made into objects.
        const hits = this.findHits(text, slot);
        markZones(this.draft, folded, tokens, hits, hits.byTag[this.tagIdOf('disclaimer-cue')], this.lexicon);
      }
    }
    return text;
  }

  /** The lexicon hits of a field (one scan per field, shared by all rules). Rules read them through `hits`, `scan` and the like. */
  hitsOf(field: TextField): FieldHits {
    const slot = fieldOrder(field);
    let hits = this.hitsByField[slot];
    if (!hits) {
      const text = this.text(field);
      hits = this.hitsByField[slot] ?? this.findHits(text, slot);
    }
    return hits;
  }

  /** Has the field any lexicon hit at all, of any tag and in any zone? (A rule may skip a field that has none.) */
  hasHits(field: TextField): boolean {
    return this.hitsOf(field).firsts.length > 0;
  }

  /** Scans the tokens of the text field in `slot` (its `fieldOrder`) with the lexicon, and keeps its hits. */
  private findHits({ tokens, zones }: FieldText, slot: number): FieldHits {
    this.scannedFields |= 1 << slot;
    if (tokens.length === 0) return (this.hitsByField[slot] = NO_HITS);
    const found: FieldHits = { zones, firsts: new IntList(), lasts: new IntList(), entries: new IntList(), byTag: [], objects: [] };
    collectHits(this.lexicon, tokens, found);
    // Grouped by tag, so each rule's look-ups cost the hits of its tags, not all hits.
    const { entries, byTag } = found;
    const { entryList } = this.lexicon;
    for (let index = 0; index < entries.length; index++) {
      const tagId = entryList[entries.at(index)]!.tagId;
      let list = byTag[tagId];
      if (list === undefined) {
        byTag[tagId] = list = new IntList();
        this.isTagFound[tagId] = true;
      }
      list.push(index);
    }
    // Holes until a rule reads a hit; sized now so the array never grows.
    found.objects = new Array<Hit | undefined>(found.firsts.length);
    return (this.hitsByField[slot] = found);
  }

  /**
   * Is it known, without reading the fields asked for, that none has a hit of the tag: every text field has been
   * scanned, and none has one? Most tags have no hit in a draft, and most look-ups are of those. Answering them here
   * rather than from each field's hits saved about 8,700 instructions a check of a short draft (of 86,000); a loop
   * over the fields asked for, to see that each had been scanned, cost 2,700 to 3,800 of them (callgrind): hence `TextField`.
   */
  private isAbsent(tagId: number): boolean {
    return this.isTagFound[tagId] === undefined && (this.scannedFields & TEXT_FIELDS) === TEXT_FIELDS;
  }

  /** Hit `index` of a field as an object, made once. */
  hitAt(field: TextField, hits: FieldHits, index: number): Hit {
    let hit = hits.objects[index];
    if (!hit) {
      const { folded, tokens, zones } = this.text(field);
      const first = hits.firsts.at(index);
      const last = hits.lasts.at(index);
      const { phrase, tag } = this.lexicon.entryList[hits.entries.at(index)]!;
      const start = originalStart(folded, tokens.starts[first]!);
      const end = originalEnd(folded, tokens.starts[first]!, tokens.ends[last]!);
      hit = { field, tag: tag as LexiconTag, phrase, first, last, start, end, zone: zones[first] as Zone };
      hits.objects[index] = hit;
    }
    return hit;
  }

  /**
   * Hits of one tag in the given fields, in order, made as they are read: a rule that stops
   * at the first it wants (`for … break`, `some`) never pays for the rest of a huge paste.
   * By default only what the sender wrote or is forwarding: quoted replies and disclaimers
   * never trigger a finding by themselves.
   */
  hits(tag: LexiconTag, fields: readonly TextField[] = DEFAULT_FIELDS, options?: { zones?: readonly Zone[] }): IterableIterator<Hit> {
    const tagId = this.tagIdOf(tag);
    return new HitIterator(this, tagId, tagId < 0 || this.isAbsent(tagId) ? NO_FIELDS : fields, zoneMask(options?.zones));
  }

  /**
   * The first hit `hits` gives that passes `test`. A loop, not a generator: rules ask this of
   * many tags at every check, and a generator costs more to start than most of them take.
   */
  find(tag: LexiconTag, fields: readonly TextField[], test: (hit: Hit) => boolean, options?: { zones?: readonly Zone[] }): Hit | undefined {
    const tagId = this.tagIdOf(tag);
    if (tagId < 0 || this.isAbsent(tagId)) return undefined;
    const zones = zoneMask(options?.zones);
    for (const field of fields) {
      const hits = this.hitsOf(field);
      const list = hits.byTag[tagId];
      if (!list) continue;
      for (let k = nextInZones(hits, list, 0, zones); k < list.length; k = nextInZones(hits, list, k + 1, zones)) {
        const hit = this.hitAt(field, hits, list.at(k));
        if (test(hit)) return hit;
      }
    }
    return undefined;
  }

  /** Does `hits` give any hit at all? (Answered from the hit arrays: no hit is made into an object.) */
  has(tag: LexiconTag, fields: readonly TextField[] = DEFAULT_FIELDS, options?: { zones?: readonly Zone[] }): boolean {
    const tagId = this.tagIdOf(tag);
    if (tagId < 0 || this.isAbsent(tagId)) return false;
    const zones = zoneMask(options?.zones);
    for (const field of fields) {
      const hits = this.hitsOf(field);
      const list = hits.byTag[tagId];
      if (list !== undefined && nextInZones(hits, list, 0, zones) < list.length) return true;
    }
    return false;
  }

  /** All the hits `hits` gives, as an array (made without a generator: rules call this often). */
  scan(tag: LexiconTag, fields: readonly TextField[] = DEFAULT_FIELDS, options?: { zones?: readonly Zone[] }): Hit[] {
    const tagId = this.tagIdOf(tag);
    const found: Hit[] = [];
    if (tagId < 0 || this.isAbsent(tagId)) return found;
    const zones = zoneMask(options?.zones);
    for (const field of fields) {
      const hits = this.hitsOf(field);
      const list = hits.byTag[tagId];
      if (!list) continue;
      for (let k = nextInZones(hits, list, 0, zones); k < list.length; k = nextInZones(hits, list, k + 1, zones)) found.push(this.hitAt(field, hits, list.at(k)));
    }
    return found;
  }

  /**
   * Hits of `tag` in `field` whose first token lies in [from, to] (all zones), found by
   * binary search, so windowed look-ups stay linear overall however many hits a paste has.
   */
  within(field: TextField, tag: LexiconTag, from: number, to: number): Hit[] {
    const found: Hit[] = [];
    const list = this.listOf(field, tag);
    if (list === undefined) return found;
    const hits = this.hitsOf(field);
    for (let k = firstStartingFrom(hits, list, from); k < list.length && hits.firsts.at(list.at(k)) <= to; k++) found.push(this.hitAt(field, hits, list.at(k)));
    return found;
  }

  /**
   * Is there a hit of `tag` within `window` tokens of `hit`, in the same field and zone? Asked of the hit arrays
   * before any hit is made an object, and with no closure or array per call: rules ask this of most hits they read.
   */
  near(hit: Hit, tag: LexiconTag, window: number, options: { sameSentence?: boolean } = {}): Hit | undefined {
    const list = this.listOf(hit.field, tag);
    if (list === undefined) return undefined;
    const hits = this.hitsOf(hit.field);
    const sentences = options.sameSentence ? this.text(hit.field).sentences : null;
    const to = hit.last + window;
    for (let k = firstStartingFrom(hits, list, hit.first - window - MAX_PHRASE_WORDS); k < list.length; k++) {
      const index = list.at(k);
      const first = hits.firsts.at(index);
      if (first > to) break;
      if (hits.zones[first] !== hit.zone || hits.lasts.at(index) < hit.first - window || (sentences !== null && sentences[first] !== sentences[hit.first])) continue;
      const other = this.hitAt(hit.field, hits, index);
      if (other !== hit) return other;
    }
    return undefined;
  }

  /** The indexes of `field`'s hits of `tag`, in text order, or undefined when it has none. */
  private listOf(field: TextField, tag: LexiconTag): IntList | undefined {
    const tagId = this.tagIdOf(tag);
    return tagId < 0 ? undefined : this.hitsOf(field).byTag[tagId];
  }

  /** Offsets in the field's original text of tokens [first, last]. */
  spanOf(field: Field, first: number, last: number): { field: Field; start: number; end: number } {
    const text = this.text(field);
    const { folded, tokens } = text;
    return { field, start: originalStart(folded, tokens.starts[first]!), end: originalEnd(folded, tokens.starts[first]!, tokens.ends[last]!) };
  }

  /** A hit made by a rule rather than the lexicon (a #hashtag, "Vote Greaves", "£100"), with proper offsets. */
  tokenHit(field: TextField, first: number, last: number, tag: LexiconTag, phrase: string): Hit {
    const { start, end } = this.spanOf(field, first, last);
    return { field, start, end, tag, phrase, first, last, zone: this.text(field).zones[first] as Zone };
  }

  /**
   * Is the hit negated by one of the three words before it ("not", "never", "can't"), in the
   * same phrase? ("I can't be named; you can use this" does not negate "you can use this".)
   */
  isNegated(hit: Hit): boolean {
    const tokens = this.text(hit.field).tokens;
    for (let i = hit.first - 1; i >= Math.max(0, hit.first - 3); i--) {
      if (!tokens.has(i + 1, TokenFlag.joined)) return false; // a sentence end, ';' or '|' lies between
      // A spaced dash ends the clause: "so you're not blindsided - they went into private".
      if (gapHasDash(tokens, tokens.ends[i]!, tokens.starts[i + 1]!) && CLAUSE_BREAK.test(tokens.between(tokens.ends[i]!, tokens.starts[i + 1]!))) return false;
      if (tokens.isOneOf(i, NEGATIONS)) return true;
    }
    return false;
  }

  /** Is one of `words` among the `reach` words before the hit, in its sentence? ("no canvassing", "worth 10% of the quality score") */
  hasWordBefore(hit: Hit, words: ReadonlySet<string>, reach: number): boolean {
    const { tokens, sentences } = this.text(hit.field);
    for (let i = hit.first - 1; i >= Math.max(0, hit.first - reach) && sentences[i] === sentences[hit.first]; i--) if (tokens.isOneOf(i, words)) return true;
    return false;
  }

  /** Is one of `words` among the `reach` words after the hit, in its sentence? ("… in your own time isn't prohibited") */
  hasWordAfter(hit: Hit, words: ReadonlySet<string>, reach: number): boolean {
    const { tokens, sentences } = this.text(hit.field);
    for (let i = hit.last + 1; i <= Math.min(tokens.length - 1, hit.last + reach) && sentences[i] === sentences[hit.first]; i++) if (tokens.isOneOf(i, words)) return true;
    return false;
  }

  /**
   * Does every token of the hit carry `flag` (a `TokenFlag`) and none carry `without`?
   * E.g. `tokensHave(hit, TokenFlag.upper)`: written in capitals, as a marking.
   */
  tokensHave(hit: Hit, flag: number, without = 0): boolean {
    const { flags } = this.text(hit.field).tokens;
    for (let i = hit.first; i <= hit.last; i++) if ((flags[i]! & flag) !== flag || (flags[i]! & without) !== 0) return false;
    return true;
  }

  /** The original words of the hit's tokens (case kept), e.g. for capitalisation checks. */
  tokensOf(hit: Hit): Token[] {
    return this.text(hit.field).tokens.slice(hit.first, hit.last + 1);
  }
}
