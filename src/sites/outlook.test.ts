// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { adapterFor } from './index';
import outlook from './outlook';
import { asUsersPress, exerciseAll, loadFixture, typeLines, type LoadedFixture } from './testing';

const MAIL = 'https://outlook.office.com/mail/inbox';
let page: LoadedFixture;
afterEach(() => page?.close());

function addRecipient(composer: Element, field: 'To' | 'Cc' | 'Bcc', address: string) {
  const add = composer.querySelector<HTMLElement>(`[data-add="${field}"]`);
  add?.click();
  const well = composer.querySelector(`[role="textbox"][aria-label="${field}"]`)!;
  well.append(address);
  const KeyboardEvent = composer.ownerDocument.defaultView!.KeyboardEvent;
  well.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
}

describe('outlook adapter', () => {
  it('is the adapter for all three Outlook hosts', () => {
    for (const host of ['outlook.office.com', 'outlook.office365.com', 'outlook.live.com']) {
      expect(adapterFor(new URL(`https://${host}/mail/`))?.id).toBe('outlook');
    }
  });

  it('reads a filled new message into the exact draft', () => {
    page = loadFixture('outlook', MAIL);
    const [composer] = outlook.findComposers(page.document);
    addRecipient(composer!, 'To', 'press@newspaper.example.co.uk');
    addRecipient(composer!, 'To', 'Sam Patel <sam.patel@council.example.gov.uk>');
    addRecipient(composer!, 'Cc', 'chief.exec@opcc.example.gov.uk');
    addRecipient(composer!, 'Bcc', 'records@opcc.example.gov.uk');
    composer!.querySelector('[data-lpc-hover-target]')!.setAttribute('title', 'press@newspaper.example.co.uk');
    composer!.querySelector<HTMLInputElement>('input[aria-label="Add a subject"]')!.value = 'OFFICIAL-SENSITIVE: briefing';
    typeLines(outlook.findEditor(composer!)!, ['Hello,', '', 'The briefing is below.', 'Regards'], 'div');
    const item = page.document.createElement('div');
    item.setAttribute('role', 'listitem');
    item.title = 'Briefing note.docx';
    item.textContent = 'Briefing note.docx 30 KB';
    composer!.querySelector('[aria-label="Attachments"]')!.append(item);

    expect(outlook.read(composer!)).toEqual({
      channel: 'email',
      site: 'outlook',
      from: 'jo.bloggs@opcc.example.gov.uk',
      to: ['press@newspaper.example.co.uk', 'sam.patel@council.example.gov.uk'],
      cc: ['chief.exec@opcc.example.gov.uk'],
      bcc: ['records@opcc.example.gov.uk'],
      subject: 'OFFICIAL-SENSITIVE: briefing',
      body: 'Hello,\n\nThe briefing is below.\nRegards',
      attachments: ['Briefing note.docx'],
    });
  });

  it('reads an address typed into a well but not yet resolved', () => {
    page = loadFixture('outlook', MAIL);
    const [composer] = outlook.findComposers(page.document);
    composer!.querySelector('[aria-label="To"]')!.append('a@example.org; b@example.org');
    expect(outlook.read(composer!).to).toEqual(['a@example.org', 'b@example.org']);
  });

  it('finds a new message and an inline reply at once', () => {
    page = loadFixture('outlook', MAIL);
    page.document.querySelector<HTMLElement>('#reply-button')!.click();
    const composers = outlook.findComposers(page.document);
    expect(composers).toHaveLength(2);
    for (const composer of composers) {
      expect(outlook.findEditor(composer)?.getAttribute('aria-label')).toBe('Message body, press Alt+F10 to exit');
      expect(outlook.findSendControl(composer)?.getAttribute('title')).toBe('Send (Ctrl+Enter)');
    }
    // A resolved contact shows only a name: that name is what can be read.
    expect(outlook.read(composers[1]!)).toMatchObject({ to: ['Sam Patel'], subject: 'RE: Community safety partnership – agenda for Thursday' });
  });

  it('records a send from the button and from Ctrl+Enter', () => {
    page = loadFixture('outlook', MAIL);
    page.document.querySelector<HTMLElement>('#reply-button')!.click();
    const [first, second] = outlook.findComposers(page.document);
    typeLines(outlook.findEditor(first!)!, ['One']);
    outlook.findSendControl(first!)!.click();
    typeLines(outlook.findEditor(second!)!, ['Two']);
    const KeyboardEvent = page.document.defaultView!.KeyboardEvent;
    // A script's replayed shortcut is ignored, as on sites that guard it; the user's own press sends.
    outlook.findEditor(second!)!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
    expect(page.sent()).toHaveLength(1);
    outlook.findEditor(second!)!.dispatchEvent(asUsersPress(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true })));
    expect(page.sent()).toHaveLength(2);
    expect(page.document.body.dataset.sent).toBe('2');
  });

  it('degrades to empty recipients when the wells are missing, and survives hostile DOM', () => {
    page = loadFixture('outlook', MAIL);
    const [composer] = outlook.findComposers(page.document);
    for (const row of composer!.querySelectorAll('.recip-row')) row.remove();
    typeLines(outlook.findEditor(composer!)!, ['Still read']);
    expect(outlook.read(composer!)).toMatchObject({ to: [], cc: [], bcc: [], body: 'Still read' });
    const editor = outlook.findEditor(composer!)!;
    let node: Element = editor;
    for (let i = 0; i < 3000; i++) node = node.appendChild(page.document.createElement('div'));
    node.append('z'.repeat(300_000));
    expect(outlook.read(composer!).body.length).toBe(200_000);
    page.document.querySelector('[id^="primaryMailboxRoot"]')!.remove();
    composer!.replaceChildren();
    expect(outlook.read(composer!)).toMatchObject({ from: '', to: [], subject: '', body: '', attachments: [] });
    expect(() => exerciseAll(outlook, page.document)).not.toThrow();
  });
});
