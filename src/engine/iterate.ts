/** Small helpers over the lazy hit sequences of `CheckContext.hits`: each stops as soon as it knows. */

/** Does any item satisfy `test`? */
export function some<T>(items: Iterable<T>, test: (item: T) => boolean): boolean {
  for (const item of items) if (test(item)) return true;
  return false;
}

/** The first item that `test` maps to something, mapped. */
export function firstMapped<T, U>(items: Iterable<T>, map: (item: T) => U | undefined): U | undefined {
  for (const item of items) {
    const mapped = map(item);
    if (mapped !== undefined) return mapped;
  }
  return undefined;
}

/** Is there any item at all? */
export const isEmpty = <T>(items: Iterable<T>): boolean => !some(items, () => true);

/** The items of each sequence in turn. */
export function* chain<T>(...sequences: Array<Iterable<T>>): Generator<T, void, undefined> {
  for (const sequence of sequences) yield* sequence;
}
