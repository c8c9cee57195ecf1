import type { TextSource } from './chunked-text';
import { ASCII_FOLD, codeUnitsOf, foldAscii, type Folded } from './normalise';
import { borrowInt32, giveBackInt32 } from './pool';
import { APOSTROPHE, CHAR_CLASS, DEAD, LABEL_BITS, LABEL_MASK, NOT_IN_WORD, NO_VOCABULARY, OTHER, START, type Vocabulary } from './vocabulary';

/** A word of folded text: letters and digits, with inner apostrophes ("don't"). */
export interface Token {
  /** The folded word, e.g. `sensitive`. */
  text: string;
  /** Offsets into the folded text. */
  start: number;
  end: number;
  /** Is the original word written with a capital first letter? */
  isCapitalised: boolean;
  /** Is the original word written all in capitals (and at least two letters long)? */
  isUpper: boolean;
  /** Was the word written with a possessive "'s" (now dropped from `text`)? */
  isPossessive: boolean;
  /** Is the word written as a #hashtag or @handle? */
  isTag: boolean;
}

/** Bits of `Tokens.flags`. */
export const TokenFlag = {
  capitalised: 1,
  upper: 2,
  possessive: 4,
  tag: 8,
  /** The gap before this token stays within a phrase: no sentence end, `;`, `|`, blank line, nor over 12 characters. */
  joined: 16,
  /** The word as written is not yet folded: plain ASCII is read in place, and this word has a capital or a backtick. */
  unfolded: 32,
  /** The word as written has a backtick for an apostrophe ("don`t"): set with `unfolded`. */
  backtick: 64,
} as const;

/**
 * The flags as constants for the code here: `TokenFlag.x` is a read of an object, and TurboFan checks
 * the object's shape at each read that it does not fold away (the hot loops' did not).
 */
const { capitalised: CAPITALISED, upper: UPPER, possessive: POSSESSIVE, tag: TAG, joined: JOINED, unfolded: UNFOLDED, backtick: BACKTICK } = TokenFlag;

/**
 * The tokens of a folded text, in typed arrays rather than an object per word: a 1 MB paste
 * has ~170k words, and objects for each would cost more in garbage collection than the
 * matching itself. Strings are cut out only when a rule asks for a word.
 */
export class Tokens {
  /**
   * The text the offsets point into, read in place of the folded text: for plain ASCII, the
   * original, which differs only in capitals, tabs, carriage returns and backticks (folded as
   * they are read: see `word`, `codeAt` and `between`), so no folded copy of a paste is made. Other text
   * is read from its folded text, in pieces when long (`ChunkedText`).
   */
  private readonly source: TextSource;
  private readonly isPlain: boolean;

  constructor(
    readonly folded: Folded,
    readonly length: number,
    readonly starts: Int32Array,
    readonly ends: Int32Array,
    /** `TokenFlag` bits. */
    readonly flags: Int32Array,
    /** Word id in `vocabulary`, or -1. */
    readonly ids: Int32Array,
    /** Sentence number of each token: phrases and windows stay within one. */
    readonly sentences: Int32Array,
    /** Zone of each token (see `zones.ts`): all `own` until the caller marks them. */
    readonly zones: Int32Array,
    /**
     * Id of the longest vocabulary prefix each word starts with, or -1 (follow
     * `vocabulary.shorterPrefix` for the rest); null when the vocabulary has no prefixes.
     */
    readonly prefixIds: Int32Array | null,
    readonly vocabulary: Vocabulary,
    /** The buffer the columns are views of, for `release`. */
    private readonly buffer: Int32Array,
  ) {
    this.isPlain = folded.keepsOffsets;
    this.source = folded.source ?? folded.original;
  }

  /** The folded text (made on demand for plain ASCII: rules read it through `word`, `codeAt` and `between`). */
  get text(): string {
    return this.folded.text;
  }

  /** Hands the buffer back for reuse. The tokens must not be read after. */
  release(): void {
    giveBackInt32(this.buffer);
  }

  /** Where the word ends, without a possessive "'s". */
  private wordEnd(i: number): number {
    return this.flags[i]! & POSSESSIVE ? this.ends[i]! - 2 : this.ends[i]!;
  }

  /** The folded word, e.g. `kinetica` for "Kinetica's". */
  word(i: number): string {
    const word = this.source.slice(this.starts[i]!, this.wordEnd(i));
    const flags = this.flags[i]!;
    if ((flags & UNFOLDED) === 0) return word;
    // Capitals or a backtick ("don`t"): nothing else in a word of plain ASCII folds. The flag says which, where
    // searching every capitalised word for a backtick cost about 3,400 instructions a check (callgrind).
    const lower = word.toLowerCase();
    return flags & BACKTICK ? lower.replaceAll('`', "'") : lower;
  }

  /** Is token `i` the folded word `word`? (No string is made unless the word is written with capitals.) */
  is(i: number, word: string): boolean {
    if (i < 0 || i >= this.length) return false;
    const start = this.starts[i]!;
    if (this.wordEnd(i) - start !== word.length) return false;
    return this.flags[i]! & UNFOLDED ? this.word(i) === word : this.source.startsWith(word, start);
  }

  /** The folded character code at `offset` of the folded text (NaN outside it), e.g. to read the gap between words. */
  codeAt(offset: number): number {
    const code = this.source.charCodeAt(offset);
    return this.isPlain && code < 0x80 ? ASCII_FOLD[code]! : code;
  }

  /** Does the folded text hold `search`, a string folding leaves as it is (punctuation such as '#')? */
  includes(search: string): boolean {
    return this.source.includes(search);
  }

  /** The folded text between two offsets, e.g. a gap between words. */
  between(from: number, to: number): string {
    const text = this.source.slice(from, to);
    return this.isPlain ? foldAscii(text) : text;
  }

  /**
   * Is token `i` among `words`? Answered from the token's word id where it has one: rules ask this
   * of a dozen sets around every hit, and cutting the word out and hashing it cost more than the rest
   * of the test. Only a token outside the vocabulary, as long as a word of the set that is outside it too, is cut out.
   */
  isOneOf(i: number, words: ReadonlySet<string>): boolean {
    if (i < 0 || i >= this.length) return false;
    const members = membersOf(words, this.vocabulary);
    const id = this.ids[i]!;
    if (id >= 0) return members.ids[id] === 1;
    return ((members.otherLengths >>> Math.min(this.wordEnd(i) - this.starts[i]!, 31)) & 1) !== 0 && words.has(this.word(i));
  }

  has(i: number, flag: number): boolean {
    return i >= 0 && i < this.length && (this.flags[i]! & flag) !== 0;
  }

  /** The id of the longest vocabulary prefix token `i` starts with, or -1. */
  prefixOf(i: number): number {
    return this.prefixIds === null ? -1 : this.prefixIds[i]!;
  }

  /** Token `i` as an object, or undefined past either end. */
  at(i: number): Token | undefined {
    if (i < 0 || i >= this.length) return undefined;
    const flags = this.flags[i]!;
    return {
      text: this.word(i),
      start: this.starts[i]!,
      end: this.ends[i]!,
      isCapitalised: (flags & CAPITALISED) !== 0,
      isUpper: (flags & UPPER) !== 0,
      isPossessive: (flags & POSSESSIVE) !== 0,
      isTag: (flags & TAG) !== 0,
    };
  }

  /** Tokens [from, to) as objects, like Array.prototype.slice. */
  slice(from: number, to = this.length): Token[] {
    const tokens: Token[] = [];
    for (let i = Math.max(0, from); i < Math.min(to, this.length); i++) tokens.push(this.at(i)!);
    return tokens;
  }

  /** Every token as an object (for tests and tools; rules read the arrays). */
  toArray(): Token[] {
    return this.slice(0);
  }
}

/** A set of words as a vocabulary sees it: which word ids are in it, and the lengths of its words outside the vocabulary. */
interface Members {
  vocabulary: Vocabulary;
  /** The set's size when this was worked out: a set that has grown since is worked out again. */
  size: number;
  /** 1 at the id of each word of the set. */
  ids: Uint8Array;
  /**
   * The lengths of the set's words that no token reads with an id, as bit `length` (bit 31: 31 or
   * more): only a token without an id and of such a length is looked up by its word.
   */
  otherLengths: number;
}

/**
 * Where a set of words keeps its `Members`: on the set itself. Rules make their sets once, as
 * module constants, and a property on the object costs one load to read, where a `WeakMap` keyed
 * by the set cost more than the word cut out that it saved (session 7).
 */
const MEMBERS = Symbol('members');
type WordSet = ReadonlySet<string> & { [MEMBERS]?: Members };

/** `words` as ids of `vocabulary`, worked out once per set (again only if a set is asked about with tokens of another pack). */
function membersOf(words: WordSet, vocabulary: Vocabulary): Members {
  let members = words[MEMBERS];
  if (members === undefined || members.vocabulary !== vocabulary || members.size !== words.size) {
    members = { vocabulary, size: words.size, ids: new Uint8Array(vocabulary.words.length), otherLengths: 0 };
    for (const word of words) {
      const id = vocabulary.idOf(word);
      if (id >= 0) members.ids[id] = 1;
      else members.otherLengths |= 1 << Math.min(word.length, 31);
    }
    words[MEMBERS] = members;
  }
  return members;
}

/**
 * The class of each ASCII code of an original text that folds in place (see `Folded.keepsOffsets`):
 * `CHAR_CLASS` of the code it folds to, so capitals class as their small letters and a backtick
 * as an apostrophe. Tabs and carriage returns fold to spaces, already `NOT_IN_WORD`.
 */
const PLAIN_CLASS = CHAR_CLASS.map((charClass, code) =>
  code >= 65 && code <= 90 ? CHAR_CLASS[code + 32]! : code === 96 ? APOSTROPHE : charClass,
);

/** Letters and digits (by `CHAR_CLASS` or `PLAIN_CLASS`), and anything above ASCII. */
const isWordChar = (classes: Uint8Array, code: number): boolean => code > 0x7f || classes[code]! < APOSTROPHE;

/** Can a word start with `code` (by `CHAR_CLASS` or `PLAIN_CLASS`)? Most words start with a–z, told without a look-up. */
const startsWord = (classes: Uint8Array, code: number): boolean => code - 97 >>> 0 < 26 || isWordChar(classes, code);

/** `TokenFlag.capitalised` and `upper` of the word [start, end) of plain ASCII `codes`. */
function capitalsOf(codes: Uint8Array | Uint16Array, start: number, end: number): number {
  if (codes[start]! - 65 >>> 0 >= 26) return 0;
  for (let k = start + 1; k < end; k++) if (codes[k]! - 97 >>> 0 < 26) return CAPITALISED;
  return end - start > 1 ? CAPITALISED | UPPER : CAPITALISED;
}

/** `TokenFlag.capitalised` and `upper` of the word [start, end) of folded text, read from the original. */
function capitalsInOriginal(folded: Folded, start: number, end: number): number {
  const { original } = folded;
  const first = folded.originAt(start);
  if (!isUpperAt(original, first)) return 0;
  for (let k = first + 1, last = folded.originAt(end - 1); k <= last; k++) if (isLowerAt(original, k)) return CAPITALISED;
  return end - start > 1 ? CAPITALISED | UPPER : CAPITALISED;
}

const isUpperAt = (original: string, k: number): boolean => {
  const code = original.charCodeAt(k);
  return (code >= 65 && code <= 90) || (code > 0x7f && original[k] !== original[k]!.toLowerCase());
};

const isLowerAt = (original: string, k: number): boolean => {
  const code = original.charCodeAt(k);
  return (code >= 97 && code <= 122) || (code > 0x7f && original[k] !== original[k]!.toUpperCase());
};

/** Company abbreviations written with a stop, as whole words ("Co.", "Ltd.", "Inc.", "Bros."), small letters or capitals alike. */
const COMPANY_ABBREVIATIONS = ['co', 'ltd', 'inc', 'plc', 'corp', 'bros'];

/** Is the word ending at `end` (just before a full stop) a company's abbreviation? Asked only of a stop that would end a sentence. */
function isCompanyAbbreviation(codes: Uint8Array | Uint16Array, classes: Uint8Array, end: number): boolean {
  for (const word of COMPANY_ABBREVIATIONS) {
    const start = end - word.length;
    if (start < 0 || (start > 0 && isWordChar(classes, codes[start - 1]!))) continue;
    let k = 0;
    while (k < word.length && (codes[start + k]! | 32) === word.charCodeAt(k)) k++;
    if (k === word.length) return true;
  }
  return false;
}

/** The longest gap a phrase may run across ("official - sensitive"). */
const MAX_PHRASE_GAP = 12;

/** Per-token arrays, in one buffer: one allocation per text rather than one per array. */
const COLUMNS = 7;

/**
 * Splits folded text into tokens in one pass: numbers each word by `vocabulary` as it goes
 * (stepping through its character automaton: no string per word), and reads the gap before
 * each word for sentence ends and phrase breaks.
 * @example
 * const tokens = tokenise(fold("Don't send"));
 * tokens.word(0) // "don't"
 */
export function tokenise(folded: Folded, vocabulary: Vocabulary = NO_VOCABULARY): Tokens {
  const { original } = folded;
  // Plain ASCII (nearly every draft) folds in place: read the original, classing capitals as small
  // letters, so each word's capitals are at hand without mapping offsets back or asking the string.
  const isPlain = folded.keepsOffsets;
  const codes = codeUnitsOf(folded.source ?? original); // every character is read through this typed array, not `charCodeAt`
  const classes = isPlain ? PLAIN_CLASS : CHAR_CLASS;
  const size = folded.length;
  const { transitions, wordAt, prefixAt, hasPrefixes } = vocabulary;
  const startBase = transitions[START]! >> LABEL_BITS;
  // English runs about six characters a word with its space: room for that, doubled when a paste is denser.
  let capacity = 16 + ((size / 5) | 0);
  let buffer = borrowInt32(capacity * COLUMNS);
  capacity = (buffer.length / COLUMNS) | 0;
  let n = 0;
  let sentence = 0;
  let i = 0;
  // Each character is read once: `code` is always `codes[i]`, carried from the gap into the word and back.
  // `codes` ends with a 0 past the text, which ends any word, so only a gap checks for the end.
  let code = codes[0]!;
  while (i < size) {
    // The token's flags in one number, added to as the word is read: fewer values to carry through its loop.
    let flags: number;
    const next = codes[i + 1]!;
    if (code === 32 && n > 0 && startsWord(classes, next)) {
      // Most gaps are one space between words: the word is joined to the last, and there is nothing else to read.
      code = codes[++i]!;
      flags = JOINED;
    } else {
      // The gap before the word: does it end a sentence, or break a phrase?
      const gapStart = i;
      let newlines = 0;
      let endsSentence = false;
      let breaksPhrase = false;
      let tagMarkAt = -2; // where a '#' or '@' is, if the gap ends with one: none yet (nor before the text, where -1 would be)
      for (; ; code = codes[++i]!) {
        if (code === 32) continue;
        if (startsWord(classes, code)) break;
        if (i >= size) break;
        // . ! ? or a blank line; a full stop with a word straight after it joins ("bsky.social", "£1.2m", "gov.uk").
        if (code === 33 || code === 63 || (code === 10 && ++newlines > 1)) endsSentence = true;
        else if (code === 46 && !isWordChar(classes, codes[i + 1]!)) endsSentence = true;
        else if (code === 59 || code === 124) breaksPhrase = true; // ; |
        else if (code === 35 || code === 64) tagMarkAt = i; // # @
      }
      if (i >= size) break;
      // "Lakeland Outdoor Co. for the free jackets": a company's abbreviation, its stop alone in the gap, before a small letter ends no sentence.
      // (A small letter after a stop is rare, and told in plain text by one comparison: asked before the abbreviation.)
      if (endsSentence && codes[gapStart] === 46 && i - gapStart <= 2 && newlines === 0 && (isPlain ? codes[i]! - 97 >>> 0 < 26 : isLowerAt(original, folded.originAt(i))) && isCompanyAbbreviation(codes, classes, gapStart)) endsSentence = false;
      if (endsSentence && n > 0) sentence++;
      const isJoined = n > 0 && !endsSentence && !breaksPhrase && i - gapStart <= MAX_PHRASE_GAP;
      flags = (isJoined ? JOINED : 0) | (tagMarkAt === i - 1 ? TAG : 0);
    }

    const start = i;
    // Step through the vocabulary's automaton as the word is read: its last state names the word.
    let state = START;
    let stateBase = startBase; // carried from step to step, so a step reads one entry
    let lastLive = START; // once the automaton dies, its last state: its prefix is the word's
    let quoteAt = -1;
    for (; ; code = codes[++i]!) {
      // a–z, most of any text, are classes 0–25 in either table: reckoned rather than looked up.
      let charClass = code - 97;
      if (charClass >>> 0 >= 26) {
        if (code === 32) break; // most words end at a space
        charClass = code < 0x80 ? classes[code]! : OTHER;
        if (charClass === APOSTROPHE) {
          // Only inside a word: "don't", "Kinetica's", not 'quoted' (no word starts with one: the gap takes it).
          if (!isWordChar(classes, codes[i + 1]!)) break;
          quoteAt = i;
        } else if (charClass === NOT_IN_WORD) break;
        // Plain ASCII is read in place: a capital or a backtick is folded when the word is asked for.
        if (code - 65 >>> 0 < 26) flags |= UNFOLDED;
        else if (code === 96) flags |= UNFOLDED | BACKTICK;
      }
      if (state !== DEAD) {
        const to = stateBase + charClass;
        const entry = transitions[to]!;
        if ((entry & LABEL_MASK) === charClass) {
          state = to;
          stateBase = entry >> LABEL_BITS;
        } else {
          lastLive = state;
          state = DEAD;
        }
      }
    }
    // An inner apostrophe (or backtick, in the original) then "s", or "S" in the original: no other code is 0x73 once bit 0x20 is set.
    const isPossessive = i - start > 2 && quoteAt === i - 2 && (codes[i - 1]! | 0x20) === 115;
    if (isPossessive) flags |= POSSESSIVE;
    // Plain ASCII has its capitals in `codes`, and only a word flagged unfolded has any; folded text has none, so the original is asked.
    if (!isPlain) flags |= capitalsInOriginal(folded, start, i);
    else if (flags & UNFOLDED) flags |= capitalsOf(codes, start, i);
    const wordLength = isPossessive ? i - start - 2 : i - start;
    // Possessives match their noun: "Kinetica's" is `kinetica`.
    let prefix = hasPrefixes ? prefixAt[state === DEAD ? lastLive : state]! : -1;
    while (prefix >= 0 && vocabulary.prefixes[prefix]!.length > wordLength) prefix = vocabulary.shorterPrefix[prefix]!;

    if (n === capacity) {
      const larger = borrowInt32(capacity * 2 * COLUMNS);
      const largerCapacity = (larger.length / COLUMNS) | 0;
      for (let column = 0; column < COLUMNS; column++) larger.set(buffer.subarray(column * capacity, (column + 1) * capacity), column * largerCapacity);
      giveBackInt32(buffer);
      buffer = larger;
      capacity = largerCapacity;
    }
    // One index stepped from column to column (each `capacity` entries on): an addition a write, where
    // `capacity * k + n` took a multiplication and two overflow checks (TurboFan code, callgrind). `| 0` makes the addition
    // wrap rather than check for overflow, as the write checks its index anyway (2,100 instructions a 2 KB draft).
    let at = n;
    buffer[at] = start;
    buffer[(at = (at + capacity) | 0)] = i; // ends
    buffer[(at = (at + capacity) | 0)] = flags;
    buffer[(at = (at + capacity) | 0)] = wordAt[isPossessive ? stateAfter(vocabulary, codes, classes, start, i - 2) : state]!; // ids
    buffer[(at = (at + capacity) | 0)] = sentence;
    if (hasPrefixes) buffer[at + capacity * 2] = prefix; // prefixIds, past the zones
    n++;
  }
  buffer.fill(0, capacity * 5, capacity * 5 + n); // every zone `own` (0) until the caller marks them: one native fill, not a write a token
  // No closure over `buffer`, `capacity` or `n`: a captured variable lives in a heap context, and every
  // write of a token would load it from there.
  const columns = columnsOf(buffer, capacity, n, hasPrefixes);
  return new Tokens(folded, n, columns.starts, columns.ends, columns.flags, columns.ids, columns.sentences, columns.zones, columns.prefixIds, vocabulary, buffer);
}

/**
 * The state `vocabulary`'s automaton reaches on `codes` [from, to), as `tokenise` steps it: for a possessive,
 * the state of its noun, stepped again rather than noted at every apostrophe the word loop meets.
 */
function stateAfter(vocabulary: Vocabulary, codes: Uint8Array | Uint16Array, classes: Uint8Array, from: number, to: number): number {
  const { transitions } = vocabulary;
  let state = START;
  for (let k = from; k < to && state !== DEAD; k++) {
    const code = codes[k]!;
    const charClass = code < 0x80 ? classes[code]! : OTHER;
    const next = (transitions[state]! >> LABEL_BITS) + charClass;
    state = (transitions[next]! & LABEL_MASK) === charClass ? next : DEAD;
  }
  return state;
}

/** The first `n` entries of column `k` of a buffer of `capacity`-entry columns. */
const columnOf = (buffer: Int32Array, capacity: number, k: number, n: number): Int32Array =>
  buffer.subarray(capacity * k, capacity * k + n);

/** The column views of a token buffer: `n` entries of each column, as `Tokens` reads them. */
interface Columns {
  buffer: Int32Array;
  n: number;
  starts: Int32Array;
  ends: Int32Array;
  flags: Int32Array;
  ids: Int32Array;
  sentences: Int32Array;
  zones: Int32Array;
  prefixIds: Int32Array | null;
}

/**
 * The views last made of the most recently tokenised buffers. A draft is checked again at every pause in typing, and
 * the pool lends each field the buffer it had last time, most often with as many tokens as before (the subject and
 * attachments always, the body while a word is being changed): its seven views are then the ones made last time, each
 * of which cost about 350 instructions to make (`subarray`, 7,455 instructions a 2 KB check, callgrind). A view covers
 * exactly `n` tokens, as a new one would, so a rule reading past the last token still reads `undefined`. Only buffers
 * of a short text are kept here, so this holds on to no more than a few hundred kilobytes beyond the pool.
 */
const recentColumns: Columns[] = [];
const MAX_RECENT_COLUMNS = 8;
/** Buffers longer than this (about 9,000 tokens) get new views each time: beside the text's other work, a view costs nothing. */
const MAX_CACHED_BUFFER = 1 << 16;

function columnsOf(buffer: Int32Array, capacity: number, n: number, hasPrefixes: boolean): Columns {
  let k = 0;
  while (k < recentColumns.length && recentColumns[k]!.buffer !== buffer) k++;
  const recent = recentColumns[k];
  if (recent !== undefined && recent.n === n && (recent.prefixIds !== null) === hasPrefixes) return recent;
  const columns: Columns = {
    buffer,
    n,
    starts: columnOf(buffer, capacity, 0, n),
    ends: columnOf(buffer, capacity, 1, n),
    flags: columnOf(buffer, capacity, 2, n),
    ids: columnOf(buffer, capacity, 3, n),
    sentences: columnOf(buffer, capacity, 4, n),
    zones: columnOf(buffer, capacity, 5, n),
    prefixIds: hasPrefixes ? columnOf(buffer, capacity, 6, n) : null,
  };
  if (buffer.length > MAX_CACHED_BUFFER) return columns;
  if (recent !== undefined) recentColumns[k] = columns;
  else {
    if (recentColumns.length === MAX_RECENT_COLUMNS) recentColumns.shift();
    recentColumns.push(columns);
  }
  return columns;
}
