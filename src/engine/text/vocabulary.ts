/**
 * The words of a lexicon, numbered, compiled into a character automaton the tokeniser steps
 * through as it reads each word: when the word ends, its state says which vocabulary word
 * it is (if any), so a word is matched without being cut out of the text or hashed.
 * Words ending in `*` in a phrase are prefixes: a token matches every prefix it starts with.
 */

/** Character classes: a–z are 0–25, 0–9 are 26–35, the apostrophe 36, anything else that can sit in a word 37. */
export const CLASSES = 38;
export const APOSTROPHE = 36;
/** The class of a character above ASCII: part of a word, in no vocabulary word. */
export const OTHER = 37;
/** The class of characters that end a word (spaces, punctuation). */
export const NOT_IN_WORD = 255;
/** The class of each ASCII code. */
export const CHAR_CLASS = Uint8Array.from({ length: 128 }, (_, code) =>
  code >= 97 && code <= 122 ? code - 97 : code >= 48 && code <= 57 ? code - 48 + 26 : code === 39 ? APOSTROPHE : NOT_IN_WORD,
);

/** `check` of a free slot in a two-byte automaton: no state has this number. */
const NO_PARENT_16 = 0xffff;

/** State 0 is dead (no vocabulary word continues this way); state 1 is the start. */
export const DEAD = 0;
export const START = 1;

/** Prefixes longer than this are not allowed. */
export const MAX_PREFIX_LENGTH = 30;

const classOf = (char: string): number => {
  const code = char.charCodeAt(0);
  return code < 128 ? CHAR_CLASS[code]! : OTHER;
};

export class Vocabulary {
  /** Whole words by id. */
  readonly words: string[] = [];
  /** Prefixes (without the `*`) by id. */
  readonly prefixes: string[] = [];
  /** For each prefix, the id of the longest other prefix it starts with ("journ" for "journalist"), or -1. */
  shorterPrefix: Int32Array = new Int32Array(0);
  /**
   * The automaton as a double array (compact, so it stays in the processor's cache): from
   * `state` on character class `c`, the next state is `base[state] + c` if `check` of that
   * is `state`, else `DEAD`.
   */
  base: Uint16Array | Int32Array = new Uint16Array(2);
  /** The parent state of each slot, or `NO_PARENT` for a free one. */
  check: Uint16Array | Int32Array = new Uint16Array(CLASSES + 2).fill(NO_PARENT_16);
  /** The word id a state spells, or -1. */
  wordAt: Int32Array = new Int32Array(2).fill(-1);
  /**
   * The longest prefix on the way to a state: the id of the prefix the state spells, else its
   * nearest ancestor's, or -1. The tokeniser reads it once a word, at its last live state.
   */
  prefixAt: Int32Array = new Int32Array(2).fill(-1);
  /** Does any prefix exist? (The tokeniser skips prefix tracking when not.) */
  hasPrefixes = false;
  private readonly wordIds = new Map<string, number>();
  private readonly prefixIds = new Map<string, number>();
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

  /** The ids of those of `words` that are vocabulary words, so a rule can test tokens by id, making no strings. */
  idsOf(words: Iterable<string>): Set<number> {
    const ids = new Set<number>();
    for (const word of words) {
      const id = this.wordIds.get(word);
      if (id !== undefined) ids.add(id);
    }
    return ids;
  }

  /**
   * The id of the tokens that read as `word`, or -1: `word` stepped through the automaton as
   * `tokenise` steps a word's characters, so a token has this id exactly when its word is `word`.
   * (Unlike `idsOf`, a word the tokeniser can never read whole, such as "e-mail", has none.)
   */
  idOf(word: string): number {
    let state = START;
    for (let k = 0; k < word.length && state !== DEAD; k++) {
      const code = word.charCodeAt(k);
      const charClass = code < 0x80 ? CHAR_CLASS[code]! : OTHER;
      if (charClass === NOT_IN_WORD) return -1;
      const to = this.base[state]! + charClass;
      state = this.check[to] === state ? to : DEAD;
    }
    return this.wordAt[state]!;
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

  /** Builds the automaton; no words can be added after. */
  seal(): void {
    this.isSealed = true;
    // A trie over characters, as rows of the transition table.
    const rows: number[][] = [new Array<number>(CLASSES).fill(DEAD), new Array<number>(CLASSES).fill(DEAD)];
    const words: number[] = [-1, -1];
    const prefixes: number[] = [-1, -1];
    const stateOf = (text: string): number => {
      let state = START;
      for (const char of text) {
        const charClass = classOf(char);
        if (charClass === NOT_IN_WORD || charClass === OTHER) return DEAD; // never read as one word
        let next = rows[state]![charClass]!;
        if (next === DEAD) {
          next = rows.push(new Array<number>(CLASSES).fill(DEAD)) - 1;
          words.push(-1);
          prefixes.push(-1);
          rows[state]![charClass] = next;
        }
        state = next;
      }
      return state;
    };
    this.words.forEach((word, id) => {
      const state = stateOf(word);
      if (state !== DEAD) words[state] = id;
    });
    this.prefixes.forEach((prefix, id) => {
      const state = stateOf(prefix);
      if (state !== DEAD) prefixes[state] = id;
    });
    this.layOut(rows, words, prefixes);
    this.hasPrefixes = this.prefixes.length > 0;
    this.shorterPrefix = Int32Array.from(this.prefixes, (prefix) => {
      let best = -1;
      for (let length = prefix.length - 1; length > 0 && best < 0; length--) best = this.prefixIds.get(prefix.slice(0, length)) ?? -1;
      return best;
    });
  }

  /**
   * Places the trie's states in the double array: each state's children go at `base + class`
   * for the smallest base whose slots are all free. States keep their meaning, not their number.
   */
  private layOut(rows: readonly number[][], words: readonly number[], prefixes: readonly number[]): void {
    let size = Math.max(64, rows.length * 2 + CLASSES);
    let base = new Int32Array(size);
    let check = new Int32Array(size).fill(-1);
    const grow = (needed: number) => {
      if (needed < size) return;
      const larger = Math.max(needed + CLASSES, size * 2);
      const nextBase = new Int32Array(larger);
      nextBase.set(base);
      const nextCheck = new Int32Array(larger).fill(-1);
      nextCheck.set(check);
      base = nextBase;
      check = nextCheck;
      size = larger;
    };
    const placeOf = new Int32Array(rows.length); // trie state → index in the double array
    placeOf[START] = START;
    check[DEAD] = -2; // reserved
    check[START] = -2;
    const wordAt: number[] = [];
    const prefixAt: number[] = [];
    let firstFree = 2;
    const queue = [START];
    for (let q = 0; q < queue.length; q++) {
      const state = queue[q]!;
      const at = placeOf[state]!;
      wordAt[at] = words[state]!;
      // Breadth first, so the parent's entry is already in place.
      prefixAt[at] = prefixes[state]! >= 0 || at === START ? prefixes[state]! : prefixAt[check[at]!]!;
      const classes: number[] = [];
      rows[state]!.forEach((child, charClass) => {
        if (child !== DEAD) classes.push(charClass);
      });
      if (classes.length === 0) continue;
      while (check[firstFree] !== -1) grow(++firstFree + 1);
      let b = Math.max(1, firstFree - classes[0]!);
      for (;;) {
        grow(b + CLASSES + 1);
        if (classes.every((charClass) => check[b + charClass] === -1)) break;
        b++;
      }
      base[at] = b;
      for (const charClass of classes) {
        const child = rows[state]![charClass]!;
        check[b + charClass] = at;
        placeOf[child] = b + charClass;
        queue.push(child);
      }
    }
    const used = Math.max(...placeOf) + CLASSES + 1;
    grow(used);
    // Two bytes a slot while the automaton has fewer than 65,535 states (the built-in lexicons have about
    // 4,600): base and check then take 18 KB, inside the processor's 32 KB first-level cache, where
    // four bytes a slot took 37 KB and the tokeniser ran about 20% slower (measured, 100 KB drafts).
    const isSmall = used < NO_PARENT_16;
    const noParent = isSmall ? NO_PARENT_16 : -1;
    this.base = isSmall ? Uint16Array.from(base.subarray(0, used)) : base.slice(0, used);
    this.check = (isSmall ? new Uint16Array(used) : new Int32Array(used)).map((_, i) => (check[i]! < 0 ? noParent : check[i]!));
    this.wordAt = Int32Array.from({ length: used }, (_, i) => wordAt[i] ?? -1);
    this.prefixAt = Int32Array.from({ length: used }, (_, i) => prefixAt[i] ?? -1);
  }

  private assertOpen(): void {
    if (this.isSealed) throw new Error('The vocabulary is sealed: compile the lexicon again to add words');
  }
}

/** An empty, sealed vocabulary: tokens read with it carry no word ids. */
export const NO_VOCABULARY = new Vocabulary();
NO_VOCABULARY.seal();
