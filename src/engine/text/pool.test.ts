import { describe, expect, it } from 'vitest';
import { borrowInt32, giveBackInt32, keptEntries, scratchUint16 } from './pool';

describe('buffer pool', () => {
  it('lends back what it was given, the smallest that fits', () => {
    const small = borrowInt32(1_000);
    const large = borrowInt32(3_000);
    giveBackInt32(large);
    giveBackInt32(small);
    expect(borrowInt32(900)).toBe(small);
    expect(borrowInt32(2_000)).toBe(large);
  });

  it('does not lend a huge buffer for a short text', () => {
    const huge = borrowInt32(1_000_000);
    giveBackInt32(huge);
    expect(borrowInt32(100)).not.toBe(huge);
    expect(borrowInt32(900_000)).toBe(huge);
  });

  it('keeps no more than 16 MB in all, dropping the oldest first', () => {
    const first = new Int32Array(1_000_000);
    giveBackInt32(first);
    for (let i = 0; i < 5; i++) giveBackInt32(new Int32Array(1_000_000));
    expect(keptEntries()).toBeLessThanOrEqual(1 << 22);
    const lent = Array.from({ length: 4 }, () => borrowInt32(1_000_000));
    expect(lent.includes(first)).toBe(false);
  });

  it('takes each buffer back once', () => {
    const buffer = borrowInt32(5_000);
    giveBackInt32(buffer);
    const before = keptEntries();
    giveBackInt32(buffer);
    expect(keptEntries()).toBe(before);
  });

  it('keeps one scratch buffer for ordinary texts, and none for huge ones', () => {
    expect(scratchUint16(20)).toBe(scratchUint16(10));
    const huge = scratchUint16(5_000_000);
    expect(huge.length).toBe(5_000_000);
    expect(scratchUint16(10)).not.toBe(huge);
  });
});
