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
export interface Folded {
  /** The folded text. */
  text: string;
  /** For each folded character, the offset of the original character it came from. */
  origin: Int32Array;
  /** The original text. */
  original: string;
}

function foldChar(char: string): string {
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

/**
 * Folds `original` for matching.
 * @example
 * fold('OFFICIAL\u2011SENSITIVE').text // 'official-sensitive'
 */
export function fold(original: string): Folded {
  const out: string[] = [];
  const origin: number[] = [];
  let i = 0;
  for (const char of original) {
    const folded = foldChar(char);
    for (const piece of folded) {
      out.push(piece);
      origin.push(i);
    }
    i += char.length;
  }
  return { text: out.join(''), origin: Int32Array.from(origin), original };
}

/** Maps a [start, end) span of folded text back to the original text. */
export function toOriginal(folded: Folded, start: number, end: number): [number, number] {
  if (folded.origin.length === 0) return [0, 0];
  const from = folded.origin[Math.min(start, folded.origin.length - 1)]!;
  const lastIndex = Math.max(start, Math.min(end, folded.origin.length) - 1);
  const last = folded.origin[lastIndex]!;
  const lastChar = folded.original.codePointAt(last)!;
  return [from, last + (lastChar > 0xffff ? 2 : 1)];
}
