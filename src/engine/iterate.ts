/** Small helpers over the lazy hit sequences of `CheckContext.hits`: each stops as soon as it knows. */

/**
 * The items of each sequence in turn. An iterator object rather than a generator (as
 * `CheckContext.hits` is): rules chain their hit sequences at every check, and a generator
 * costs more to start, and to step through with `yield*`, than the few hits most drafts have.
 */
export function chain<T>(...sequences: Array<Iterable<T>>): IterableIterator<T> {
  return new Chain(sequences);
}

class Chain<T> implements IterableIterator<T> {
  /** The next sequence to start, and the iterator of the one being read. */
  private index = 0;
  private current: Iterator<T> | undefined;

  constructor(private readonly sequences: ReadonlyArray<Iterable<T>>) {}

  next(): IteratorResult<T, undefined> {
    for (;;) {
      if (this.current === undefined) {
        if (this.index >= this.sequences.length) return { value: undefined, done: true };
        this.current = this.sequences[this.index++]![Symbol.iterator]();
      }
      const result = this.current.next();
      if (result.done !== true) return result;
      this.current = undefined;
    }
  }

  [Symbol.iterator](): IterableIterator<T> {
    return this;
  }
}

/**
 * The first index in [0, length) at which `isBefore` turns false, for a test that holds of a prefix of the
 * indexes and then never again (items in order): a binary search, so windowed look-ups over a huge paste stay linear.
 * @example
 * firstNotBefore(hits.length, (k) => hits[k]!.first < from) // the first hit starting at or after `from`
 */
export function firstNotBefore(length: number, isBefore: (k: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (isBefore(mid)) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Two lists each in text order (by first token), as one in text order, `a`'s before `b`'s where they start alike (as a
 * stable sort of the two leaves them). One list is handed back as it is when the other is empty, as it usually is: the
 * spread and the sort cost a few thousand instructions a 2 KB check where rules did them at every check (callgrind).
 */
export function inTextOrder<T extends { first: number }>(a: T[], b: T[]): T[] {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  return [...a, ...b].sort((x, y) => x.first - y.first);
}
