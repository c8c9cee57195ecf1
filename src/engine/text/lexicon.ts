import { fold } from './normalise';
import { IntList } from './int-list';
import { TokenFlag, type Tokens } from './tokens';
import { Vocabulary } from './vocabulary';

/** One compiled phrase: its words and the tag rules use to tell phrases apart. */
export interface LexiconEntry {
  phrase: string;
  tag: string;
  /** Index of `tag` in `Lexicon.tags`. */
  tagId: number;
  /** Index of the entry in `Lexicon.entryList`. */
  id: number;
}
type Entry = LexiconEntry;

/**
 * A set of phrases compiled into a word trie over word ids, in flat tables: matching walks at
 * most `depth` tokens from each start and allocates nothing.
 */
export interface Lexicon {
  depth: number;
  size: number;
  /** The words of the phrases: tokenise with it, so tokens carry the ids the trie is keyed by. */
  vocabulary: Vocabulary;
  tags: string[];
  /** Index of each tag in `tags`. */
  tagIds: Map<string, number>;
  /** Number of trie nodes; node 0 is the root. */
  nodes: number;
  /**
   * How many words start a phrase: they are numbered first, and the root's child for word `id < firstWords` is node
   * `id + 1`, so a token is turned away, or its phrase started, by its id alone.
   */
  firstWords: number;
  /** Child of the root by prefix id (0: none). */
  rootPrefixes: Int32Array;
  /** Child of a node by `node * words + wordId`. */
  wordEdges: EdgeTable;
  /** Child of a node by `node * prefixes + prefixId`. */
  prefixEdges: EdgeTable;
  /** Does the node have any prefix children? */
  hasPrefixEdges: Uint8Array;
  /**
   * The word children of each node, as bit `wordId & 31` (`(mask >>> wordId) & 1`, as a shift takes its count's low
   * five bits): most phrases under way stop at the next word, and the bit turns most of those away without a look-up in
   * `wordEdges` (on the 2 KB bench draft, 80 look-ups of 156 are left, 51 of them found); a node without word children
   * reads no further token.
   */
  childWords: Int32Array;
  /** Phrases ending at each node. */
  entries: Array<Entry[] | undefined>;
  /** Every phrase, by id. */
  entryList: Entry[];
  /** Working arrays for `forEachHit`, reused across scans (sized by `nodes` and `tags`). */
  scratch: Scratch;
}

interface Scratch {
  inUse: boolean;
  frontier: Int32Array;
  next: Int32Array;
  bestLast: Int32Array;
  bestEntry: Array<Entry | undefined>;
  touched: Int32Array;
}

/**
 * Trie edges, from a key (parent node and word id in one number) to the child node, in an
 * open-addressing table of typed arrays: the step the scan takes at every word of a phrase.
 */
class EdgeTable {
  private readonly keys: Int32Array;
  private readonly children: Int32Array;
  private readonly mask: number;

  constructor(edges: ReadonlyMap<number, number>) {
    let size = 16;
    while (size < edges.size * 2) size *= 2;
    this.mask = size - 1;
    this.keys = new Int32Array(size).fill(-1);
    this.children = new Int32Array(size);
    for (const [key, child] of edges) {
      if (key > 0x7fffffff) throw new Error('The lexicon is too large to index');
      let slot = slotOf(key, this.mask);
      while (this.keys[slot] !== -1) slot = (slot + 1) & this.mask;
      this.keys[slot] = key;
      this.children[slot] = child;
    }
  }

  /** The child for `key`, or -1. */
  get(key: number): number {
    for (let slot = slotOf(key, this.mask); ; slot = (slot + 1) & this.mask) {
      const found = this.keys[slot]!;
      if (found === key) return this.children[slot]!;
      if (found === -1) return -1;
    }
  }
}

/** `TokenFlag.joined` as a constant: in the scan's loop, a read of the object checked its shape at every step. */
const JOINED = TokenFlag.joined;

/** Fibonacci hashing: spreads keys that differ in their low bits (consecutive word ids) across the table. */
const slotOf = (key: number, mask: number): number => (Math.imul(key, 0x9e3779b1) >>> 16) & mask;

const scratchFor = (nodes: number, tags: number): Scratch => ({
  inUse: false,
  frontier: new Int32Array(nodes),
  next: new Int32Array(nodes),
  bestLast: new Int32Array(tags).fill(-1),
  bestEntry: new Array<Entry | undefined>(tags),
  touched: new Int32Array(tags),
});

/** A phrase found in a token stream. */
export interface LexiconHit {
  /** Token indexes [first, last] of the match. */
  first: number;
  last: number;
  phrase: string;
  tag: string;
}

function wordsOf(phrase: string): string[] {
  // Phrases are written plainly ("official sensitive", "journalist*"); fold them like text.
  return fold(phrase)
    .text.split(/[^a-z0-9'*]+/)
    .filter(Boolean)
    .map((word) => (word.endsWith("'s") ? word.slice(0, -2) : word));
}

/** Contractions whose apostrophe dropped makes another word ("we'll", "she'd", "i'll"): never read without it. */
const CLASHING_CONTRACTIONS = new Set(["we'll", "we're", "she'll", "he'll", "i'll", "i'd", "we'd", "she'd", "it'll", "let's"]);

/**
 * A contraction as a hurried writer types it, without its apostrophe ("cant", "dont", "im", "ive"), or the
 * word itself when that would make another word ("well" is no "we'll").
 * @example
 * withoutApostrophe("can't") // "cant"
 */
export function withoutApostrophe(word: string): string {
  if (CLASHING_CONTRACTIONS.has(word) || !/^[a-z]+(?:n't|'m|'ve|'re|'ll|'d)$/.test(word)) return word;
  return word.replace("'", '');
}

/**
 * A set of words with each contraction also as typed without its apostrophe, for rules' word sets
 * ("cant" negates as "can't" does), as the lexicon's phrases match both.
 * @example
 * withLooseContractions(["can't", 'never']) // Set {"can't", "cant", "never"}
 */
export const withLooseContractions = (words: readonly string[]): Set<string> => new Set(words.flatMap((word) => [word, withoutApostrophe(word)]));

/** Words as a text message spells them: "thank u", "ur invitation". */
const TEXT_SPEAK: Readonly<Record<string, string>> = { you: 'u', your: 'ur', "you're": 'ur' };

/** A phrase's word as hurried writing has it: text-speak, or a contraction without its apostrophe. */
const looseFormOf = (word: string): string => TEXT_SPEAK[word] ?? withoutApostrophe(word);

/**
 * Compiles tagged phrases into a lexicon. A tag groups phrases for a rule (e.g. `marking`).
 * @example
 * const lexicon = compileLexicon({ marking: ['official sensitive', 'not for publication'] });
 */
export function compileLexicon(groups: Record<string, readonly string[]>): Lexicon {
  // First pass: each phrase's words, as written and as hurried writing has them.
  const forms: Array<{ words: string[]; entry: Entry }> = [];
  const tags = Object.keys(groups);
  let depth = 0;
  tags.forEach((tag, tagId) => {
    for (const phrase of groups[tag]!) {
      const words = wordsOf(phrase);
      if (words.length === 0) continue;
      // "can't accept" is found as "cant accept" too, and "thank you" as "thank u", as a phone writes them: the same phrase, so rules read it alike.
      const loose = words.map(looseFormOf);
      for (const form of loose.some((word, k) => word !== words[k]) ? [words, loose] : [words]) forms.push({ words: form, entry: { phrase, tag, tagId, id: forms.length } });
      depth = Math.max(depth, words.length);
    }
  });
  // Then the vocabulary: the words that start a phrase first (see `Lexicon.firstWords`), and the trie as paths of their ids.
  const vocabulary = new Vocabulary();
  const isPrefix = (word: string): boolean => word.endsWith('*');
  for (const { words } of forms) if (!isPrefix(words[0]!)) vocabulary.addWord(words[0]!);
  const firstWords = vocabulary.words.length;
  const phrases = forms.map(({ words, entry }) => ({
    steps: words.map((word) => (isPrefix(word) ? { prefix: true, id: vocabulary.addPrefix(word.slice(0, -1)) } : { prefix: false, id: vocabulary.addWord(word) })),
    entry,
  }));
  vocabulary.seal();
  const wordCount = vocabulary.words.length;
  const prefixCount = vocabulary.prefixes.length;
  const wordEdges = new Map<number, number>();
  const prefixEdges = new Map<number, number>();
  // The root and its word children, node `id + 1` for first word `id`.
  const entries = new Array<Entry[] | undefined>(firstWords + 1).fill(undefined);
  const prefixParents = new Set<number>();
  const childWords = new Array<number>(firstWords + 1).fill(0);
  for (const { steps, entry } of phrases) {
    let node = 0;
    for (const { prefix, id } of steps) {
      if (!prefix) childWords[node] = childWords[node]! | (1 << id); // the shift takes `id & 31`
      if (node === 0 && !prefix) {
        node = id + 1;
        continue;
      }
      const edges = prefix ? prefixEdges : wordEdges;
      const key = node * (prefix ? prefixCount : wordCount) + id;
      let child = edges.get(key);
      if (child === undefined) {
        child = entries.push(undefined) - 1;
        childWords.push(0);
        edges.set(key, child);
        if (prefix) prefixParents.add(node);
      }
      node = child;
    }
    (entries[node] ??= []).push(entry);
  }
  const nodes = entries.length;
  const rootPrefixes = Int32Array.from({ length: prefixCount }, (_, id) => prefixEdges.get(id) ?? 0);
  const hasPrefixEdges = new Uint8Array(nodes);
  for (const node of prefixParents) hasPrefixEdges[node] = 1;
  return {
    depth, size: phrases.length, vocabulary, tags, tagIds: new Map(tags.map((tag, id) => [tag, id])), nodes, firstWords, rootPrefixes, hasPrefixEdges, childWords: Int32Array.from(childWords), entries,
    entryList: phrases.map(({ entry }) => entry),
    wordEdges: new EdgeTable(wordEdges),
    prefixEdges: new EdgeTable(prefixEdges),
    scratch: scratchFor(nodes, tags.length),
  };
}

/**
 * Finds every phrase of `lexicon` in `tokens` (the longest of each tag at each start). Linear in the
 * number of tokens: each start walks at most `lexicon.depth` tokens, and no phrase spans a
 * sentence end. `tokens` must have been read with `lexicon.vocabulary`.
 */
export function scanTokens(lexicon: Lexicon, tokens: Tokens): LexiconHit[] {
  const hits: LexiconHit[] = [];
  forEachHit(lexicon, tokens, (first, last, { phrase, tag }) => hits.push({ first, last, phrase, tag }));
  return hits;
}

/** The same as `scanTokens`, handing each hit to `visit` in text order rather than making objects. */
export function forEachHit(lexicon: Lexicon, tokens: Tokens, visit: (first: number, last: number, entry: LexiconEntry) => void): void {
  if (tokens.vocabulary !== lexicon.vocabulary) throw new Error("Tokens must be read with the lexicon's vocabulary: tokenise(folded, lexicon.vocabulary)");
  const { depth, firstWords, rootPrefixes, wordEdges, prefixEdges, hasPrefixEdges, childWords, entries } = lexicon;
  const wordCount = lexicon.vocabulary.words.length;
  const prefixCount = lexicon.vocabulary.prefixes.length;
  const { shorterPrefix } = lexicon.vocabulary;
  const { ids, flags, prefixIds, length } = tokens;
  // `visit` could scan again: a nested scan gets arrays of its own.
  const scratch = lexicon.scratch.inUse ? scratchFor(lexicon.nodes, lexicon.tags.length) : lexicon.scratch;
  scratch.inUse = true;
  // Nodes reached after the current token, double-buffered; a node is reached at most once per step.
  let { frontier, next } = scratch;
  // The longest phrase of each tag wins at a start: "bids came in" (a detail) must not hide "bids" (context).
  const { bestLast, bestEntry, touched } = scratch;
  try {
    if (prefixIds === null) {
      // Found into lists, then visited: the one loop of the scan serves `collectHits` too.
      const found: HitLists = { firsts: new IntList(), lasts: new IntList(), entries: new IntList() };
      wordHitsInto(lexicon, tokens, found, scratch);
      for (let k = 0; k < found.firsts.length; k++) visit(found.firsts.at(k), found.lasts.at(k), lexicon.entryList[found.entries.at(k)]!);
      return;
    }
    for (let first = 0; first < length; first++) {
      // The first step: a first word's node is its id + 1 (see `firstWords`); prefixes read the root's array.
      let size = 0;
      const id = ids[first]!;
      if (id >= 0 && id < firstWords) frontier[size++] = id + 1;
      if (prefixIds !== null) {
        for (let prefix = prefixIds[first]!; prefix >= 0; prefix = shorterPrefix[prefix]!) if (rootPrefixes[prefix] !== 0) frontier[size++] = rootPrefixes[prefix]!;
      }
      if (size === 0) continue;
      let touchedCount = 0;
      for (let i = first; ; ) {
        for (let f = 0; f < size; f++) {
          const reached = entries[frontier[f]!];
          if (reached !== undefined) touchedCount = keepLongest(reached, i, scratch, touchedCount);
        }
        i++;
        if (i >= length || i - first >= depth || (flags[i]! & JOINED) === 0) break;
        let nextSize = 0;
        const wordId = ids[i]!;
        for (let f = 0; f < size; f++) {
          const node = frontier[f]!;
          if (wordId >= 0 && ((childWords[node]! >>> wordId) & 1) !== 0) {
            const child = wordEdges.get(node * wordCount + wordId);
            if (child !== -1) next[nextSize++] = child;
          }
          if (prefixIds === null || hasPrefixEdges[node] === 0) continue;
          for (let prefix = prefixIds[i]!; prefix >= 0; prefix = shorterPrefix[prefix]!) {
            const child = prefixEdges.get(node * prefixCount + prefix);
            if (child !== -1) next[nextSize++] = child;
          }
        }
        if (nextSize === 0) break;
        const swap = frontier; // not `[frontier, next] = [next, frontier]`, which made an array per step
        frontier = next;
        next = swap;
        size = nextSize;
      }
      for (let t = 0; t < touchedCount; t++) {
        const tagId = touched[t]!;
        const entry = bestEntry[tagId]!;
        visit(first, bestLast[tagId]!, entry);
        bestLast[tagId] = -1;
      }
    }
  } finally {
    bestLast.fill(-1); // clean even if `visit` threw half way
    scratch.inUse = false;
  }
}

/**
 * Notes the phrases ending at token `last` as the longest of their tags so far from this start
 * (a later, longer phrase of a tag replaces it), adding each newly seen tag to `touched`.
 * Returns the new count of touched tags.
 */
function keepLongest(reached: readonly Entry[], last: number, scratch: Scratch, touchedCount: number): number {
  const { bestLast, bestEntry, touched } = scratch;
  for (let e = 0; e < reached.length; e++) {
    const entry = reached[e]!;
    if (bestLast[entry.tagId] === -1) touched[touchedCount++] = entry.tagId;
    bestLast[entry.tagId] = last;
    bestEntry[entry.tagId] = entry;
  }
  return touchedCount;
}

/** Where `collectHits` writes a scan's hits, in text order: hit k is the phrase `entries[k]` (its id in `Lexicon.entryList`) on tokens `firsts[k]` to `lasts[k]`. */
export interface HitLists {
  readonly firsts: IntList;
  readonly lasts: IntList;
  readonly entries: IntList;
}

/**
 * `forEachHit`, writing each hit to `into` rather than handing it to a function. A check scans each field this way: with
 * a `visit` function, TurboFan inlined it into the scan's loop, which then moved and spilled registers at every token,
 * hit or not (callgrind).
 */
export function collectHits(lexicon: Lexicon, tokens: Tokens, into: HitLists): void {
  if (tokens.prefixIds !== null) {
    const { firsts, lasts, entries } = into;
    forEachHit(lexicon, tokens, (first, last, entry) => {
      firsts.push(first);
      lasts.push(last);
      entries.push(entry.id);
    });
    return;
  }
  if (tokens.vocabulary !== lexicon.vocabulary) throw new Error("Tokens must be read with the lexicon's vocabulary: tokenise(folded, lexicon.vocabulary)");
  // Nothing is called back, so no scan can start inside this one; but this one may run inside a `forEachHit`'s `visit`.
  wordHitsInto(lexicon, tokens, into, lexicon.scratch.inUse ? scratchFor(lexicon.nodes, lexicon.tags.length) : lexicon.scratch);
}

/**
 * `collectHits` for a lexicon without prefixes, as most packs' are: every word leads to at most
 * one child, so a phrase under way is one node rather than a frontier of them, and the scan
 * walks it with no working arrays but the per-tag bests.
 */
function wordHitsInto(lexicon: Lexicon, tokens: Tokens, into: HitLists, scratch: Scratch): void {
  const { depth, firstWords, wordEdges, childWords, entries } = lexicon;
  const wordCount = lexicon.vocabulary.words.length;
  // Read once rather than at every token: a property of an object is checked for its shape at each read, a local is not.
  const { ids, flags, length } = tokens;
  const { bestLast, bestEntry, touched } = scratch;
  const { firsts, lasts, entries: found } = into;
  for (let first = 0; first < length; first++) {
    // Most words start no phrase, told by their id alone (-1, outside the vocabulary, is no first word either).
    const id = ids[first]!;
    if (id < 0 || id >= firstWords) continue;
    let node = id + 1;
    let touchedCount = 0;
    for (let i = first; ; ) {
      const reached = entries[node];
      if (reached !== undefined) touchedCount = keepLongest(reached, i, scratch, touchedCount);
      const children = childWords[node]!;
      if (children === 0) break;
      i++;
      if (i >= length || i - first >= depth || (flags[i]! & JOINED) === 0) break;
      const wordId = ids[i]!;
      if (wordId < 0 || ((children >>> wordId) & 1) === 0) break;
      node = wordEdges.get(node * wordCount + wordId);
      if (node === -1) break;
    }
    for (let t = 0; t < touchedCount; t++) {
      const tagId = touched[t]!;
      firsts.push(first);
      lasts.push(bestLast[tagId]!);
      found.push(bestEntry[tagId]!.id);
      bestLast[tagId] = -1;
    }
  }
}
