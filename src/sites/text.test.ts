// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { emailIn, lineOf, MAX_TEXT, textOf, typedAddresses } from './text';

function html(markup: string): HTMLElement {
  const div = document.createElement('div');
  div.setAttribute('contenteditable', 'true');
  div.innerHTML = markup;
  return div;
}

describe('textOf', () => {
  it.each([
    ['plain text', 'Hello', 'Hello'],
    ['Gmail/Outlook lines: a <div> per line, an empty line as <div><br></div>', '<div>Dear Sam,</div><div><br></div><div>Thanks.</div>', 'Dear Sam,\n\nThanks.'],
    ['<br> inside a line', 'one<br>two<br>three', 'one\ntwo\nthree'],
    ['a trailing <br> in a block adds no line', '<div>one<br></div><div>two</div>', 'one\ntwo'],
    ['Quill/Lexical/ProseMirror paragraphs', '<p>one</p><p><br></p><p>two</p>', 'one\n\ntwo'],
    ['DraftJS blocks', '<div data-contents="true"><div data-block="true"><div><span><span data-text="true">a</span></span></div></div><div data-block="true"><div><span><br data-text="true"></span></div></div><div data-block="true"><div><span><span data-text="true">b</span></span></div></div></div>', 'a\n\nb'],
    ['inline formatting stays on the line', '<div>a <b>bold</b> and <i>italic</i> word</div>', 'a bold and italic word'],
    ['non-breaking and zero-width spaces', 'a&nbsp;b\u200bc', 'a bc'],
    ['lists and quotes break lines', '<ul><li>one</li><li>two</li></ul><blockquote>quoted</blockquote>', 'one\ntwo\nquoted'],
    ['scripts, styles and hidden nodes are skipped', '<div>a<script>bad()</script><style>.x{}</style><span hidden>h</span><span style="display: none">n</span>b</div>', 'ab'],
    ['source formatting whitespace between blocks is dropped', '\n  <div>a</div>\n  <div>b</div>\n', 'a\nb'],
    ['empty editor', '<p><br></p>', ''],
  ])('%s', (_name, markup, expected) => {
    expect(textOf(html(markup))).toBe(expected);
  });

  it('gives the value of a textarea or input, with CRLF normalised', () => {
    const area = document.createElement('textarea');
    area.value = 'a\r\nb';
    expect(textOf(area)).toBe('a\nb');
  });

  it('is empty for a missing element', () => {
    expect(textOf(null)).toBe('');
    expect(lineOf(undefined)).toBe('');
  });

  it('caps huge text and survives very deep nesting', () => {
    expect(textOf(html('y'.repeat(MAX_TEXT + 10))).length).toBe(MAX_TEXT);
    const root = html('');
    let node: Element = root;
    for (let i = 0; i < 5000; i++) node = node.appendChild(document.createElement('span'));
    node.textContent = 'deep';
    expect(textOf(root)).toBe('deep');
    root.replaceChildren();
  });
});

describe('addresses', () => {
  it.each([
    ['Jo Bloggs <jo.bloggs@acme.co.uk>', 'jo.bloggs@acme.co.uk'],
    ["o'brien+tag@example.gov.uk", "o'brien+tag@example.gov.uk"],
    ['Sam Patel', null],
    ['', null],
  ])('emailIn(%j)', (text, expected) => {
    expect(emailIn(text)).toBe(expected);
  });

  it('splits typed addresses on commas and semicolons', () => {
    expect(typedAddresses(' a@x.org; Sam <b@y.org>, ,c ')).toEqual(['a@x.org', 'b@y.org', 'c']);
    expect(typedAddresses('')).toEqual([]);
  });
});
