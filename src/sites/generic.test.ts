// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import generic from './generic';
import { adapterFor } from './index';
import { exerciseAll, loadFixture, typeLines, type LoadedFixture } from './testing';

const PORTAL = 'https://portal.partner.example.org/messages';
let page: LoadedFixture;
afterEach(() => page?.close());

describe('generic adapter', () => {
  it('applies only to sites added at runtime', () => {
    expect(generic.matches).toEqual([]);
    expect(adapterFor(new URL(PORTAL))).toBeUndefined();
    expect(adapterFor(new URL(PORTAL), ['https://*.partner.example.org/*'])?.id).toBe('other');
    expect(adapterFor(new URL('https://mail.google.com/'), ['<all_urls>'])?.id).toBe('gmail');
  });

  it('finds the message form and the comment box, not the search box or read-only text', () => {
    page = loadFixture('generic', PORTAL);
    const composers = generic.findComposers(page.document);
    expect(composers.map((c) => c.id || c.tagName)).toEqual(['message-form', 'SECTION']);
    expect(generic.findEditor(composers[0]!)?.id).toBe('message');
    expect(generic.findSendControl(composers[0]!)?.textContent).toBe('Send message');
    expect(generic.findEditor(composers[1]!)?.getAttribute('aria-label')).toBe('Add a comment');
    expect(generic.findSendControl(composers[1]!)?.textContent).toBe('Post comment');
  });

  it('reads a mail-like form as an email draft', () => {
    page = loadFixture('generic', PORTAL);
    const [form] = generic.findComposers(page.document);
    const field = (name: string) => form!.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[name="${name}"]`)!;
    field('to').value = 'sam.patel@council.example.gov.uk, press@newspaper.example.co.uk';
    field('cc').value = 'chief.exec@opcc.example.gov.uk';
    field('subject').value = 'Names of victims';
    field('message').value = 'Dear Sam,\r\n\r\nThe names are attached.';
    expect(generic.read(form!)).toEqual({
      channel: 'email',
      site: 'other',
      from: '',
      to: ['sam.patel@council.example.gov.uk', 'press@newspaper.example.co.uk'],
      cc: ['chief.exec@opcc.example.gov.uk'],
      bcc: [],
      subject: 'Names of victims',
      body: 'Dear Sam,\n\nThe names are attached.',
      attachments: [],
    });
  });

  it('reads a comment box as a social post and records both sends', () => {
    page = loadFixture('generic', PORTAL);
    const [form, comment] = generic.findComposers(page.document);
    typeLines(generic.findEditor(comment!)!, ['First line', 'Second line'], 'p');
    expect(generic.read(comment!)).toMatchObject({ channel: 'social', site: 'other', to: [], body: 'First line\nSecond line' });
    generic.findSendControl(comment!)!.click();
    form!.querySelector<HTMLTextAreaElement>('textarea[name="message"]')!.value = 'Hello';
    generic.findSendControl(form!)!.click();
    expect(page.sent()).toHaveLength(2);
    expect(page.document.body.dataset.sent).toBe('2');
  });

  it('splits a page-wide form into one composer per compose box', () => {
    page = loadFixture('generic', PORTAL);
    const doc = page.document;
    const wrapper = doc.createElement('form');
    wrapper.id = 'aspnetForm';
    wrapper.append(...Array.from(doc.body.children).filter((el) => el.tagName !== 'SCRIPT'));
    doc.body.prepend(wrapper);
    // Nested forms are invalid HTML, so a WebForms page has only the outer one: unwrap the inner.
    const inner = doc.getElementById('message-form')!;
    const box = doc.createElement('div');
    box.id = 'message-box';
    box.append(...Array.from(inner.childNodes));
    inner.replaceWith(box);
    const composers = generic.findComposers(doc);
    expect(composers.map((c) => c.id || c.tagName)).toEqual(['message-box', 'SECTION']);
  });

  it('treats a lone editor as its own composer and survives hostile DOM', () => {
    page = loadFixture('generic', PORTAL);
    const lone = page.document.createElement('div');
    lone.setAttribute('contenteditable', 'true');
    lone.textContent = 'alone';
    page.document.body.append(lone);
    const composer = generic.findComposers(page.document).find((c) => c === lone)!;
    expect(generic.findEditor(composer)).toBe(lone);
    expect(generic.findSendControl(composer)).toBeNull();
    expect(generic.read(composer)).toMatchObject({ channel: 'social', body: 'alone' });
    expect(() => exerciseAll(generic, page.document)).not.toThrow();
  });
});
