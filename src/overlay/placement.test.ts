import { describe, expect, it } from 'vitest';
import { BADGE_SIZE, placeBadge } from './Overlay';

const rect = (left: number, top: number, width: number, height: number) =>
  ({ left, top, width, height, right: left + width, bottom: top + height, x: left, y: top }) as DOMRect;
const viewport = { width: 1280, height: 800 };
const overlaps = (a: { left: number; top: number; width: number; height: number }, b: DOMRect) =>
  a.left < b.right && a.left + a.width > b.left && a.top < b.bottom && a.top + a.height > b.top;

describe('placeBadge', () => {
  it('sits inside the editor, bottom right, when there is room', () => {
    const editor = rect(700, 400, 540, 300);
    const box = placeBadge(editor, [], viewport);
    expect(box.left + BADGE_SIZE.width).toBeLessThanOrEqual(editor.right);
    expect(box.top + BADGE_SIZE.height).toBeLessThanOrEqual(editor.bottom);
  });

  it('moves off a send control that overlaps that corner', () => {
    const editor = rect(700, 400, 540, 300);
    const send = rect(1100, 660, 120, 36);
    const box = placeBadge(editor, [send], viewport);
    expect(overlaps(box, send)).toBe(false);
  });

  it('goes above a one-line editor rather than over it', () => {
    const editor = rect(300, 300, 500, 24);
    const box = placeBadge(editor, [], viewport);
    expect(box.top + BADGE_SIZE.height).toBeLessThanOrEqual(editor.top);
  });

  it('stays on screen', () => {
    const box = placeBadge(rect(1200, 0, 80, 20), [], viewport);
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.left + box.width).toBeLessThanOrEqual(viewport.width);
    expect(box.top).toBeGreaterThanOrEqual(0);
  });
});
