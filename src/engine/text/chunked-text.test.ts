import { describe, expect, it } from 'vitest';
import { CHUNK, ChunkedText } from './chunked-text';

/** Code units, not code points (which `Uint16Array.from(text)` would iterate). */
const units = (text: string) => Uint16Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));
const chunked = (text: string) => ChunkedText.of(units(text), text.length, (piece) => String.fromCharCode(...piece));

/** Offsets around each boundary between pieces, and at both ends. */
function offsetsNearBoundaries(length: number): number[] {
  const offsets = [-1, 0, 1, length - 1, length, length + 1];
  for (let at = CHUNK; at < length; at += CHUNK) for (let d = -3; d <= 3; d++) offsets.push(at + d);
  return offsets;
}

describe('ChunkedText', () => {
  // Three pieces and a bit; letters that differ from place to place, so a wrong offset reads a wrong letter.
  const text = Array.from({ length: 3 * CHUNK + 123 }, (_, i) => String.fromCharCode(97 + ((i * 7) % 26))).join('');
  const source = chunked(text);

  it('is in pieces of at most CHUNK characters, and reads back as the whole text', () => {
    expect(source.chunks).toHaveLength(4);
    expect(Math.max(...source.chunks.map((chunk) => chunk.length))).toBeLessThanOrEqual(CHUNK);
    expect(source.length).toBe(text.length);
    expect(String(source) === text).toBe(true); // compared as a boolean: a failure would print both texts
  });

  it('reads characters and slices as the string would, across boundaries and past either end', () => {
    for (const at of offsetsNearBoundaries(text.length)) {
      expect(source.charCodeAt(at)).toEqual(text.charCodeAt(at));
      if (at < 0) continue;
      for (const length of [0, 1, 5, 40]) expect(source.slice(at, at + length) === text.slice(at, at + length), `slice(${at}, ${at + length})`).toBe(true);
    }
    expect(source.slice(10, CHUNK * 3 + 5) === text.slice(10, CHUNK * 3 + 5)).toBe(true); // over a whole piece
  });

  it('finds what starts at an offset and what it includes, across boundaries', () => {
    for (const at of offsetsNearBoundaries(text.length).filter((at) => at >= 0)) {
      const word = text.slice(at, at + 6);
      expect(source.startsWith(word, at), `startsWith at ${at}`).toBe(true);
      if (word.length === 6) expect(source.startsWith(`${word.slice(0, 5)}!`, at)).toBe(false);
    }
    const straddling = chunked(`${'a'.repeat(CHUNK - 2)}WXYZ${'a'.repeat(100)}`); // WXYZ over the first boundary
    expect(straddling.includes('WXYZ')).toBe(true);
    expect(straddling.includes('aWX')).toBe(true);
    expect(straddling.includes('WXYZ!')).toBe(false);
    expect(source.includes('!')).toBe(false);
  });

  it('never splits a surrogate pair between pieces', () => {
    const smile = '\u{1F600}';
    const paired = `${'a'.repeat(CHUNK - 1)}${smile}${'b'.repeat(10)}`; // the pair straddles the first boundary
    const pieces = chunked(paired);
    expect(pieces.chunks[0]!.endsWith(smile)).toBe(true);
    expect(pieces.slice(CHUNK - 1, CHUNK + 1)).toBe(smile);
    expect(pieces.charCodeAt(CHUNK)).toBe(paired.charCodeAt(CHUNK));
    expect(pieces.startsWith(`${smile}b`, CHUNK - 1)).toBe(true);
    expect(String(pieces) === paired).toBe(true);
  });
});
