// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { adapterFor, isSendShortcut } from './index';
import linkedin from './linkedin';
import { exerciseAll, loadFixture, typeLines, type LoadedFixture } from './testing';

const FEED = 'https://www.linkedin.com/feed/';
let page: LoadedFixture;
afterEach(() => page?.close());

describe('linkedin adapter', () => {
  it('is the adapter for www.linkedin.com, with no send shortcut', () => {
    expect(adapterFor(new URL(FEED))?.id).toBe('linkedin');
    expect(linkedin.sendShortcut).toBeUndefined();
    expect(isSendShortcut({ key: 'Enter', ctrlKey: true, metaKey: false }, linkedin)).toBe(false);
  });

  it('reads the share box into the exact draft, one line per Quill paragraph', () => {
    page = loadFixture('linkedin', `${FEED}#compose`);
    const composer = linkedin.findComposers(page.document).find((c) => c.classList.contains('share-box-v2__modal'));
    typeLines(linkedin.findEditor(composer!)!, ['Delighted to announce our new partnership!', '', 'Vote Labour on Thursday.'], 'p');
    expect(linkedin.read(composer!)).toEqual({
      channel: 'social',
      site: 'linkedin',
      from: '',
      to: [],
      cc: [],
      bcc: [],
      subject: '',
      body: 'Delighted to announce our new partnership!\n\nVote Labour on Thursday.',
      attachments: [],
    });
  });

  it('finds a comment box, the share box and a messaging window at once, each with its own send control', () => {
    page = loadFixture('linkedin', FEED);
    expect(linkedin.findComposers(page.document)).toHaveLength(1);
    page.document.querySelector<HTMLElement>('#start-post')!.click();
    page.document.querySelector<HTMLElement>('#open-message')!.click();
    const composers = linkedin.findComposers(page.document);
    expect(composers).toHaveLength(3);
    expect(composers.map((c) => linkedin.findSendControl(c)?.textContent?.trim())).toEqual(['Comment', 'Post', 'Send']);
    expect(linkedin.findEditor(composers[2]!)?.getAttribute('aria-label')).toBe('Write a message…');
  });

  it('records a post and a message from their buttons', () => {
    page = loadFixture('linkedin', `${FEED}#compose`);
    page.document.querySelector<HTMLElement>('#open-message')!.click();
    const [comment, share, message] = linkedin.findComposers(page.document);
    typeLines(linkedin.findEditor(comment!)!, ['Great work'], 'p');
    linkedin.findSendControl(comment!)!.click();
    typeLines(linkedin.findEditor(share!)!, ['Hello'], 'p');
    linkedin.findSendControl(share!)!.click();
    typeLines(linkedin.findEditor(message!)!, ['See you there'], 'p');
    linkedin.findSendControl(message!)!.click();
    expect(page.sent()).toEqual([
      { site: 'linkedin', kind: 'comment', body: 'Great work' },
      { site: 'linkedin', kind: 'post', body: 'Hello' },
      { site: 'linkedin', kind: 'message', body: 'See you there' },
    ]);
    expect(page.document.body.dataset.sent).toBe('3');
  });

  it('falls back to the button label when the class names change, and survives hostile DOM', () => {
    page = loadFixture('linkedin', `${FEED}#compose`);
    const composer = linkedin.findComposers(page.document).find((c) => c.getAttribute('role') === 'dialog');
    const post = composer!.querySelector('.share-actions__primary-action')!;
    post.className = 'renamed';
    expect(linkedin.findSendControl(composer!)).toBe(post);
    linkedin.findEditor(composer!)!.innerHTML = '<p>' + '<b><i>'.repeat(2000) + 'deep' + '</i></b>'.repeat(2000) + '</p>';
    expect(linkedin.read(composer!).body).toBe('deep');
    composer!.replaceChildren();
    expect(linkedin.read(composer!).body).toBe('');
    expect(() => exerciseAll(linkedin, page.document)).not.toThrow();
  });
});
