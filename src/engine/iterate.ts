/** Small helpers over the lazy hit sequences of `CheckContext.hits`: each stops as soon as it knows. */

/** The first item that `test` maps to something, mapped. */
export function firstMapped<T, U>(items: Iterable<T>, map: (item: T) => U | undefined): U | undefined {
  for (const item of items) {
    const mapped = map(item);
    if (mapped !== undefined) return mapped;
  }
  return undefined;
}

/** The items of each sequence in turn. */
export function* chain<T>(...sequences: Array<Iterable<T>>): Generator<T, void, undefined> {
  for (const sequence of sequences) yield* sequence;
}
