// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buttonNamed, render } from '../overlay/test-render';
import { UserSettingsSchema } from './items';
import { CategoryFields, OrganisationField, ProfileFields, TrustedDomainsField } from './SettingsFields';
import type { SettingsState } from './use-settings';

function state(overrides: Partial<SettingsState> = {}): SettingsState {
  return { user: UserSettingsSchema.parse({ org: 'cumbria' }), managed: {}, isLoaded: true, savedAt: null, update: vi.fn(async () => undefined), ...overrides };
}

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe('settings fields', () => {
  it('offers the five organisations and shows the chosen one', async () => {
    const view = await render(<OrganisationField state={state()} />);
    cleanup = view.unmount;
    const radios = [...view.container.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(radios.map((r) => r.value)).toEqual(['west-midlands', 'warwickshire', 'combined-authority', 'derbyshire', 'cumbria']);
    expect(radios.find((r) => r.checked)?.value).toBe('cumbria');
  });

  it('locks what the organisation set, and says so', async () => {
    const view = await render(<OrganisationField state={state({ managed: { org: 'derbyshire' } })} />);
    cleanup = view.unmount;
    expect(view.container.textContent).toContain('Set by your organisation');
    expect(view.container.querySelector('fieldset')!.disabled).toBe(true);
    expect(view.container.querySelector<HTMLInputElement>('input[value="derbyshire"]')!.checked).toBe(true);
  });

  it('locks a managed role setting while leaving the other free', async () => {
    const view = await render(<ProfileFields state={state({ managed: { mediaAuthorised: true } })} />);
    cleanup = view.unmount;
    const [media, restricted] = [...view.container.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    expect(media!.checked).toBe(true);
    expect(media!.disabled).toBe(true);
    expect(restricted!.disabled).toBe(false);
  });

  it('lets a check be switched off only where the pack allows it', async () => {
    const view = await render(<CategoryFields state={state()} />);
    cleanup = view.unmount;
    const boxes = [...view.container.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    expect(boxes).toHaveLength(5);
    // Every built-in pack keeps all five checks on (userMayDisable is empty).
    expect(boxes.every((box) => box.disabled && box.checked)).toBe(true);
    expect(view.container.textContent).toContain('Always on under your code.');
  });

  it('refuses a trusted domain that is not a domain, with a message', async () => {
    const update = vi.fn(async () => undefined);
    const view = await render(<TrustedDomainsField state={state({ update })} />);
    cleanup = view.unmount;
    const { act } = await import('react');
    await act(async () => buttonNamed(view.container, /Add domain/)!.click());
    expect(view.container.textContent).toContain('Enter a domain name such as partner.org.uk');
    expect(update).not.toHaveBeenCalled();
  });
});
