import { enqueue, type QueueEntry } from '@/src/declarations/queue';
import type { Declaration } from '@/src/declarations/schema';
import { sendMessage } from '@/src/messaging';

/**
 * Stores a declaration in the queue first (so closing the popup loses nothing), then asks the
 * background to send it. If the background cannot be reached, the queue's alarm sends it later.
 */
export async function submitDeclaration(declaration: Declaration): Promise<QueueEntry> {
  const entry = await enqueue(declaration);
  sendMessage('flushQueue', undefined).catch(() => undefined);
  return entry;
}

/** Moves focus to the first control marked invalid in a form, after React has rendered the messages. */
export function focusFirstInvalid(form: HTMLFormElement | null): void {
  requestAnimationFrame(() => {
    const first = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
    first?.focus();
  });
}
