/**
 * A growable list of 32-bit integers. Pushing tens of thousands of numbers onto a plain array
 * is slow in V8 once it outgrows the young heap (60,000 pushes take ~100× as long as 6,000),
 * while making a typed array costs more than a short list is worth. So a list starts as a
 * plain array and moves into a typed array, grown by doubling, once it is long.
 */
const SHORT = 2048;

export class IntList {
  private short: number[] = [];
  private long: Int32Array | null = null;
  length = 0;

  push(value: number): number {
    if (this.long === null) {
      if (this.length < SHORT) {
        this.short.push(value);
        return this.length++;
      }
      this.long = Int32Array.from(this.short);
      this.short = [];
    }
    if (this.length === this.long.length) {
      const larger = new Int32Array(this.long.length * 2);
      larger.set(this.long);
      this.long = larger;
    }
    this.long[this.length] = value;
    return this.length++;
  }

  /** Entry `i` (0 ≤ i < length). */
  at(i: number): number {
    return this.long === null ? this.short[i]! : this.long[i]!;
  }
}
