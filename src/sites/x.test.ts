// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { adapterFor } from './index';
import { asUsersPress, exerciseAll, loadFixture, typeLines, type LoadedFixture } from './testing';
import x from './x';

const HOME = 'https://x.com/home';
let page: LoadedFixture;
afterEach(() => page?.close());

/** Lays lines out as DraftJS does: a data-block div per line, an empty line holding <br data-text>. */
function typeDraft(editor: Element, lines: string[]) {
  const doc = editor.ownerDocument;
  const contents = doc.createElement('div');
  contents.setAttribute('data-contents', 'true');
  lines.forEach((line, i) => {
    const block = doc.createElement('div');
    block.setAttribute('data-block', 'true');
    block.setAttribute('data-offset-key', `k${i}-0-0`);
    block.innerHTML = `<div class="public-DraftStyleDefault-block public-DraftStyleDefault-ltr" data-offset-key="k${i}-0-0"><span data-offset-key="k${i}-0-0"></span></div>`;
    const span = block.querySelector('span')!;
    if (line) span.innerHTML = '<span data-text="true"></span>';
    if (line) span.firstElementChild!.textContent = line;
    else span.innerHTML = '<br data-text="true">';
    contents.append(block);
  });
  editor.replaceChildren(contents);
  editor.dispatchEvent(new (doc.defaultView as unknown as typeof globalThis).Event('input', { bubbles: true }));
}

describe('x adapter', () => {
  it('is the adapter for x.com and twitter.com', () => {
    expect(adapterFor(new URL(HOME))?.id).toBe('x');
    expect(adapterFor(new URL('https://twitter.com/compose/tweet'))?.id).toBe('x');
  });

  it('reads the home composer into the exact draft', () => {
    page = loadFixture('x', HOME);
    const [composer] = x.findComposers(page.document);
    typeDraft(x.findEditor(composer!)!, ['Proud to support the campaign', '', 'Vote for change on Thursday!']);
    expect(x.read(composer!)).toEqual({
      channel: 'social',
      site: 'x',
      from: '',
      to: [],
      cc: [],
      bcc: [],
      subject: '',
      body: 'Proud to support the campaign\n\nVote for change on Thursday!',
      attachments: [],
    });
  });

  it('finds the inline composer and the compose modal at once, each with its own button', () => {
    page = loadFixture('x', HOME);
    page.document.querySelector<HTMLElement>('[data-testid="SideNav_NewTweet_Button"]')!.click();
    const composers = x.findComposers(page.document);
    expect(composers).toHaveLength(2);
    expect(composers.map((c) => x.findSendControl(c)?.getAttribute('data-testid'))).toEqual(['tweetButtonInline', 'tweetButton']);
    for (const composer of composers) expect(x.findEditor(composer)?.getAttribute('data-testid')).toBe('tweetTextarea_0');
  });

  it('reads every post of a thread in the modal', () => {
    page = loadFixture('x', `${HOME}#compose`);
    const modal = x.findComposers(page.document).find((c) => c.getAttribute('role') === 'dialog')!;
    modal.querySelector<HTMLElement>('[data-testid="addButton"]')!.click();
    const editors = modal.querySelectorAll('[data-testid^="tweetTextarea_"][role="textbox"]');
    expect(editors).toHaveLength(2);
    typeDraft(editors[0]!, ['First post']);
    typeDraft(editors[1]!, ['Second post']);
    expect(x.read(modal).body).toBe('First post\n\nSecond post');
  });

  it('records a post from the button and from Ctrl+Enter', () => {
    page = loadFixture('x', `${HOME}#compose`);
    const [inline, modal] = x.findComposers(page.document);
    typeDraft(x.findEditor(inline!)!, ['One']);
    x.findSendControl(inline!)!.click();
    typeDraft(x.findEditor(modal!)!, ['Two']);
    const KeyboardEvent = page.document.defaultView!.KeyboardEvent;
    // A script's replayed shortcut is ignored, as on sites that guard it; the user's own press sends.
    x.findEditor(modal!)!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', metaKey: true, bubbles: true }));
    expect(page.sent()).toHaveLength(1);
    x.findEditor(modal!)!.dispatchEvent(asUsersPress(new KeyboardEvent('keydown', { key: 'Enter', metaKey: true, bubbles: true })));
    expect(page.sent()).toEqual([
      { site: 'x', body: 'One' },
      { site: 'x', body: 'Two' },
    ]);
    expect(page.document.body.dataset.sent).toBe('2');
  });

  it('survives hostile DOM', () => {
    page = loadFixture('x', HOME);
    const [composer] = x.findComposers(page.document);
    const editor = x.findEditor(composer!)!;
    typeLines(editor, ['a'.repeat(500_000)]);
    expect(x.read(composer!).body.length).toBe(200_000);
    editor.remove();
    expect(x.read(composer!).body).toBe('');
    expect(x.findEditor(composer!)).toBeNull();
    expect(() => exerciseAll(x, page.document)).not.toThrow();
  });
});
