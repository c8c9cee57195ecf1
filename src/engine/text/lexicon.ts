import { isPhraseGap, type Token } from './tokens';
import { fold } from './normalise';

/** One compiled phrase: its words and the tag rules use to tell phrases apart. */
interface Entry {
  phrase: string;
  tag: string;
  length: number;
}

interface TrieNode {
  exact: Map<string, TrieNode>;
  /** Words ending in `*` in a phrase match any token starting with the prefix. */
  prefixes: Array<[string, TrieNode]>;
  entries: Entry[];
}

/** A set of phrases compiled into a word trie: matching walks at most `depth` tokens from each start. */
export interface Lexicon {
  root: TrieNode;
  depth: number;
  size: number;
}

/** A phrase found in a token stream. */
export interface LexiconHit {
  /** Token indexes [first, last] of the match. */
  first: number;
  last: number;
  phrase: string;
  tag: string;
}

const node = (): TrieNode => ({ exact: new Map(), prefixes: [], entries: [] });

function wordsOf(phrase: string): string[] {
  // Phrases are written plainly ("official sensitive", "journalist*"); fold them like text.
  return fold(phrase)
    .text.split(/[^a-z0-9'*]+/)
    .filter(Boolean)
    .map((word) => (word.endsWith("'s") ? word.slice(0, -2) : word));
}

/**
 * Compiles tagged phrases into a lexicon. A tag groups phrases for a rule (e.g. `marking`).
 * @example
 * const lexicon = compileLexicon({ marking: ['official sensitive', 'not for publication'] });
 */
export function compileLexicon(groups: Record<string, readonly string[]>): Lexicon {
  const root = node();
  let depth = 0;
  let size = 0;
  for (const [tag, phrases] of Object.entries(groups)) {
    for (const phrase of phrases) {
      const words = wordsOf(phrase);
      if (words.length === 0) continue;
      let current = root;
      for (const word of words) {
        if (word.endsWith('*')) {
          const prefix = word.slice(0, -1);
          let next = current.prefixes.find(([p]) => p === prefix)?.[1];
          if (!next) {
            next = node();
            current.prefixes.push([prefix, next]);
          }
          current = next;
        } else {
          let next = current.exact.get(word);
          if (!next) {
            next = node();
            current.exact.set(word, next);
          }
          current = next;
        }
      }
      current.entries.push({ phrase, tag, length: words.length });
      depth = Math.max(depth, words.length);
      size++;
    }
  }
  return { root, depth, size };
}

/**
 * Finds every phrase of `lexicon` in `tokens` (the longest of each tag at each start). Linear in the
 * number of tokens: each start walks at most `lexicon.depth` tokens, and no phrase spans a
 * sentence end.
 */
export function scanTokens(lexicon: Lexicon, tokens: readonly Token[], text: string): LexiconHit[] {
  const hits: LexiconHit[] = [];
  const { root } = lexicon;
  for (let first = 0; first < tokens.length; first++) {
    // Most words start no phrase: decide that without allocating.
    const word = tokens[first]!.text;
    if (!root.exact.has(word) && !root.prefixes.some(([prefix]) => word.startsWith(prefix))) continue;
    let frontier: TrieNode[] = [root];
    // The longest phrase of each tag wins at a start: "bids came in" (a detail) must not hide "bids" (context).
    const best = new Map<string, LexiconHit>();
    for (let i = first; i < tokens.length && i - first < lexicon.depth && frontier.length > 0; i++) {
      const token = tokens[i]!;
      if (i > first && !isPhraseGap(text, tokens[i - 1]!.end, token.start)) break;
      const next: TrieNode[] = [];
      for (const current of frontier) {
        const exact = current.exact.get(token.text);
        if (exact) next.push(exact);
        for (const [prefix, child] of current.prefixes) if (token.text.startsWith(prefix)) next.push(child);
      }
      for (const reached of next) {
        for (const entry of reached.entries) best.set(entry.tag, { first, last: i, phrase: entry.phrase, tag: entry.tag });
      }
      frontier = next;
    }
    hits.push(...best.values());
  }
  return hits;
}
