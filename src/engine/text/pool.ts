/**
 * Reused typed-array buffers. An Int32Array of more than a few dozen entries lives outside
 * the JavaScript heap: it costs microseconds to allocate, and megabytes of them (a 1 MB paste
 * needs several) make the garbage collector run early. A draft is checked again at every
 * pause in typing, so each check borrows its buffers and `check` hands them back at the end.
 */
const MAX_POOLED = 16;
const int32s: Int32Array[] = [];

/** A buffer of at least `length` entries, with stale contents: write before you read. */
export function borrowInt32(length: number): Int32Array {
  // The smallest that is big enough, and not so big that a short text holds on to a huge one.
  let best = -1;
  for (let i = 0; i < int32s.length; i++) {
    const size = int32s[i]!.length;
    if (size >= length && size <= length * 4 + 4096 && (best < 0 || size < int32s[best]!.length)) best = i;
  }
  return best < 0 ? new Int32Array(length) : int32s.splice(best, 1)[0]!;
}

/** Hands a buffer back. Nothing may read it after. */
export function giveBackInt32(buffer: Int32Array): void {
  if (int32s.includes(buffer)) return;
  // The most recently used stay: after a huge paste, the next short drafts must not find the pool full of huge buffers.
  if (int32s.length >= MAX_POOLED) int32s.shift();
  int32s.push(buffer);
}

let scratch16 = new Uint16Array(0);

/** A scratch buffer of at least `length` code units, valid until the next call (use it and copy out). */
export function scratchUint16(length: number): Uint16Array {
  if (scratch16.length < length) scratch16 = new Uint16Array(Math.max(length, scratch16.length * 2));
  return scratch16;
}
