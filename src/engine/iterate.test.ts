import { describe, expect, it } from 'vitest';
import { chain } from './iterate';

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
