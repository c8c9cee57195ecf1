import type { z } from 'zod';

/**
 * Turns zod issues into one message per field, keyed by dotted path, for inline form messages.
 * @example fieldErrors(result.error) // { 'offeredBy': 'Say who made the offer…', 'estimatedValue': '…' }
 */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || 'form';
    messages[key] ??= issue.message;
  }
  return messages;
}
