import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';

/** The JSON body of every error response: a sentence, and a message per field when input was at fault. */
export interface ErrorBody {
  error: string;
  fields: Record<string, string>;
}

/** Sends `{error, fields}` with the given status. */
export function sendError<S extends ContentfulStatusCode>(
  c: Context,
  status: S,
  error: string,
  fields: Record<string, string> = {},
) {
  return c.json<ErrorBody, S>({ error, fields }, status);
}

/** Sends 429 with a `Retry-After` header (whole seconds) and the usual `{error, fields}` body. */
export function sendTooManyRequests(c: Context, retryAfterSeconds: number, error: string) {
  c.header('Retry-After', String(retryAfterSeconds));
  return sendError(c, 429, error);
}

const HEADER_NAMES: Record<string, string> = { 'idempotency-key': 'Idempotency-Key' };

/**
 * Turns zod issues into one plain message per field path (`offeredBy.name`), keeping the first
 * message for each field; an issue about the whole body is filed under `body`.
 * @example fieldErrors(result.error.issues) // { estimatedValue: 'Enter the estimated value in pounds' }
 */
export function fieldErrors(issues: readonly z.core.$ZodIssue[], root = 'body'): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join('.');
    const key = HEADER_NAMES[path] ?? (path || root);
    if (key in fields) continue;
    fields[key] = friendlyMessage(issue, path);
  }
  return fields;
}

function friendlyMessage(issue: z.core.$ZodIssue, path: string): string {
  if (path === 'type' && (issue.code === 'invalid_union' || issue.code === 'invalid_value')) {
    return 'Choose the type of declaration: gift-hospitality or interest';
  }
  if (issue.code === 'invalid_type' && path === '') return 'Send a JSON object';
  if (issue.code === 'unrecognized_keys') return issue.message;
  return issue.message;
}

/** The validation hook for every route: a failed safeParse becomes a 400 with field errors. */
export function validationHook(
  result: { success: true } | { success: false; error: z.ZodError; target?: string },
  c: Context,
) {
  if (result.success) return undefined;
  const root = result.target === 'json' ? 'body' : (result.target ?? 'body');
  return sendError(c, 400, 'Some of the input is not valid', fieldErrors(result.error.issues, root));
}
