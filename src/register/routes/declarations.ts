import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { DeclarationSchema, DeclarationStatusSchema } from '../../declarations/schema';
import { type AuthEnv, requireRole } from '../auth';
import { createDeclaration, decideDeclaration, findDeclaration, listDeclarations } from '../declarations';
import { sendError, validationHook } from '../errors';
import type { RouteDeps } from './deps';
import { AUTH_ERRORS, BEARER, ErrorSchema, jsonResponse } from './schemas';

const RecordSchema = z
  .looseObject({
    ref: z.string(),
    status: DeclarationStatusSchema,
    type: z.enum(['gift-hospitality', 'interest']),
    createdAt: z.string(),
    declarant: z.object({ id: z.string(), name: z.string(), email: z.string(), jobTitle: z.string() }),
    decision: z
      .object({
        decision: z.enum(['approved', 'refused']),
        note: z.string(),
        by: z.object({ id: z.string(), name: z.string() }),
        at: z.string(),
      })
      .nullable(),
  })
  .openapi('DeclarationRecord', { description: 'The declaration as posted, plus what the register adds' });

const IdempotencyHeadersSchema = z.object({
  'idempotency-key': z
    .string({ message: 'Send an Idempotency-Key header (e.g. a UUID) so a retry cannot declare twice' })
    .min(1, 'Send an Idempotency-Key header (e.g. a UUID) so a retry cannot declare twice')
    .max(200, 'The Idempotency-Key is too long (200 characters at most)')
    .regex(/^[\x21-\x7e]+$/, 'The Idempotency-Key may contain only visible ASCII characters'),
});

const CURSOR_PREFIX = 'v1.';

/** An opaque cursor for the page after the declaration with this id. */
function encodeCursor(id: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${id}`).toString('base64url');
}

function decodeCursor(cursor: string): number | null {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!text.startsWith(CURSOR_PREFIX)) return null;
  const id = Number(text.slice(CURSOR_PREFIX.length));
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}

const ListQuerySchema = z.object({
  status: DeclarationStatusSchema.optional(),
  limit: z
    .string()
    .regex(/^\d{1,9}$/, 'Give limit as a whole number from 1 to 1000')
    .transform(Number)
    .refine((n) => n >= 1, 'Give limit as a whole number from 1 to 1000')
    // More than 1000 asks for the largest page, not an error.
    .transform((n) => Math.min(n, 1000))
    .optional(),
  cursor: z
    .string()
    .max(100, 'This cursor is not one the register gave out')
    .refine((value) => decodeCursor(value) !== null, 'This cursor is not one the register gave out')
    .optional(),
});

const DecisionBodySchema = z.object({
  decision: z.enum(['approved', 'refused'], { message: 'Choose approved or refused' }),
  note: z.string({ message: 'The note must be text' }).trim().max(2000, 'Keep the note under 2000 characters').default(''),
});


/** `POST/GET /api/declarations`, `GET /api/declarations/{ref}` and `POST /api/declarations/{ref}/decision`. */
export function declarationsRoutes(deps: RouteDeps) {
  const { db } = deps;
  const app = new OpenAPIHono<AuthEnv>({ defaultHook: validationHook });
  const anyone = requireRole(deps, ['staff', 'reviewer', 'admin']);
  const reviewers = requireRole(deps, ['reviewer', 'admin']);

  const create = createRoute({
    method: 'post',
    path: '/api/declarations',
    summary: 'Declare a gift, hospitality or an interest',
    description:
      'Idempotent per user and Idempotency-Key: a repeat returns the first declaration (201, header Idempotent-Replayed: true) and never adds a row.',
    security: BEARER,
    middleware: [anyone] as const,
    request: {
      headers: IdempotencyHeadersSchema,
      body: { required: true, content: { 'application/json': { schema: DeclarationSchema } } },
    },
    responses: { 201: jsonResponse(RecordSchema, 'Recorded (and committed), status pending'), ...AUTH_ERRORS },
  });
  app.openapi(create, async (c) => {
    const key = c.req.valid('header')['idempotency-key'];
    const { record, created } = await createDeclaration(db, c.get('user'), key, c.req.valid('json'));
    // Like the IETF Idempotency-Key draft: a replay gets the original response again.
    if (!created) c.header('Idempotent-Replayed', 'true');
    c.header('Location', `/api/declarations/${record.ref}`);
    return c.json(record, 201);
  });

  const list = createRoute({
    method: 'get',
    path: '/api/declarations',
    summary: 'List declarations, newest first',
    description: 'Staff see their own; reviewers and administrators see all of their organisation’s.',
    security: BEARER,
    middleware: [anyone] as const,
    request: { query: ListQuerySchema },
    responses: {
      200: jsonResponse(
        z.object({ items: z.array(RecordSchema), next: z.string().nullable() }),
        'One page; next is the cursor for the following page, or null on the last',
      ),
      ...AUTH_ERRORS,
    },
  });
  app.openapi(list, async (c) => {
    const query = c.req.valid('query');
    const page = await listDeclarations(db, c.get('user'), {
      status: query.status,
      limit: query.limit ?? 100,
      beforeId: query.cursor ? (decodeCursor(query.cursor) ?? undefined) : undefined,
    });
    return c.json({ items: page.items, next: page.nextAfterId === null ? null : encodeCursor(page.nextAfterId) }, 200);
  });

  const getOne = createRoute({
    method: 'get',
    path: '/api/declarations/{ref}',
    summary: 'One declaration, with its status and decision',
    description: 'Staff see their own; reviewers and administrators any of their organisation’s. Anything else is 404.',
    security: BEARER,
    middleware: [anyone] as const,
    request: { params: z.object({ ref: z.string().max(64) }) },
    responses: {
      200: jsonResponse(RecordSchema, 'The declaration'),
      ...AUTH_ERRORS,
      404: jsonResponse(ErrorSchema, 'No declaration you may see has this reference'),
    },
  });
  app.openapi(getOne, async (c) => {
    const record = await findDeclaration(db, c.get('user'), c.req.valid('param').ref);
    if (!record) return sendError(c, 404, 'No declaration has this reference');
    return c.json(record, 200);
  });

  const decide = createRoute({
    method: 'post',
    path: '/api/declarations/{ref}/decision',
    summary: 'Approve or refuse a pending declaration (reviewers and administrators)',
    security: BEARER,
    middleware: [reviewers] as const,
    request: {
      params: z.object({ ref: z.string().max(64) }),
      body: { required: true, content: { 'application/json': { schema: DecisionBodySchema } } },
    },
    responses: {
      200: jsonResponse(RecordSchema, 'The declaration with its decision'),
      ...AUTH_ERRORS,
      403: jsonResponse(ErrorSchema, 'Not a reviewer, or the reviewer’s own declaration'),
      404: jsonResponse(ErrorSchema, 'No declaration has this reference'),
      409: jsonResponse(ErrorSchema, 'Already decided'),
    },
  });
  app.openapi(decide, async (c) => {
    const { decision, note } = c.req.valid('json');
    const result = await decideDeclaration(db, c.get('user'), c.req.valid('param').ref, decision, note);
    if (!result.ok && result.failure === 'not-found') return sendError(c, 404, 'No declaration has this reference');
    if (!result.ok && result.failure === 'own-declaration') {
      return sendError(c, 403, 'You cannot decide your own declaration; ask another reviewer');
    }
    if (!result.ok) return sendError(c, 409, 'This declaration has already been decided');
    return c.json(result.record, 200);
  });
  return app;
}
