import type { Folded } from './normalise';
import { HASH_SEED, NO_VOCABULARY, hashStep, type Vocabulary } from './vocabulary';

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
export const TokenFlag = { capitalised: 1, upper: 2, possessive: 4, tag: 8 } as const;

/**
 * The tokens of a folded text, in typed arrays rather than an object per word: a 1 MB paste
 * has ~170k words, and objects for each would cost more in garbage collection than the
 * matching itself. Strings are cut out only when a rule asks for a word.
 */
export class Tokens {
  constructor(
    /** The folded text the offsets point into. */
    readonly text: string,
    readonly length: number,
    readonly starts: Int32Array,
    readonly ends: Int32Array,
    readonly flags: Uint8Array,
    /** Word id in `vocabulary`, or -1. */
    readonly ids: Int32Array,
    /** Id of the longest vocabulary prefix the word starts with, or -1 (follow `vocabulary.shorterPrefix` for the rest). */
    readonly prefixIds: Int32Array,
    readonly vocabulary: Vocabulary,
  ) {}

  /** Where the word ends, without a possessive "'s". */
  private wordEnd(i: number): number {
    return this.flags[i]! & TokenFlag.possessive ? this.ends[i]! - 2 : this.ends[i]!;
  }

  /** The folded word, e.g. `kinetica` for "Kinetica's". */
  word(i: number): string {
    return this.text.slice(this.starts[i], this.wordEnd(i));
  }

  /** Is token `i` the folded word `word`? (No string is made.) */
  is(i: number, word: string): boolean {
    if (i < 0 || i >= this.length) return false;
    const start = this.starts[i]!;
    return this.wordEnd(i) - start === word.length && this.text.startsWith(word, start);
  }

  /** Is token `i` among `words`? */
  isOneOf(i: number, words: ReadonlySet<string>): boolean {
    return i >= 0 && i < this.length && words.has(this.word(i));
  }

  has(i: number, flag: number): boolean {
    return i >= 0 && i < this.length && (this.flags[i]! & flag) !== 0;
  }

  /** Token `i` as an object, or undefined past either end. */
  at(i: number): Token | undefined {
    if (i < 0 || i >= this.length) return undefined;
    const flags = this.flags[i]!;
    return {
      text: this.word(i),
      start: this.starts[i]!,
      end: this.ends[i]!,
      isCapitalised: (flags & TokenFlag.capitalised) !== 0,
      isUpper: (flags & TokenFlag.upper) !== 0,
      isPossessive: (flags & TokenFlag.possessive) !== 0,
      isTag: (flags & TokenFlag.tag) !== 0,
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

const isWordChar = (code: number): boolean =>
  (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code > 0x7f;

const isUpperAt = (original: string, k: number): boolean => {
  const code = original.charCodeAt(k);
  return (code >= 65 && code <= 90) || (code > 0x7f && original[k] !== original[k]!.toLowerCase());
};

const isLowerAt = (original: string, k: number): boolean => {
  const code = original.charCodeAt(k);
  return (code >= 97 && code <= 122) || (code > 0x7f && original[k] !== original[k]!.toUpperCase());
};

/**
 * Splits folded text into tokens in one pass, numbering each word by `vocabulary` as it
 * goes (a running hash, one table probe per word: no string per word).
 * @example
 * const tokens = tokenise(fold("Don't send"));
 * tokens.word(0) // "don't"
 */
export function tokenise(folded: Folded, vocabulary: Vocabulary = NO_VOCABULARY): Tokens {
  const { text, origin, original } = folded;
  const size = text.length;
  const prefixLengths = vocabulary.prefixLengths;
  let capacity = Math.max(16, size >> 3);
  let starts = new Int32Array(capacity);
  let ends = new Int32Array(capacity);
  let flags = new Uint8Array(capacity);
  let ids = new Int32Array(capacity);
  let prefixIds = new Int32Array(capacity);
  let n = 0;
  let i = 0;
  while (i < size) {
    if (!isWordChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let hash = HASH_SEED;
    let hashBeforeQuote = HASH_SEED;
    let prefix = -1;
    while (i < size) {
      const code = text.charCodeAt(i);
      if (code === 39) {
        if (i === start || i + 1 >= size || !isWordChar(text.charCodeAt(i + 1))) break;
        hashBeforeQuote = hash;
      } else if (!isWordChar(code)) break;
      hash = hashStep(hash, code);
      i++;
      const length = i - start;
      if (length <= 30 && (prefixLengths >>> length) & 1) {
        const found = vocabulary.findPrefix(text, start, length, hash);
        if (found >= 0) prefix = found;
      }
    }
    const isPossessive = i - start > 2 && text.charCodeAt(i - 2) === 39 && text.charCodeAt(i - 1) === 115;
    const wordLength = isPossessive ? i - start - 2 : i - start;
    // Possessives match their noun: "Kinetica's" is `kinetica`.
    while (prefix >= 0 && vocabulary.prefixes[prefix]!.length > wordLength) prefix = vocabulary.shorterPrefix[prefix]!;
    const first = origin[start]!;
    const isCapitalised = isUpperAt(original, first);
    let hasLower = !isCapitalised;
    for (let k = first + 1, last = origin[i - 1]!; k <= last && !hasLower; k++) hasLower = isLowerAt(original, k);
    const before = start > 0 ? text.charCodeAt(start - 1) : 0;

    if (n === capacity) {
      capacity *= 2;
      starts = grow(starts, capacity);
      ends = grow(ends, capacity);
      flags = grow(flags, capacity);
      ids = grow(ids, capacity);
      prefixIds = grow(prefixIds, capacity);
    }
    starts[n] = start;
    ends[n] = i;
    flags[n] =
      (isCapitalised ? TokenFlag.capitalised : 0) |
      (isCapitalised && !hasLower && i - start > 1 ? TokenFlag.upper : 0) |
      (isPossessive ? TokenFlag.possessive : 0) |
      (before === 35 || before === 64 ? TokenFlag.tag : 0); // '#' or '@'
    ids[n] = vocabulary.findWord(text, start, wordLength, isPossessive ? hashBeforeQuote : hash);
    prefixIds[n] = prefix;
    n++;
  }
  return new Tokens(text, n, starts.subarray(0, n), ends.subarray(0, n), flags.subarray(0, n), ids.subarray(0, n), prefixIds.subarray(0, n), vocabulary);
}

function grow<T extends Int32Array | Uint8Array>(array: T, capacity: number): T {
  const larger = new (array.constructor as new (length: number) => T)(capacity);
  larger.set(array);
  return larger;
}

/** Does the gap between two tokens stay within one phrase (no sentence end, no blank line)? */
export function isPhraseGap(text: string, from: number, to: number): boolean {
  if (to - from > 12) return false;
  let newlines = 0;
  for (let i = from; i < to; i++) {
    const char = text.charCodeAt(i);
    // . ! ? ; |
    if (char === 46 || char === 33 || char === 63 || char === 59 || char === 124) return false;
    if (char === 10 && ++newlines > 1) return false;
  }
  return true;
}
