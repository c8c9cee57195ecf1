/**
 * What `Tokens` reads folded text through: a string, or a long folded text kept in pieces
 * (`ChunkedText`). A string is one already, so the common case costs nothing.
 */
export interface TextSource {
  readonly length: number;
  slice(from: number, to: number): string;
  startsWith(search: string, at: number): boolean;
  charCodeAt(at: number): number;
  includes(search: string): boolean;
}

/** Characters in a piece: 2^15, so a piece of two-byte characters (64 KB) stays under V8's large-object size. */
export const CHUNK_BITS = 15;
export const CHUNK = 1 << CHUNK_BITS;

/**
 * A long text as pieces of about `CHUNK` characters, read as one string would be. V8 puts a string
 * of more than 128 KB in its large-object space, which maps fresh memory for each: making the folded
 * copy of a 1 MB paste with look-alike letters took 3.7 ms that way, against 0.8 ms as pieces, and
 * was the part of checking it that grew faster than the text (100 KB → 1 MB: 47× the time).
 * Piece `k` starts at `k * CHUNK`, or one later where a surrogate pair would otherwise be split.
 */
export class ChunkedText implements TextSource {
  private constructor(
    readonly chunks: readonly string[],
    /** Where each piece starts in the whole text, with the text's length after the last. */
    private readonly starts: Int32Array,
  ) {}

  get length(): number {
    return this.starts[this.chunks.length]!;
  }

  /**
   * The text of the UTF-16 `units` [0, length) in pieces, each turned into a string by `decode`.
   * @example
   * ChunkedText.of(units, units.length, (piece) => decoder.decode(piece))
   */
  static of(units: Uint16Array, length: number, decode: (units: Uint16Array) => string): ChunkedText {
    const count = Math.max(1, Math.ceil(length / CHUNK));
    const starts = new Int32Array(count + 1);
    for (let k = 1; k < count; k++) {
      const at = k * CHUNK;
      const isPairSplit = units[at - 1]! >= 0xd800 && units[at - 1]! <= 0xdbff && units[at]! >= 0xdc00 && units[at]! <= 0xdfff;
      starts[k] = isPairSplit ? at + 1 : at;
    }
    starts[count] = length;
    const chunks: string[] = [];
    for (let k = 0; k < count; k++) chunks.push(decode(units.subarray(starts[k], starts[k + 1])));
    return new ChunkedText(chunks, starts);
  }

  /** The piece offset `at` falls in (the last for `at` at or past the end). */
  private chunkAt(at: number): number {
    const k = Math.min(at >> CHUNK_BITS, this.chunks.length - 1);
    return at < this.starts[k]! ? k - 1 : k;
  }

  charCodeAt(at: number): number {
    if (!(at >= 0 && at < this.length)) return NaN;
    const k = this.chunkAt(at);
    return this.chunks[k]!.charCodeAt(at - this.starts[k]!);
  }

  /** Like `String.prototype.slice` with offsets from 0 to the length (a word or a gap; never negative here). */
  slice(from: number, to: number = this.length): string {
    from = Math.max(0, Math.min(from, this.length));
    to = Math.max(from, Math.min(to, this.length));
    if (from === to) return '';
    const first = this.chunkAt(from);
    const last = this.chunkAt(to - 1);
    if (first === last) return this.chunks[first]!.slice(from - this.starts[first]!, to - this.starts[first]!);
    // Across pieces: rare, a word or gap that a boundary falls in.
    let text = this.chunks[first]!.slice(from - this.starts[first]!);
    for (let k = first + 1; k < last; k++) text += this.chunks[k]!;
    return text + this.chunks[last]!.slice(0, to - this.starts[last]!);
  }

  startsWith(search: string, at: number): boolean {
    at = Math.max(0, Math.min(at, this.length)); // as a string clamps it
    if (at + search.length > this.length) return false;
    const k = this.chunkAt(at);
    const end = this.starts[k + 1]!;
    return at + search.length <= end ? this.chunks[k]!.startsWith(search, at - this.starts[k]!) : this.slice(at, at + search.length) === search;
  }

  includes(search: string): boolean {
    for (let k = 0; k < this.chunks.length; k++) {
      if (this.chunks[k]!.includes(search)) return true;
      // An occurrence across the boundary after piece k.
      const boundary = this.starts[k + 1]!;
      if (search.length > 1 && k + 1 < this.chunks.length && this.slice(boundary - search.length + 1, boundary + search.length - 1).includes(search)) return true;
    }
    return false;
  }

  /** The whole text as one string (for tests and tools: this is the copy the pieces avoid). */
  toString(): string {
    return this.chunks.join('');
  }
}
