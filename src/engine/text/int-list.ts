/**
 * A growable list of 32-bit integers in a typed array. Pushing tens of thousands of numbers
 * onto a plain array is slow in V8 once it outgrows the young heap (60,000 pushes take ~100×
 * as long as 6,000); a typed array grows by copying, linearly. It starts at 16 entries, which
 * V8 keeps on the JavaScript heap, so the many short lists of a short draft cost little.
 */
export class IntList {
  private data = new Int32Array(16);
  length = 0;

  push(value: number): number {
    if (this.length === this.data.length) {
      const larger = new Int32Array(this.data.length * 2);
      larger.set(this.data);
      this.data = larger;
    }
    this.data[this.length] = value;
    return this.length++;
  }

  /** Entry `i` (0 ≤ i < length). */
  at(i: number): number {
    return this.data[i]!;
  }
}
