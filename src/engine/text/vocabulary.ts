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

/** The low bits of a `transitions` entry: the class of the edge into the slot. The bits above hold the slot's base. */
export const LABEL_BITS = 6;
export const LABEL_MASK = (1 << LABEL_BITS) - 1;
/** The label of a slot no edge leads into. */
const NO_LABEL = LABEL_MASK;

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
   * The automaton as a double array, both halves packed into one entry a slot (compact, so it stays in the
   * processor's cache, and one read a character): entry `t` holds the base of state `t` (`entry >> LABEL_BITS`)
   * and the class of the edge into `t` (`entry & LABEL_MASK`). From `state` on character class `c`, the next
   * state is `base(state) + c` if that slot's label is `c`, else `DEAD`. No two states share a base, so the label
   * tells the parent as surely as a `check` array would.
   */
  transitions: Int32Array = new Int32Array(CLASSES + 2).fill(NO_LABEL);
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
      const to = (this.transitions[state]! >> LABEL_BITS) + charClass;
      state = (this.transitions[to]! & LABEL_MASK) === charClass ? to : DEAD;
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
   * for the smallest base no other state has whose slots are all free. States keep their meaning, not their number.
   */
  private layOut(rows: readonly number[][], words: readonly number[], prefixes: readonly number[]): void {
    let size = Math.max(64, rows.length * 2 + CLASSES);
    let base = new Int32Array(size).fill(-1); // -1: no children (yet)
    let label = new Int32Array(size).fill(-1); // -1: free
    const grow = (needed: number) => {
      if (needed < size) return;
      const larger = Math.max(needed + CLASSES, size * 2);
      const nextBase = new Int32Array(larger).fill(-1);
      nextBase.set(base);
      const nextLabel = new Int32Array(larger).fill(-1);
      nextLabel.set(label);
      base = nextBase;
      label = nextLabel;
      size = larger;
    };
    const placeOf = new Int32Array(rows.length); // trie state → index in the double array
    placeOf[START] = START;
    label[DEAD] = NO_LABEL; // reserved
    label[START] = NO_LABEL;
    const isBase = new Set<number>();
    const parentAt: number[] = [];
    const wordAt: number[] = [];
    const prefixAt: number[] = [];
    let firstFree = 2;
    const queue = [START];
    for (let q = 0; q < queue.length; q++) {
      const state = queue[q]!;
      const at = placeOf[state]!;
      wordAt[at] = words[state]!;
      // Breadth first, so the parent's entry is already in place.
      prefixAt[at] = prefixes[state]! >= 0 || at === START ? prefixes[state]! : prefixAt[parentAt[at]!]!;
      const classes: number[] = [];
      rows[state]!.forEach((child, charClass) => {
        if (child !== DEAD) classes.push(charClass);
      });
      if (classes.length === 0) continue;
      while (label[firstFree] !== -1) grow(++firstFree + 1);
      let b = Math.max(1, firstFree - classes[0]!);
      for (;;) {
        grow(b + CLASSES + 1);
        if (!isBase.has(b) && classes.every((charClass) => label[b + charClass] === -1)) break;
        b++;
      }
      base[at] = b;
      isBase.add(b);
      for (const charClass of classes) {
        const child = rows[state]![charClass]!;
        label[b + charClass] = charClass;
        parentAt[b + charClass] = at;
        placeOf[child] = b + charClass;
        queue.push(child);
      }
    }
    // States without children (and DEAD) step into a run of free slots past the last state, so every step from them fails.
    const leafBase = Math.max(...placeOf) + 1;
    const used = leafBase + CLASSES;
    if (used >= 1 << (31 - LABEL_BITS)) throw new Error('The vocabulary is too large to compile');
    grow(used);
    // Four bytes a slot, as two-byte base and check arrays took: the west-midlands pack's 5,921 slots take 23 KB, inside the
    // processor's 32 KB first-level cache (with base and check in four bytes each they took twice that, and the tokeniser
    // ran about 20% slower on 100 KB drafts).
    this.transitions = Int32Array.from({ length: used }, (_, t) => ((base[t]! < 0 ? leafBase : base[t]!) << LABEL_BITS) | (label[t]! < 0 ? NO_LABEL : label[t]!));
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
