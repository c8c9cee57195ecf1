import { CHUNK, ChunkedText } from './chunked-text';
import { borrowInt32, giveBackInt32, scratchBytes, scratchUint16 } from './pool';

/**
 * Folds text for matching while remembering where each folded character came from:
 * lower case, accents stripped, look-alike letters (Cyrillic, Greek, full-width) mapped
 * to Latin, typographic quotes and dashes made plain, zero-width characters dropped.
 * One pass, linear in the text.
 */

/** Cyrillic and Greek letters that render like Latin ones, as used to dodge filters. */
const LOOKALIKES: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x',
  і: 'i', ї: 'i', ј: 'j', ѕ: 's', һ: 'h', ԁ: 'd', ԛ: 'q', ԝ: 'w', ӏ: 'l',
  α: 'a', β: 'b', ε: 'e', η: 'n', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', ϲ: 'c',
};

const PUNCTUATION: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'", '`': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u2033': '"', '\u00ab': '"', '\u00bb': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u00a0': ' ', '\u2007': ' ', '\u202f': ' ', '\u2028': '\n', '\u2029': '\n', '\r': ' ', '\t': ' ',
};

/** Zero-width and formatting characters that split words invisibly. */
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/;
const COMBINING = /[\u0300-\u036f]/g;

/** Text folded for matching, with a map back to offsets in the original. */
export class Folded {
  /** The folded text as one string, made when first asked for where it is not one already (see `text`). */
  private joined: string | null;

  constructor(
    /**
     * The folded text, in pieces when long (see `ChunkedText`); null when the original is plain ASCII
     * (folded on demand: see `text`).
     */
    private readonly folded: string | ChunkedText | null,
    /** The original text. */
    readonly original: string,
    /** For each folded character, the offset of the original character it came from; null when every character stays put (plain ASCII). */
    private readonly origin: Int32Array | null,
    /** The pooled buffer `origin` is a view of. */
    private readonly buffer: Int32Array | null = null,
  ) {
    this.joined = typeof folded === 'string' ? folded : null;
  }

  /**
   * The folded text as one string. The engine reads plain ASCII in place (see `keepsOffsets` and
   * `Tokens`) and a long folded text through `source`, so this is made only when asked for: a string
   * of over 128 KB is a large object to V8, and making one (as lower-casing a 1 MB paste does) took
   * about 4 ms here, a quarter of checking it.
   */
  get text(): string {
    return (this.joined ??= this.folded === null ? foldAscii(this.original) : String(this.folded));
  }

  /** The folded text as `Tokens` reads it: a string, or a long one in pieces; null for plain ASCII, read in place from `original`. */
  get source(): string | ChunkedText | null {
    return this.folded;
  }

  /** How many characters the folded text has (the original's count for plain ASCII). */
  get length(): number {
    return this.origin === null ? this.original.length : this.origin.length;
  }

  /** Hands the offset map back for reuse (see `pool.ts`). Nothing may read the map after. */
  release(): void {
    if (this.buffer !== null) giveBackInt32(this.buffer);
  }

  /**
   * Does every folded character sit at its original offset, differing at most in case or as a
   * tab, carriage return or backtick (plain ASCII)? Then the original can be read in place of the folded text.
   */
  get keepsOffsets(): boolean {
    return this.origin === null;
  }

  /** The offset of the original character folded character `i` came from. */
  originAt(i: number): number {
    return this.origin === null ? i : this.origin[i]!;
  }
}

/** Folded forms of the non-ASCII characters met so far: a paste repeats the same few thousands of times. */
const folds = new Map<string, string>();

function foldChar(char: string): string {
  let folded = folds.get(char);
  if (folded === undefined) {
    folded = foldCharUncached(char);
    if (folds.size < 10_000) folds.set(char, folded);
  }
  return folded;
}

function foldCharUncached(char: string): string {
  const punctuation = PUNCTUATION[char];
  if (punctuation !== undefined) return punctuation;
  if (INVISIBLE.test(char)) return '';
  const code = char.codePointAt(0)!;
  if (code < 0x80) return char.toLowerCase();
  const lower = char.toLowerCase();
  const lookalike = LOOKALIKES[lower];
  if (lookalike) return lookalike;
  // NFKD splits accents off and maps full-width and ligature forms to plain letters.
  return lower.normalize('NFKD').replace(COMBINING, '').toLowerCase();
}

// eslint-disable-next-line no-control-regex -- the whole ASCII range, control characters included
const NON_ASCII = /[^\x00-\x7f]/g;

/** The folded code of each ASCII character: lower case, tabs and carriage returns as spaces, backticks as apostrophes. */
export const ASCII_FOLD = Uint16Array.from({ length: 128 }, (_, code) =>
  code >= 65 && code <= 90 ? code + 32 : code === 9 || code === 13 ? 32 : code === 96 ? 39 : code,
);

/** The ASCII characters `ASCII_FOLD` changes other than by lower-casing: tab, carriage return, backtick. */
const ASCII_SPECIAL = /[\t\r`]/g;

/** Folds a run of ASCII: lower-cased the native way, then the few other characters by `ASCII_FOLD`. */
export const foldAscii = (run: string): string => {
  const lower = run.toLowerCase();
  // Three native searches cost less than one regular-expression scan, and most drafts have none of the three.
  const hasSpecial = lower.includes('\t') || lower.includes('\r') || lower.includes('`');
  return hasSpecial ? lower.replace(ASCII_SPECIAL, (char) => String.fromCharCode(ASCII_FOLD[char.charCodeAt(0)]!)) : lower;
};

const utf8 = new TextEncoder();

/**
 * Is the text plain ASCII? Encoded into at least as many bytes as it has characters, it is read
 * whole into exactly that many only if every character takes one byte (any other takes two or
 * more); the native encoder does this about ten times as fast as a regular expression looks for
 * a non-ASCII character.
 */
function isAscii(text: string): boolean {
  const bytes = scratchBytes(text.length + 1); // and a byte for the end (see `codeUnitsOf`)
  encoded = null;
  if (bytes === null) {
    NON_ASCII.lastIndex = 0;
    return !NON_ASCII.test(text);
  }
  const { read, written } = utf8.encodeInto(text, bytes);
  if (read !== text.length || written !== text.length) return false;
  bytes[text.length] = 0;
  encoded = text;
  encodedBytes = bytes;
  return true;
}

/**
 * The plain-ASCII text whose bytes the scratch buffer holds, as `isAscii` left them: `tokenise` asks
 * `codeUnitsOf` for the bytes of the text just folded, and gets these without encoding it again (a
 * call into Node that reads the whole text). Only this module writes the scratch buffer, and every
 * write goes through `isAscii` or `codeUnitsOf`.
 */
let encoded: string | null = null;
let encodedBytes: Uint8Array = new Uint8Array(0);

/**
 * The code units of `text` and then a 0, at the start of a scratch buffer valid until the next call: bytes when the
 * text is plain ASCII, as folded text nearly always is. A loop over every character reads a typed array
 * for about half the instructions `charCodeAt` takes, which must first ask how V8 stores the string.
 * The 0 past the end is a sentinel: no word goes on over it, so a loop through a word need not also
 * check for the end of the text at every character.
 */
export function codeUnitsOf(text: string | ChunkedText): Uint8Array | Uint16Array {
  if (typeof text !== 'string') return codeUnitsOfChunks(text);
  if (text === encoded) {
    encoded = null; // handed out once: nothing keeps the text alive after
    return encodedBytes;
  }
  const bytes = scratchBytes(text.length + 1);
  encoded = null;
  if (bytes !== null) {
    const { read, written } = utf8.encodeInto(text, bytes);
    if (read === text.length && written === text.length) {
      bytes[text.length] = 0;
      return bytes;
    }
  }
  const units = scratchUint16(text.length + 1);
  for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
  units[text.length] = 0;
  return units;
}

/** `codeUnitsOf` a text in pieces: each piece encoded in turn, or all read a character at a time if any is not plain ASCII. */
function codeUnitsOfChunks(text: ChunkedText): Uint8Array | Uint16Array {
  const { chunks, length } = text;
  const bytes = scratchBytes(length + 1);
  encoded = null;
  let at = 0;
  for (let k = 0; bytes !== null && k < chunks.length; k++) {
    const chunk = chunks[k]!;
    const { read, written } = utf8.encodeInto(chunk, bytes.subarray(at));
    if (read !== chunk.length || written !== chunk.length) break;
    at += written;
  }
  if (bytes !== null && at === length) {
    bytes[length] = 0;
    return bytes;
  }
  const units = scratchUint16(length + 1);
  at = 0;
  for (const chunk of chunks) for (let k = 0; k < chunk.length; k++) units[at++] = chunk.charCodeAt(k);
  units[length] = 0;
  return units;
}

/** Turns UTF-16 code units back into a string natively (a lone surrogate becomes U+FFFD: still a letter to the tokeniser, at the same offset). */
const utf16 = new TextDecoder('utf-16le');
const decodeUtf16 = (units: Uint16Array): string => utf16.decode(units);

/**
 * Folds `original` for matching. Plain ASCII (most drafts) is lower-cased natively and keeps
 * its offsets; other text goes a character at a time, with a map back. Linear in the text.
 * @example
 * fold('OFFICIAL\u2011SENSITIVE').text // 'official-sensitive'
 */
export function fold(original: string): Folded {
  if (isAscii(original)) return new Folded(null, original, null);
  const size = original.length;
  let capacity = size + 16;
  let codes = scratchUint16(capacity);
  let origin = borrowInt32(capacity);
  capacity = Math.min(codes.length, origin.length);
  let length = 0;
  const ensure = (needed: number) => {
    if (needed <= capacity) return;
    // Some characters fold to several ("ﬁ" to "fi"): grow as needed.
    capacity = Math.max(capacity * 2, needed);
    const larger = borrowInt32(capacity);
    larger.set(origin.subarray(0, length));
    giveBackInt32(origin);
    origin = larger;
    const kept = codes.slice(0, length);
    codes = scratchUint16(capacity);
    codes.set(kept);
    capacity = Math.min(codes.length, origin.length);
  };
  for (let i = 0; i < size; i++) {
    const code = original.charCodeAt(i);
    if (code < 0x80) {
      if (length === capacity) ensure(length + 1);
      codes[length] = ASCII_FOLD[code]!;
      origin[length++] = i;
      continue;
    }
    const next = code >= 0xd800 && code <= 0xdbff ? original.charCodeAt(i + 1) : 0;
    const isPair = next >= 0xdc00 && next <= 0xdfff; // a high surrogate alone is one character, not the first half of "a\ud800b"'s pair
    const folded = foldChar(isPair ? original.slice(i, i + 2) : original[i]!);
    ensure(length + folded.length);
    for (let k = 0; k < folded.length; k++) {
      codes[length] = folded.charCodeAt(k);
      origin[length++] = i;
    }
    if (isPair) i++;
  }
  // A long folded text is kept in pieces, none of them a large object to V8 (see `ChunkedText`).
  const text = length > CHUNK ? ChunkedText.of(codes, length, decodeUtf16) : decodeUtf16(codes.subarray(0, length));
  return new Folded(text, original, origin.subarray(0, length), origin);
}

/** Maps a [start, end) span of folded text back to the original text. */
export function toOriginal(folded: Folded, start: number, end: number): [number, number] {
  return [originalStart(folded, start), originalEnd(folded, start, end)];
}

/** Where the folded span starting at `start` begins in the original text. */
export function originalStart(folded: Folded, start: number): number {
  if (folded.length === 0) return 0;
  return folded.originAt(Math.min(start, folded.length - 1));
}

/** Where the folded span [start, end) ends in the original text (after the whole last character). */
export function originalEnd(folded: Folded, start: number, end: number): number {
  if (folded.length === 0) return 0;
  const last = folded.originAt(Math.max(start, Math.min(end, folded.length) - 1));
  return last + (folded.original.codePointAt(last)! > 0xffff ? 2 : 1);
}
