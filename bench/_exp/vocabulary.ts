/**
 * The words of a lexicon, numbered, with hash tables the tokeniser probes as it reads each
 * word, so a word is matched by number without ever being cut out of the text as a string.
 * Words ending in `*` in a phrase are prefixes: a token matches every prefix it starts with.
 */

/** FNV-1a over UTF-16 code units: the tokeniser advances it a character at a time. */
export const HASH_SEED = 0x811c9dc5;
export const hashStep = (hash: number, code: number): number => Math.imul(hash ^ code, 0x01000193);

function hashOf(word: string): number {
  let hash = HASH_SEED;
  for (let i = 0; i < word.length; i++) hash = hashStep(hash, word.charCodeAt(i));
  return hash;
}

/** Prefixes longer than this are not allowed (the tokeniser keeps their lengths in a 32-bit mask). */
export const MAX_PREFIX_LENGTH = 30;

/** An open-addressing table from hash to `id + 1` (0 is empty). */
function buildTable(words: readonly string[]): Int32Array {
  let size = 16;
  while (size < words.length * 2) size *= 2;
  const table = new Int32Array(size);
  words.forEach((word, id) => {
    let slot = hashOf(word) & (size - 1);
    while (table[slot] !== 0) slot = (slot + 1) & (size - 1);
    table[slot] = id + 1;
  });
  return table;
}

function probe(table: Int32Array, words: readonly string[], text: string, start: number, length: number, hash: number): number {
  const mask = table.length - 1;
  for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
    const entry = table[slot]!;
    if (entry === 0) return -1;
    const word = words[entry - 1]!;
    if (word.length !== length) continue;
    let k = 0;
    while (k < length && word.charCodeAt(k) === text.charCodeAt(start + k)) k++;
    if (k === length) return entry - 1;
  }
}

export class Vocabulary {
  /** Whole words by id. */
  readonly words: string[] = [];
  /** Prefixes (without the `*`) by id. */
  readonly prefixes: string[] = [];
  /** For each prefix, the id of the longest other prefix it starts with ("journ" for "journalist"), or -1. */
  shorterPrefix: Int32Array = new Int32Array(0);
  /** Bit n is set when some prefix is n characters long. */
  prefixLengths = 0;
  private readonly wordIds = new Map<string, number>();
  private readonly prefixIds = new Map<string, number>();
  private wordTable: Int32Array = new Int32Array(1);
  private prefixTable: Int32Array = new Int32Array(1);
  private isSealed = false;

  /** The id of `word`, adding it if new. */
  addWord(word: string): number {
    this.assertOpen();
    let id = this.wordIds.get(word);
    if (id === undefined) {
      id = this.words.push(word) - 1;
      this.wordIds.set(word, id);
    }
    return id;
  }

  /** The id of `prefix` (written without its `*`), adding it if new. */
  addPrefix(prefix: string): number {
    this.assertOpen();
    if (prefix.length === 0 || prefix.length > MAX_PREFIX_LENGTH) throw new Error(`A prefix must be 1 to ${MAX_PREFIX_LENGTH} characters: "${prefix}*"`);
    let id = this.prefixIds.get(prefix);
    if (id === undefined) {
      id = this.prefixes.push(prefix) - 1;
      this.prefixIds.set(prefix, id);
    }
    return id;
  }

  /** Builds the look-up tables; no words can be added after. */
  seal(): void {
    this.isSealed = true;
    this.wordTable = buildTable(this.words);
    this.prefixTable = buildTable(this.prefixes);
    this.prefixLengths = 0;
    for (const prefix of this.prefixes) this.prefixLengths |= 1 << prefix.length;
    this.shorterPrefix = Int32Array.from(this.prefixes, (prefix) => {
      let best = -1;
      for (let length = prefix.length - 1; length > 0 && best < 0; length--) best = this.prefixIds.get(prefix.slice(0, length)) ?? -1;
      return best;
    });
  }

  /** The id of the word text[start, start + length) whose hash is `hash`, or -1. */
  findWord(text: string, start: number, length: number, hash: number): number {
    return probe(this.wordTable, this.words, text, start, length, hash);
  }

  /** The id of the prefix text[start, start + length) whose hash is `hash`, or -1. */
  findPrefix(text: string, start: number, length: number, hash: number): number {
    return probe(this.prefixTable, this.prefixes, text, start, length, hash);
  }

  /** The id of `word` if known (for callers holding a string), or -1. */
  idOf(word: string): number {
    return this.wordIds.get(word) ?? -1;
  }

  private assertOpen(): void {
    if (this.isSealed) throw new Error('The vocabulary is sealed: compile the lexicon again to add words');
  }
}

/** An empty, sealed vocabulary: tokens read with it carry no word ids. */
export const NO_VOCABULARY = new Vocabulary();
NO_VOCABULARY.seal();
