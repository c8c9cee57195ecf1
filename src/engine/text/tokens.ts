import type { Folded } from './normalise';

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

const isWordChar = (code: number): boolean =>
  (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code > 0x7f;

/**
 * Splits folded text into tokens in one pass.
 * @example
 * tokenise(fold("Don't send")).map((t) => t.text) // ["don't", 'send']
 */
export function tokenise(folded: Folded): Token[] {
  const { text, origin, original } = folded;
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    if (!isWordChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < text.length) {
      const code = text.charCodeAt(i);
      if (isWordChar(code)) i++;
      else if (code === 39 && i + 1 < text.length && isWordChar(text.charCodeAt(i + 1)) && i > start) i++;
      else break;
    }
    const word = text.slice(start, i);
    const firstCode = original.charCodeAt(origin[start]!);
    const isCapitalised = (firstCode >= 65 && firstCode <= 90) || (firstCode > 0x7f && original[origin[start]!] !== original[origin[start]!]!.toLowerCase());
    let hasLower = !isCapitalised;
    for (let k = origin[start]! + 1, last = origin[i - 1]!; k <= last && !hasLower; k++) {
      const c = original.charCodeAt(k);
      hasLower = (c >= 97 && c <= 122) || (c > 0x7f && original[k] !== original[k]!.toUpperCase());
    }
    const isPossessive = word.length > 2 && word.charCodeAt(word.length - 2) === 39 && word.endsWith("'s");
    const before = start > 0 ? text.charCodeAt(start - 1) : 0;
    tokens.push({
      // Possessives match their noun: "Kinetica's" is `kinetica`.
      text: isPossessive ? word.slice(0, -2) : word,
      start,
      end: i,
      isCapitalised,
      isUpper: isCapitalised && !hasLower && i - start > 1,
      isPossessive,
      isTag: before === 35 || before === 64, // '#' or '@'
    });
  }
  return tokens;
}

/** Does the gap between two tokens stay within one phrase (no sentence end, no blank line)? */
export function isPhraseGap(text: string, from: number, to: number): boolean {
  if (to - from > 12) return false;
  let newlines = 0;
  for (let i = from; i < to; i++) {
    const char = text[i];
    if (char === '.' || char === '!' || char === '?' || char === ';' || char === '|') return false;
    if (char === '\n' && ++newlines > 1) return false;
  }
  return true;
}
