// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { Badge, badgeLabel } from './Badge';
import { render } from './test-render';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe('Badge', () => {
  it('renders nothing at all for a clean draft', async () => {
    const view = await render(<Badge count={0} severity="warn" expanded={false} panelId="p" onToggle={() => undefined} />);
    cleanup = view.unmount;
    expect(view.container.innerHTML).toBe('');
  });

  it('is a button named "Conduct check: N issues"', async () => {
    const view = await render(<Badge count={2} severity="block" expanded={false} panelId="p" onToggle={() => undefined} />);
    cleanup = view.unmount;
    const button = view.container.querySelector('button')!;
    expect(button.textContent?.replace(/\s+/g, ' ').replace(/^[!?]\s*/, '').trim()).toBe('Conduct check: 2 issues');
    expect(button.getAttribute('aria-expanded')).toBe('false');
  });

  it('says "1 issue", not "1 issues"', () => {
    expect(badgeLabel(1)).toBe('Conduct check: 1 issue');
  });
});
