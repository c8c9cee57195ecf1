/**
 * Reused typed-array buffers. An Int32Array of more than a few dozen entries lives outside
 * the JavaScript heap: it costs microseconds to allocate, and megabytes of them (a 1 MB paste
 * needs several) make the garbage collector run early. A draft is checked again at every
 * pause in typing, so each check borrows its buffers and `check` hands them back at the end.
 */
const MAX_POOLED = 16;
/** At most this many entries (16 MB) are kept in all: enough for a 1 MB paste's buffers, so a tab never holds more. */
const MAX_KEPT_TOTAL = 1 << 22;
let keptTotal = 0;

/** How many entries the pool holds now (for tests). */
export const keptEntries = (): number => keptTotal;
const int32s: Int32Array[] = [];

/** A buffer of at least `length` entries, with stale contents: write before you read. */
export function borrowInt32(length: number): Int32Array {
  // The smallest that is big enough, and not so big that a short text holds on to a huge one.
  let best = -1;
  for (let i = 0; i < int32s.length; i++) {
    const size = int32s[i]!.length;
    if (size >= length && size <= length * 4 + 4096 && (best < 0 || size < int32s[best]!.length)) best = i;
  }
  if (best < 0) return new Int32Array(length);
  const buffer = int32s[best]!;
  // Those after it move up one, keeping the order of use: a loop over at most 16, where `splice` cost a native call and an array.
  for (let i = best; i < int32s.length - 1; i++) int32s[i] = int32s[i + 1]!;
  int32s.pop();
  keptTotal -= buffer.length;
  return buffer;
}

/** Hands a buffer back. Nothing may read it after. */
export function giveBackInt32(buffer: Int32Array): void {
  if (buffer.length > MAX_KEPT_TOTAL || int32s.includes(buffer)) return;
  // The most recently used stay: after a huge paste, the next short drafts must not find the pool full of huge buffers.
  int32s.push(buffer);
  keptTotal += buffer.length;
  while (int32s.length > MAX_POOLED || keptTotal > MAX_KEPT_TOTAL) keptTotal -= int32s.shift()!.length;
}

let scratch16 = new Uint16Array(0);
let scratch8 = new Uint8Array(0);

/**
 * A scratch buffer of at least `length` bytes, valid until the next call; null past a few megabytes. The kept buffer
 * itself rather than a view of `length`: a typed array costs about 400 instructions to make, and each field of a check asked for one.
 */
export function scratchBytes(length: number): Uint8Array | null {
  if (length > MAX_KEPT_TOTAL) return null;
  if (scratch8.length < length) scratch8 = new Uint8Array(Math.min(Math.max(length, scratch8.length * 2), MAX_KEPT_TOTAL));
  return scratch8;
}

/** A scratch buffer of at least `length` code units, valid until the next call (use it and copy out). */
export function scratchUint16(length: number): Uint16Array {
  if (length > MAX_KEPT_TOTAL / 2) return new Uint16Array(length); // beyond a few megabytes: used once, not kept
  if (scratch16.length < length) scratch16 = new Uint16Array(Math.min(Math.max(length, scratch16.length * 2), MAX_KEPT_TOTAL / 2));
  return scratch16;
}
