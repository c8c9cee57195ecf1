// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import gmail from './gmail';
import { adapterFor, isSendKeyOnControl } from './index';
import { asUsersPress, exerciseAll, loadFixture, typeLines, type LoadedFixture } from './testing';

const URL_INBOX = 'https://mail.google.com/mail/u/0/#inbox';
let page: LoadedFixture;
afterEach(() => page?.close());

function addRecipient(composer: Element, field: 'to' | 'cc' | 'bcc', address: string) {
  const input = composer.querySelector<HTMLInputElement>(`div[name="${field}"] input`)!;
  input.value = address;
  const KeyboardEvent = composer.ownerDocument.defaultView!.KeyboardEvent;
  input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
}

describe('gmail adapter', () => {
  it('is the adapter for mail.google.com', () => {
    expect(adapterFor(new URL(URL_INBOX))?.id).toBe('gmail');
  });

  it('reads a filled compose window into the exact draft', () => {
    page = loadFixture('gmail', URL_INBOX);
    const [composer] = gmail.findComposers(page.document);
    expect(composer).toBeDefined();
    addRecipient(composer!, 'to', 'sam.patel@council.example.gov.uk');
    addRecipient(composer!, 'to', 'Press Office <press@newspaper.example.co.uk>');
    addRecipient(composer!, 'cc', 'chief.exec@opcc.example.gov.uk');
    addRecipient(composer!, 'bcc', 'records@opcc.example.gov.uk');
    composer!.querySelector<HTMLInputElement>('input[name="subjectbox"]')!.value = 'Tickets for Saturday';
    typeLines(gmail.findEditor(composer!)!, ['Dear Sam,', '', 'Thank you for the two tickets to the match.', 'Best wishes,', 'Jo']);
    const attachment = page.document.createElement('div');
    attachment.className = 'dL';
    attachment.innerHTML = '<a class="dO"><div class="vI">Agenda 14 Nov.pdf</div><div class="vJ">(120K)</div></a>';
    composer!.querySelector('.attachments')!.append(attachment);

    expect(gmail.read(composer!)).toEqual({
      channel: 'email',
      site: 'gmail',
      from: 'jo.bloggs@opcc.example.gov.uk',
      to: ['sam.patel@council.example.gov.uk', 'press@newspaper.example.co.uk'],
      cc: ['chief.exec@opcc.example.gov.uk'],
      bcc: ['records@opcc.example.gov.uk'],
      subject: 'Tickets for Saturday',
      body: 'Dear Sam,\n\nThank you for the two tickets to the match.\nBest wishes,\nJo',
      attachments: ['Agenda 14 Nov.pdf'],
    });
  });

  it('reads addresses typed but not yet turned into chips', () => {
    page = loadFixture('gmail', URL_INBOX);
    const [composer] = gmail.findComposers(page.document);
    composer!.querySelector<HTMLInputElement>('div[name="to"] input')!.value = 'a@example.org, b@example.org';
    expect(gmail.read(composer!).to).toEqual(['a@example.org', 'b@example.org']);
  });

  it('finds two compose windows and an inline reply, each with its editor and Send', () => {
    page = loadFixture('gmail', URL_INBOX);
    page.document.querySelector<HTMLElement>('#compose-button')!.click();
    page.document.querySelector<HTMLElement>('#reply-button')!.click();
    const composers = gmail.findComposers(page.document);
    expect(composers).toHaveLength(3);
    for (const composer of composers) {
      expect(gmail.findEditor(composer)?.getAttribute('aria-label')).toBe('Message Body');
      expect(gmail.findSendControl(composer)?.getAttribute('data-tooltip')).toBe('Send \u202a(Ctrl-Enter)\u202c');
    }
    const reply = composers.find((c) => c.closest('#reply-slot'))!;
    expect(gmail.read(reply)).toMatchObject({
      to: ['sam.patel@council.example.gov.uk'],
      subject: 'Re: Community safety partnership – agenda for Thursday',
    });
  });

  it('records a send from the Send button and from Ctrl+Enter', () => {
    page = loadFixture('gmail', URL_INBOX);
    page.document.querySelector<HTMLElement>('#compose-button')!.click();
    const [first, second] = gmail.findComposers(page.document);
    typeLines(gmail.findEditor(first!)!, ['One']);
    gmail.findSendControl(first!)!.click();
    const KeyboardEvent = page.document.defaultView!.KeyboardEvent;
    typeLines(gmail.findEditor(second!)!, ['Two']);
    // A script's replayed shortcut is ignored, as on sites that guard it; the user's own press sends.
    gmail.findEditor(second!)!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
    expect(page.sent()).toHaveLength(1);
    gmail.findEditor(second!)!.dispatchEvent(asUsersPress(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true })));
    expect(page.sent()).toHaveLength(2);
    expect(page.document.body.dataset.sent).toBe('2');
    expect(gmail.findComposers(page.document)).toHaveLength(0);
  });

  it('sends on Enter or Space on the focused Send control, which isSendKeyOnControl recognises', () => {
    page = loadFixture('gmail', URL_INBOX);
    const [composer] = gmail.findComposers(page.document);
    typeLines(gmail.findEditor(composer!)!, ['Three']);
    const send = gmail.findSendControl(composer!)!;
    const KeyboardEvent = page.document.defaultView!.KeyboardEvent;
    const event = new KeyboardEvent('keydown', { key: ' ', bubbles: true, cancelable: true });
    send.dispatchEvent(event);
    expect(isSendKeyOnControl(event as unknown as globalThis.KeyboardEvent, send)).toBe(true);
    expect(isSendKeyOnControl({ key: 'a', target: send }, send)).toBe(false);
    expect(page.sent()).toEqual([expect.objectContaining({ body: 'Three' })]);
  });

  it('degrades to empty recipients and still reads the text when the rows are missing', () => {
    page = loadFixture('gmail', URL_INBOX);
    const [composer] = gmail.findComposers(page.document);
    composer!.querySelector('table.GS')!.remove();
    composer!.querySelector('input[name="from"]')!.remove();
    typeLines(gmail.findEditor(composer!)!, ['Still read']);
    // With no From field, the sender is the signed-in account from the page header.
    expect(gmail.read(composer!)).toMatchObject({ from: 'jo.bloggs@opcc.example.gov.uk', to: [], cc: [], bcc: [], body: 'Still read' });
  });

  it('finds the editor and Send in another language by their language-independent fallbacks', () => {
    page = loadFixture('gmail', URL_INBOX);
    const [composer] = gmail.findComposers(page.document);
    const body = composer!.querySelector('[aria-label="Message Body"]')!;
    body.setAttribute('aria-label', 'Corps du message');
    const send = composer!.querySelector('[data-tooltip^="Send"]')!;
    send.setAttribute('data-tooltip', 'Envoyer \u202a(Ctrl-Entrée)\u202c');
    send.setAttribute('aria-label', 'Envoyer \u202a(Ctrl-Entrée)\u202c');
    expect(gmail.findComposers(page.document)).toEqual([composer]);
    expect(gmail.findEditor(composer!)).toBe(body);
    expect(gmail.findSendControl(composer!)).toBe(send);
  });

  it('ignores a g_editable box outside compose (the signature editor in Settings)', () => {
    page = loadFixture('gmail', `${URL_INBOX.replace('#inbox', '#settings/general')}?compose=none`);
    const signature = page.document.createElement('div');
    signature.setAttribute('contenteditable', 'true');
    signature.setAttribute('g_editable', 'true');
    signature.setAttribute('aria-label', 'Signature');
    page.document.querySelector('main')!.append(signature);
    expect(gmail.findComposers(page.document)).toEqual([]);
  });

  it('survives hostile DOM: deep nesting, a huge body, missing nodes', () => {
    page = loadFixture('gmail', URL_INBOX);
    const [composer] = gmail.findComposers(page.document);
    const editor = gmail.findEditor(composer!)!;
    let node: Element = editor;
    for (let i = 0; i < 5000; i++) node = node.appendChild(page.document.createElement(i % 2 ? 'span' : 'div'));
    node.textContent = 'deep';
    editor.append('x'.repeat(1_000_000));
    const draft = gmail.read(composer!);
    expect(draft.body.startsWith('deep')).toBe(true);
    expect(draft.body.length).toBeLessThanOrEqual(200_000);
    composer!.replaceChildren();
    expect(gmail.read(composer!)).toMatchObject({ to: [], subject: '', body: '' });
    expect(gmail.findEditor(composer!)).toBeNull();
    expect(gmail.findSendControl(composer!)).toBeNull();
    expect(() => exerciseAll(gmail, page.document)).not.toThrow();
  });
});
