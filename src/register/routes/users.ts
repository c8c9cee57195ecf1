import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { type AuthEnv, requireRole } from '../auth';
import { sendError, validationHook } from '../errors';
import {
  createUser,
  DuplicateEmailError,
  listUsers,
  NewUserSchema,
  reinstateUser,
  replaceToken,
  revokeUser,
  RoleSchema,
  UnknownUserError,
  UserConflictError,
} from '../users';
import type { RouteDeps } from './deps';
import { AUTH_ERRORS, BEARER, ErrorSchema, jsonResponse } from './schemas';

const CreatedUserSchema = z
  .object({ id: z.string(), token: z.string().openapi({ description: 'Shown once; the register keeps only its hash' }) })
  .openapi('CreatedUser');

const UserSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    role: RoleSchema,
    jobTitle: z.string(),
    createdAt: z.string(),
    revokedAt: z.string().nullable().openapi({ description: 'When their access was taken away; null while they have it' }),
  })
  .openapi('User');

const NewTokenSchema = z
  .object({ id: z.string(), token: z.string().openapi({ description: 'Shown once; the old token no longer works' }) })
  .openapi('NewToken');

const UserParamsSchema = z.object({ id: z.string().max(64) });

/** Answers a refused change to a user: 404 for an unknown user, 409 for one whose state does not allow it. */
function sendUserChangeError(c: Context, error: unknown) {
  if (error instanceof UnknownUserError) return sendError(c, 404, error.message);
  if (error instanceof UserConflictError) return sendError(c, 409, error.message);
  throw error;
}

/** `POST/GET /api/users`, `POST /api/users/{id}/revoke`, `/token` and `/reinstate`: administrators manage who has access. */
export function usersRoutes(deps: RouteDeps) {
  const { db, org } = deps;
  const app = new OpenAPIHono<AuthEnv>({ defaultHook: validationHook });
  const admins = requireRole(deps, ['admin']);

  const create = createRoute({
    method: 'post',
    path: '/api/users',
    summary: 'Add a user (administrators)',
    security: BEARER,
    middleware: [admins] as const,
    request: { body: { required: true, content: { 'application/json': { schema: NewUserSchema } } } },
    responses: {
      201: jsonResponse(CreatedUserSchema, 'The new user’s id and token'),
      ...AUTH_ERRORS,
      409: jsonResponse(
        ErrorSchema,
        'A user with that email address already exists; if their access was revoked, the message says how to reinstate them',
      ),
    },
  });
  app.openapi(create, async (c) => {
    try {
      const created = await createUser(db, org, c.req.valid('json'), c.get('user').id);
      return c.json(created, 201);
    } catch (error) {
      if (error instanceof DuplicateEmailError) {
        const field = error.revoked
          ? 'This email address belongs to a user whose access was revoked: reinstate them instead'
          : 'A user with this email address already exists';
        return sendError(c, 409, error.message, { email: field });
      }
      throw error;
    }
  });

  const list = createRoute({
    method: 'get',
    path: '/api/users',
    summary: 'List the users, revoked ones included (administrators)',
    security: BEARER,
    middleware: [admins] as const,
    responses: { 200: jsonResponse(z.object({ items: z.array(UserSchema) }), 'Every user, oldest first'), ...AUTH_ERRORS },
  });
  app.openapi(list, async (c) => c.json({ items: await listUsers(db, org) }, 200));

  const revoke = createRoute({
    method: 'post',
    path: '/api/users/{id}/revoke',
    summary: 'Take a user’s access away (administrators)',
    description: 'Their token stops working at once. Their declarations stay in the register, and the revocation is in the audit log.',
    security: BEARER,
    middleware: [admins] as const,
    request: { params: UserParamsSchema },
    responses: {
      200: jsonResponse(UserSchema, 'The user, with revokedAt set'),
      ...AUTH_ERRORS,
      404: jsonResponse(ErrorSchema, 'No user of this register has this id'),
      409: jsonResponse(ErrorSchema, 'Already revoked, your own access, or the last active administrator'),
    },
  });
  app.openapi(revoke, async (c) => {
    try {
      return c.json(await revokeUser(db, org, c.req.valid('param').id, c.get('user').id), 200);
    } catch (error) {
      return sendUserChangeError(c, error);
    }
  });

  const token = createRoute({
    method: 'post',
    path: '/api/users/{id}/token',
    summary: 'Give a user a new token, replacing theirs (administrators)',
    description: 'For a lost or leaked token: the old one stops working at once. The new one is shown once.',
    security: BEARER,
    middleware: [admins] as const,
    request: { params: UserParamsSchema },
    responses: {
      201: jsonResponse(NewTokenSchema, 'The user’s id and new token'),
      ...AUTH_ERRORS,
      404: jsonResponse(ErrorSchema, 'No user of this register has this id'),
      409: jsonResponse(ErrorSchema, 'The user’s access was revoked'),
    },
  });
  app.openapi(token, async (c) => {
    try {
      return c.json(await replaceToken(db, org, c.req.valid('param').id, c.get('user').id), 201);
    } catch (error) {
      return sendUserChangeError(c, error);
    }
  });

  const reinstate = createRoute({
    method: 'post',
    path: '/api/users/{id}/reinstate',
    summary: 'Give a revoked user access again (administrators)',
    description:
      'For someone who left and came back. They get a new token, shown once; the token they had stays revoked. The reinstatement is in the audit log.',
    security: BEARER,
    middleware: [admins] as const,
    request: { params: UserParamsSchema },
    responses: {
      200: jsonResponse(NewTokenSchema, 'The user’s id and new token'),
      ...AUTH_ERRORS,
      404: jsonResponse(ErrorSchema, 'No user of this register has this id'),
      409: jsonResponse(ErrorSchema, 'The user already has access'),
    },
  });
  app.openapi(reinstate, async (c) => {
    try {
      return c.json(await reinstateUser(db, org, c.req.valid('param').id, c.get('user').id), 200);
    } catch (error) {
      return sendUserChangeError(c, error);
    }
  });
  return app;
}
