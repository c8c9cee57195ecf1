// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import bluesky from './bluesky';
import { adapterFor, isSendShortcut } from './index';
import { asUsersPress, exerciseAll, loadFixture, typeLines, type LoadedFixture } from './testing';

const HOME = 'https://bsky.app/';
let page: LoadedFixture;
afterEach(() => page?.close());

/** Lays lines out as TipTap does: a <p> per paragraph, an empty one holding a trailing break. */
function typeTiptap(editor: Element, lines: string[]) {
  editor.innerHTML = lines.map((line) => (line ? `<p>${line}</p>` : '<p><br class="ProseMirror-trailingBreak"></p>')).join('');
  editor.dispatchEvent(new (editor.ownerDocument.defaultView as unknown as typeof globalThis).Event('input', { bubbles: true }));
}

describe('bluesky adapter', () => {
  it('is the adapter for bsky.app, sending on Ctrl/Cmd+Enter', () => {
    expect(adapterFor(new URL(HOME))?.id).toBe('bluesky');
    expect(isSendShortcut({ key: 'Enter', ctrlKey: false, metaKey: true }, bluesky)).toBe(true);
    expect(isSendShortcut({ key: 'Enter', ctrlKey: false, metaKey: false }, bluesky)).toBe(false);
  });

  it('reads the composer into the exact draft', () => {
    page = loadFixture('bluesky', `${HOME}#compose`);
    const [composer] = bluesky.findComposers(page.document);
    typeTiptap(bluesky.findEditor(composer!)!, ['Briefing from the chief constable today:', '', 'OFFICIAL-SENSITIVE, do not share.']);
    expect(bluesky.read(composer!)).toEqual({
      channel: 'social',
      site: 'bluesky',
      from: '',
      to: [],
      cc: [],
      bcc: [],
      subject: '',
      body: 'Briefing from the chief constable today:\n\nOFFICIAL-SENSITIVE, do not share.',
      attachments: [],
    });
  });

  it('finds one composer holding every post of a thread, and its Publish button', () => {
    page = loadFixture('bluesky', HOME);
    expect(bluesky.findComposers(page.document)).toHaveLength(0);
    page.document.querySelector<HTMLElement>('[data-testid="composeFAB"]')!.click();
    const [composer, ...rest] = bluesky.findComposers(page.document);
    expect(rest).toHaveLength(0);
    composer!.querySelector<HTMLElement>('[aria-label="Add another post"]')!.click();
    const editors = composer!.querySelectorAll('.ProseMirror');
    typeTiptap(editors[0]!, ['One']);
    typeTiptap(editors[1]!, ['Two']);
    expect(bluesky.read(composer!).body).toBe('One\n\nTwo');
    expect(bluesky.findSendControl(composer!)?.getAttribute('aria-label')).toBe('Publish posts');
  });

  it('finds the reply composer by its "Publish reply" button', () => {
    page = loadFixture('bluesky', HOME);
    page.document.querySelector<HTMLElement>('[data-testid="replyBtn"]')!.click();
    const [composer] = bluesky.findComposers(page.document);
    expect(bluesky.findSendControl(composer!)?.getAttribute('aria-label')).toBe('Publish reply');
  });

  it('records a post from the button and from Cmd+Enter', () => {
    page = loadFixture('bluesky', `${HOME}#compose`);
    let [composer] = bluesky.findComposers(page.document);
    typeLines(bluesky.findEditor(composer!)!, ['One'], 'p');
    bluesky.findSendControl(composer!)!.click();
    page.document.querySelector<HTMLElement>('[data-testid="composeFAB"]')!.click();
    [composer] = bluesky.findComposers(page.document);
    typeLines(bluesky.findEditor(composer!)!, ['Two'], 'p');
    const KeyboardEvent = page.document.defaultView!.KeyboardEvent;
    // A script's replayed shortcut is ignored, as on sites that guard it; the user's own press sends.
    bluesky.findEditor(composer!)!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', metaKey: true, bubbles: true }));
    expect(page.sent()).toHaveLength(1);
    bluesky.findEditor(composer!)!.dispatchEvent(asUsersPress(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', metaKey: true, bubbles: true })));
    expect(page.sent()).toEqual([
      { site: 'bluesky', body: 'One' },
      { site: 'bluesky', body: 'Two' },
    ]);
  });

  it('survives hostile DOM', () => {
    page = loadFixture('bluesky', `${HOME}#compose`);
    const [composer] = bluesky.findComposers(page.document);
    const editor = bluesky.findEditor(composer!)!;
    editor.innerHTML = '<p>' + '<span>'.repeat(3000) + 'x' + '</span>'.repeat(3000) + '</p>';
    expect(bluesky.read(composer!).body).toBe('x');
    editor.replaceChildren(); // happy-dom's own teardown recurses; keep it from overflowing
    composer!.querySelector('[data-testid="composerPublishBtn"]')!.remove();
    expect(bluesky.findSendControl(composer!)).toBeNull();
    expect(() => exerciseAll(bluesky, page.document)).not.toThrow();
  });
});
