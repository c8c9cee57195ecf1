import { z } from '@hono/zod-openapi';

/** The error body in OpenAPI terms. */
export const ErrorSchema = z
  .object({ error: z.string(), fields: z.record(z.string(), z.string()) })
  .openapi('Error');

const json = (schema: z.ZodType, description: string) => ({
  content: { 'application/json': { schema } },
  description,
});

/** The error responses every authenticated route can give. */
export const AUTH_ERRORS = {
  400: json(ErrorSchema, 'Invalid input, with a message per field'),
  401: json(ErrorSchema, 'No token, or a token the register does not know'),
  403: json(ErrorSchema, 'The token’s role may not do this'),
  413: json(ErrorSchema, 'The body is larger than 64 KB'),
  415: json(ErrorSchema, 'The body is not JSON'),
  429: {
    ...json(
      ErrorSchema,
      'Too many sign-ins with unknown tokens from this address, or too many changes from this user; try again after Retry-After',
    ),
    headers: { 'Retry-After': { description: 'Seconds to wait before trying again', schema: { type: 'integer' } } },
  },
} as const;

/** Shorthand for a JSON response in a route definition. */
export { json as jsonResponse };

/** The bearer-token security requirement. */
export const BEARER = [{ bearerAuth: [] }];
