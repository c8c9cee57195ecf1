// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { mapBodyOffsets } from './highlight';

function editorWith(html: string): HTMLElement {
  const editor = document.createElement('div');
  editor.contentEditable = 'true';
  editor.innerHTML = html;
  document.body.append(editor);
  return editor;
}

/** The DOM text between two mapped body offsets. */
function domText(editor: HTMLElement, body: string, start: number, end: number): string {
  const locate = mapBodyOffsets(editor, body);
  const a = locate(start)!;
  const b = locate(end - 1)!;
  const range = document.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset + 1);
  return range.toString();
}

describe('mapBodyOffsets', () => {
  it('maps offsets across block elements the adapter reads as newlines', () => {
    const editor = editorWith('<div>Hi Sam,</div><div><br></div><div>Two <b>tickets</b> to the match</div>');
    const body = 'Hi Sam,\n\nTwo tickets to the match';
    const start = body.indexOf('tickets');
    expect(domText(editor, body, start, start + 'tickets to'.length)).toBe('tickets to');
  });

  it('skips characters only the DOM has (zero-width spaces)', () => {
    const editor = editorWith('<p>a\u200bb OFFICIAL-SENSITIVE</p>');
    const body = 'ab OFFICIAL-SENSITIVE';
    const start = body.indexOf('OFFICIAL');
    expect(domText(editor, body, start, body.length)).toBe('OFFICIAL-SENSITIVE');
  });
});
