import { describe, expect, it } from 'vitest';
import { chain, inTextOrder } from './iterate';

describe('chain', () => {
  it('gives the items of each sequence in turn, skipping empty ones', () => {
    expect([...chain<number>([], [1, 2], [], new Set([3]), [4])]).toEqual([1, 2, 3, 4]);
    expect([...chain<number>()]).toEqual([]);
  });
  it('starts each sequence only when it is reached, so an early stop reads no further', () => {
    let started = 0;
    const counted = (items: number[]): Iterable<number> => ({
      [Symbol.iterator]: () => {
        started++;
        return items[Symbol.iterator]();
      },
    });
    for (const item of chain(counted([1]), counted([2]))) if (item === 1) break;
    expect(started).toBe(1);
  });
});

describe('inTextOrder', () => {
  const at = (first: number, name: string) => ({ first, name });
  it('merges two lists in text order, the first list first where items start alike', () => {
    const merged = inTextOrder([at(1, 'a'), at(5, 'b')], [at(0, 'c'), at(5, 'd'), at(9, 'e')]);
    expect(merged.map((item) => item.name)).toEqual(['c', 'a', 'b', 'd', 'e']);
  });
  it('hands one list back as it is when the other is empty', () => {
    const only = [at(3, 'a')];
    expect(inTextOrder(only, [])).toBe(only);
    expect(inTextOrder([], only)).toBe(only);
  });
});
