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
