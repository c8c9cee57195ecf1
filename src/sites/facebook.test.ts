// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import facebook from './facebook';
import { adapterFor } from './index';
import { exerciseAll, loadFixture, typeLines, type LoadedFixture } from './testing';

const HOME = 'https://www.facebook.com/';
let page: LoadedFixture;
afterEach(() => page?.close());

/** Lays lines out as Lexical does: a <p dir=auto> per line, text in span[data-lexical-text]. */
function typeLexical(editor: Element, lines: string[]) {
  editor.innerHTML = lines
    .map((line) => (line ? `<p class="xdj266r" dir="auto"><span data-lexical-text="true">${line}</span></p>` : '<p class="xdj266r" dir="auto"><br></p>'))
    .join('');
  editor.dispatchEvent(new (editor.ownerDocument.defaultView as unknown as typeof globalThis).Event('input', { bubbles: true }));
}

describe('facebook adapter', () => {
  it('is the adapter for www.facebook.com, with no send shortcut', () => {
    expect(adapterFor(new URL(HOME))?.id).toBe('facebook');
    expect(facebook.sendShortcut).toBeUndefined();
  });

  it('reads the Create post dialog into the exact draft', () => {
    page = loadFixture('facebook', `${HOME}#compose`);
    const [composer] = facebook.findComposers(page.document);
    expect(composer?.getAttribute('role')).toBe('dialog');
    typeLexical(facebook.findEditor(composer!)!, ['Thank you to Acme Security for the hamper!', '', 'Worth £250 apparently.']);
    expect(facebook.read(composer!)).toEqual({
      channel: 'social',
      site: 'facebook',
      from: '',
      to: [],
      cc: [],
      bcc: [],
      subject: '',
      body: 'Thank you to Acme Security for the hamper!\n\nWorth £250 apparently.',
      attachments: [],
    });
  });

  it('leaves comment boxes alone and finds only the post dialog', () => {
    page = loadFixture('facebook', HOME);
    expect(facebook.findComposers(page.document)).toHaveLength(0);
    page.document.querySelector<HTMLElement>('#open-composer')!.click();
    const composers = facebook.findComposers(page.document);
    expect(composers).toHaveLength(1);
    expect(facebook.findSendControl(composers[0]!)?.getAttribute('aria-label')).toBe('Post');
    expect(facebook.findEditor(composers[0]!)?.getAttribute('aria-label')).toBe("What's on your mind, Jo?");
  });

  it('records a post from the Post button', () => {
    page = loadFixture('facebook', `${HOME}#compose`);
    const [composer] = facebook.findComposers(page.document);
    typeLines(facebook.findEditor(composer!)!, ['Hello'], 'p');
    facebook.findSendControl(composer!)!.click();
    expect(page.sent()).toEqual([{ site: 'facebook', body: 'Hello' }]);
    expect(page.document.body.dataset.sent).toBe('1');
    expect(facebook.findComposers(page.document)).toHaveLength(0);
  });

  it('survives hostile DOM', () => {
    page = loadFixture('facebook', `${HOME}#compose`);
    const [composer] = facebook.findComposers(page.document);
    const editor = facebook.findEditor(composer!)!;
    editor.innerHTML = '<p><script>x</script><style>p{}</style>visible<span hidden>hidden</span></p>';
    expect(facebook.read(composer!).body).toBe('visible');
    editor.remove();
    expect(facebook.read(composer!).body).toBe('');
    expect(() => exerciseAll(facebook, page.document)).not.toThrow();
  });
});
