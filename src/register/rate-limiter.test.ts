import { describe, expect, it } from 'vitest';
import { ExpiringMap, RateLimiter } from './rate-limiter';

/** A clock that only moves when the test says so. */
function manualClock(start = 1_000_000) {
  let time = start;
  return { now: () => time, advance: (ms: number) => (time += ms) };
}

describe('ExpiringMap', () => {
  it('forgets an entry when its time is up, not before', () => {
    const clock = manualClock();
    const map = new ExpiringMap<string, number>({ ttlMs: 1000, maxEntries: 10, now: clock.now });
    map.set('a', 1);
    clock.advance(999);
    expect(map.get('a')).toBe(1);
    expect(map.expiresAt('a')).toBe(clock.now() + 1);
    clock.advance(1);
    expect(map.get('a')).toBeUndefined();
    expect(map.expiresAt('a')).toBeUndefined();
    expect(map.size).toBe(0);
  });

  it('gives an entry set again a fresh lifetime', () => {
    const clock = manualClock();
    const map = new ExpiringMap<string, number>({ ttlMs: 1000, maxEntries: 10, now: clock.now });
    map.set('a', 1);
    clock.advance(600);
    map.set('a', 2);
    clock.advance(600);
    expect(map.get('a')).toBe(2);
  });

  it('still sweeps in order of expiry after an entry is set again', () => {
    const clock = manualClock();
    const map = new ExpiringMap<string, number>({ ttlMs: 1000, maxEntries: 10, now: clock.now });
    map.set('a', 1);
    map.set('b', 1);
    clock.advance(500);
    map.set('a', 2); // now expires after b
    clock.advance(500);
    expect(map.size).toBe(1);
    expect(map.get('a')).toBe(2);
  });

  it('sweeps the expired entries and keeps the live ones', () => {
    const clock = manualClock();
    const map = new ExpiringMap<string, number>({ ttlMs: 1000, maxEntries: 10, now: clock.now });
    map.set('old', 1);
    clock.advance(500);
    map.set('new', 2);
    clock.advance(500);
    expect(map.size).toBe(1);
    expect(map.get('new')).toBe(2);
  });

  it('never holds more than maxEntries: a full map drops the entry closest to expiring', () => {
    const clock = manualClock();
    const map = new ExpiringMap<string, number>({ ttlMs: 60_000, maxEntries: 3, now: clock.now });
    for (const key of ['a', 'b', 'c']) {
      map.set(key, 0);
      clock.advance(1);
    }
    map.set('a', 1); // refreshed: now the newest
    map.set('d', 0);
    expect(map.size).toBe(3);
    expect(map.get('b')).toBeUndefined();
    expect([map.get('a'), map.get('c'), map.get('d')]).toEqual([1, 0, 0]);
  });

  it('stays at its cap under a flood of distinct keys', () => {
    const map = new ExpiringMap<string, true>({ ttlMs: 60_000, maxEntries: 100, now: () => 0 });
    for (let i = 0; i < 10_000; i += 1) map.set(`203.0.113.${i}`, true);
    expect(map.size).toBe(100);
    expect(map.get('203.0.113.9999')).toBe(true);
    expect(map.get('203.0.113.0')).toBeUndefined();
  });

  it('rejects a lifetime or cap that makes no sense', () => {
    expect(() => new ExpiringMap({ ttlMs: 0, maxEntries: 1 })).toThrow(RangeError);
    expect(() => new ExpiringMap({ ttlMs: 1, maxEntries: 0 })).toThrow(RangeError);
  });
});

describe('RateLimiter', () => {
  it('allows `limit` events in a window, then holds the key back until the window ends', () => {
    const clock = manualClock();
    const limiter = new RateLimiter({ limit: 3, windowMs: 60_000, now: clock.now });
    expect([limiter.take('ann'), limiter.take('ann'), limiter.take('ann')]).toEqual(Array(3).fill({ isAllowed: true }));
    expect(limiter.take('ann')).toEqual({ isAllowed: false, retryAfterSeconds: 60 });
    clock.advance(59_999);
    expect(limiter.check('ann')).toEqual({ isAllowed: false, retryAfterSeconds: 1 });
    clock.advance(1);
    expect(limiter.take('ann')).toEqual({ isAllowed: true });
  });

  it('counts keys apart', () => {
    const limiter = new RateLimiter({ limit: 1, windowMs: 60_000, now: () => 0 });
    expect(limiter.take('ann').isAllowed).toBe(true);
    expect(limiter.take('bob').isAllowed).toBe(true);
    expect(limiter.take('ann').isAllowed).toBe(false);
  });

  it('says how long to wait in whole seconds, rounded up, from the first event of the window', () => {
    const clock = manualClock();
    const limiter = new RateLimiter({ limit: 2, windowMs: 600_000, now: clock.now });
    limiter.record('203.0.113.9');
    clock.advance(120_500);
    limiter.record('203.0.113.9');
    expect(limiter.check('203.0.113.9')).toEqual({ isAllowed: false, retryAfterSeconds: 480 });
    clock.advance(479_001);
    expect(limiter.check('203.0.113.9')).toEqual({ isAllowed: false, retryAfterSeconds: 1 });
  });

  it('does not count what it holds back, so waiting out the window is enough', () => {
    const clock = manualClock();
    const limiter = new RateLimiter({ limit: 1, windowMs: 1000, now: clock.now });
    limiter.take('ann');
    for (let i = 0; i < 50; i += 1) {
      clock.advance(10);
      expect(limiter.take('ann').isAllowed).toBe(false);
    }
    clock.advance(500);
    expect(limiter.take('ann').isAllowed).toBe(true);
  });

  it('check counts nothing; record counts even when over the limit', () => {
    const limiter = new RateLimiter({ limit: 2, windowMs: 1000, now: () => 0 });
    for (let i = 0; i < 5; i += 1) expect(limiter.check('ann').isAllowed).toBe(true);
    limiter.record('ann');
    limiter.record('ann');
    limiter.record('ann');
    expect(limiter.check('ann').isAllowed).toBe(false);
  });

  it('allows everything and remembers nothing with a limit of 0', () => {
    const limiter = new RateLimiter({ limit: 0, windowMs: 1000, now: () => 0 });
    for (let i = 0; i < 1000; i += 1) expect(limiter.take(`key-${i % 3}`).isAllowed).toBe(true);
    expect(limiter.size).toBe(0);
  });

  it('remembers at most maxKeys keys under a flood of distinct ones', () => {
    const limiter = new RateLimiter({ limit: 20, windowMs: 600_000, maxKeys: 500, now: () => 0 });
    for (let i = 0; i < 100_000; i += 1) limiter.record(`198.51.${i >> 8}.${i & 255}`);
    expect(limiter.size).toBe(500);
  });

  it('rejects a limit that is not a whole number', () => {
    expect(() => new RateLimiter({ limit: 1.5, windowMs: 1000 })).toThrow(RangeError);
    expect(() => new RateLimiter({ limit: -1, windowMs: 1000 })).toThrow(RangeError);
  });
});
