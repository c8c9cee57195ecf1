// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../engine/types';
import { SendDialog } from './SendDialog';
import { buttonNamed, render, typeInto } from './test-render';

/** A hand-made finding, as the engine would report it. */
function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'gift-offer',
    category: 'gifts',
    severity: 'warn',
    field: 'body',
    start: 0,
    end: 12,
    excerpt: 'two tickets',
    message: 'Declare this offer within 28 days, even if you decline it.',
    clause: { org: 'Office of the PCC for Cumbria', section: 'Hospitality and Gifts', text: 'Employees should not accept personal gifts.' },
    action: 'declare-gift',
    ...overrides,
  };
}

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe('SendDialog', () => {
  it('is an alert dialog named "Before you send" with focus on "Edit draft"', async () => {
    const view = await render(<SendDialog findings={[finding()]} onChoose={() => undefined} />);
    cleanup = view.unmount;
    const dialog = view.container.querySelector('[role="alertdialog"]')!;
    const title = document.getElementById(dialog.getAttribute('aria-labelledby')!)!;
    expect(title.textContent).toBe('Before you send');
    expect(document.activeElement?.textContent).toBe('Edit draft');
  });

  it('lets a warning through with "Send anyway"', async () => {
    const onChoose = vi.fn();
    const view = await render(<SendDialog findings={[finding()]} onChoose={onChoose} />);
    cleanup = view.unmount;
    const send = buttonNamed(view.container, /^Send anyway/)!;
    expect(send.disabled).toBe(false);
    expect(view.container.querySelector('textarea')).toBeNull();
    await act(async () => send.click());
    expect(onChoose).toHaveBeenCalledWith({ kind: 'send', reason: '' });
  });

  it('needs a reason before "Send anyway…" for a block', async () => {
    const onChoose = vi.fn();
    const view = await render(<SendDialog findings={[finding(), finding({ ruleId: 'marked-outside', severity: 'block', category: 'confidential', excerpt: 'OFFICIAL-SENSITIVE' })]} onChoose={onChoose} />);
    cleanup = view.unmount;
    const send = buttonNamed(view.container, /^Send anyway/)!;
    expect(send.disabled).toBe(true);
    await typeInto(view.container.querySelector('textarea')!, '   ');
    expect(send.disabled).toBe(true);
    await typeInto(view.container.querySelector('textarea')!, 'Agreed with the Chief Executive');
    expect(send.disabled).toBe(false);
    await act(async () => send.click());
    expect(onChoose).toHaveBeenCalledWith({ kind: 'send', reason: 'Agreed with the Chief Executive' });
  });

  it('treats Escape as "Edit draft"', async () => {
    const onChoose = vi.fn();
    const view = await render(<SendDialog findings={[finding()]} onChoose={onChoose} />);
    cleanup = view.unmount;
    await act(async () => {
      document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(onChoose).toHaveBeenCalledWith({ kind: 'edit' });
  });

  it('keeps Tab inside the dialog', async () => {
    const view = await render(<SendDialog findings={[finding()]} onChoose={() => undefined} />);
    cleanup = view.unmount;
    const send = buttonNamed(view.container, /^Send anyway/)!;
    send.focus();
    await act(async () => {
      send.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true }));
    });
    expect(document.activeElement?.textContent).toBe('Edit draft');
  });
});
