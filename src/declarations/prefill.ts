import { z } from 'zod';
import type { GiftPrefill } from '../engine/types';

/** A gift finding's prefill as it arrives in the popup's address: checked at this edge. */
export const GiftPrefillSchema = z.object({
  kind: z.enum(['gift', 'hospitality']).optional(),
  offeredBy: z.object({ name: z.string().max(200).optional(), organisation: z.string().max(200).optional() }).optional(),
  description: z.string().max(2000).optional(),
  estimatedValue: z.number().nonnegative().optional(),
  accepted: z.boolean().optional(),
}) satisfies z.ZodType<GiftPrefill>;

/**
 * Encodes a prefill for `popup.html#gift?prefill=…` (base64url of UTF-8 JSON).
 * @example declarationFormPath({ kind: 'gift' }) // '/popup.html#gift?prefill=eyJraW5kIjoiZ2lmdCJ9'
 */
export function encodePrefill(prefill: GiftPrefill): string {
  const bytes = new TextEncoder().encode(JSON.stringify(prefill));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Decodes a prefill from the address; anything malformed gives `null` (an empty form). */
export function decodePrefill(value: string): GiftPrefill | null {
  try {
    const base64 = value.replace(/-/g, '+').replace(/_/g, '/');
    const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
    const json: unknown = JSON.parse(new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0))));
    const parsed = GiftPrefillSchema.safeParse(json);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The popup page path that opens the gift form prefilled. */
export function declarationFormPath(prefill: GiftPrefill): `/popup.html#gift?prefill=${string}` {
  return `/popup.html#gift?prefill=${encodePrefill(prefill)}`;
}

/** Reads the tab and prefill from a popup hash such as `#gift?prefill=…` or `#mine`. */
export function readPopupHash(hash: string): { tab: string | null; prefill: GiftPrefill | null } {
  const [tab = '', query = ''] = hash.replace(/^#/, '').split('?', 2);
  const prefill = new URLSearchParams(query).get('prefill');
  return { tab: tab || null, prefill: prefill ? decodePrefill(prefill) : null };
}
