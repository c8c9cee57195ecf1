import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Declaration } from './declarations/schema';
import type { QueueEntry } from './declarations/queue';
import type { GiftPrefill } from './engine/types';

/** Messages the background answers; every sender may rely on these names and types. */
export interface ProtocolMap {
  /** Stores a declaration in the queue, then starts sending it; answers with its queue entry. */
  enqueueDeclaration(declaration: Declaration): QueueEntry;
  /** Sends whatever in the queue is due now (e.g. after the popup enqueued directly); `force` skips the back-off. */
  flushQueue(options?: { force?: boolean }): void;
  /** Asks the register for approvals and refusals of sent declarations. */
  refreshDeclarations(): void;
  /** Opens the declaration form in a new tab, prefilled from a gift finding in a draft. */
  openDeclarationForm(prefill: GiftPrefill): void;
}

/** Typed `sendMessage`/`onMessage` for the protocol above. */
export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
