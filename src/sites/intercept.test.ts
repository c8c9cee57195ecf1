// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OverlayStore } from '../overlay/store';
import { getPack } from '../policy/packs';
import { resolvePolicy } from '../policy/resolve';
import { ComposeController } from './compose-controller';
import { defineSite, type SiteAdapter } from './define-site';
import { interceptSends } from './intercept';

const policy = resolvePolicy(getPack('west-midlands')!);
const RISKY = 'Please find the OFFICIAL-SENSITIVE briefing on the custody review below.';
const CLEAN = 'Thanks for the agenda. I will attend on Thursday.';

/** A minimal email site: a composer with a To field, a body and a send button. */
const adapter = defineSite({
  id: 'gmail',
  matches: [],
  channel: 'email',
  selectors: {},
  findComposers: (root) => [...root.querySelectorAll('.composer')],
  findEditor: (composer) => composer.querySelector<HTMLElement>('.body'),
  findSendControl: (composer) => composer.querySelector<HTMLElement>('.send'),
  read: (composer) => ({
    channel: 'email',
    site: 'gmail',
    from: '',
    to: [(composer.querySelector('.to') as HTMLInputElement).value],
    cc: [],
    bcc: [],
    subject: '',
    body: composer.querySelector('.body')!.textContent ?? '',
    attachments: [],
  }),
  sendShortcut: { key: 'Enter', ctrlOrMeta: true },
});

let abort: AbortController;
let store: OverlayStore;
let controller: ComposeController;
let sends: string[];

function setUp(body: string, site: SiteAdapter = adapter) {
  document.body.innerHTML = `<div class="composer"><input class="to" value="sam@example.com"><div class="body" contenteditable="true"></div><button class="send">Send</button></div>`;
  const composer = document.querySelector('.composer')!;
  composer.querySelector('.body')!.textContent = body;
  sends = [];
  composer.querySelector('.send')!.addEventListener('click', () => sends.push('click'));
  composer.addEventListener('keydown', (event) => {
    if ((event as KeyboardEvent).key === 'Enter' && (event as KeyboardEvent).ctrlKey) sends.push('shortcut');
  });
  store = new OverlayStore();
  store.subscribe(() => undefined); // the overlay is rendered
  controller = new ComposeController(composer, { adapter: site, store, getPolicy: () => policy, declareGift: () => undefined });
  interceptSends({ adapter: site, store, controllers: () => [controller], signal: abort.signal });
}

beforeEach(() => {
  abort = new AbortController();
});
afterEach(() => {
  abort.abort();
  controller.dispose();
});

const sendButton = () => document.querySelector<HTMLButtonElement>('.send')!;
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('interceptSends', () => {
  it('never touches the send of a clean draft', () => {
    setUp(CLEAN);
    sendButton().click();
    expect(sends).toEqual(['click']);
    expect(store.getSnapshot().sendRequest).toBeNull();
  });

  it('holds a risky send until "Send anyway", then sends exactly once', async () => {
    setUp(RISKY);
    sendButton().click();
    expect(sends).toEqual([]);
    const request = store.getSnapshot().sendRequest!;
    expect(request.findings.map((f) => f.category)).toContain('confidential');
    request.resolve({ kind: 'send', reason: 'Agreed' });
    await settle();
    expect(sends).toEqual(['click']);
    // Acknowledged: a second send goes straight through.
    sendButton().click();
    expect(sends).toEqual(['click', 'click']);
  });

  it('keeps the draft after "Edit draft"', async () => {
    setUp(RISKY);
    sendButton().click();
    store.getSnapshot().sendRequest!.resolve({ kind: 'edit' });
    await settle();
    expect(sends).toEqual([]);
  });

  const pressShortcut = () =>
    document.querySelector('.body')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true }));

  it('holds the send shortcut, then sends once with a click on the send control', async () => {
    // A replayed key press is untrusted, and sites may ignore it; a click on their own control is what scripts send.
    setUp(RISKY);
    pressShortcut();
    expect(sends).toEqual([]);
    store.getSnapshot().sendRequest!.resolve({ kind: 'send', reason: '' });
    await settle();
    expect(sends).toEqual(['click']);
  });

  it('replays the shortcut where the site has no send control to click', async () => {
    setUp(RISKY, defineSite({ ...adapter, findSendControl: () => null }));
    pressShortcut();
    expect(sends).toEqual([]);
    store.getSnapshot().sendRequest!.resolve({ kind: 'send', reason: '' });
    await settle();
    expect(sends).toEqual(['shortcut']);
  });

  it('fails open: if reading the draft throws, the send goes ahead', () => {
    const broken = defineSite({
      ...adapter,
      read: () => {
        throw new Error('site changed its DOM');
      },
    });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    setUp(RISKY, broken);
    sendButton().click();
    expect(sends).toEqual(['click']);
  });

  it('fails open when the overlay is not there to ask', () => {
    setUp(RISKY);
    const bare = new OverlayStore();
    abort.abort();
    abort = new AbortController();
    interceptSends({ adapter, store: bare, controllers: () => [controller], signal: abort.signal });
    sendButton().click();
    expect(sends).toEqual(['click']);
  });
});
