import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { type AuthEnv, requireRole } from '../auth';
import { sendError, validationHook } from '../errors';
import { createUser, DuplicateEmailError, NewUserSchema } from '../users';
import type { RouteDeps } from './deps';
import { AUTH_ERRORS, BEARER, ErrorSchema, jsonResponse } from './schemas';

const CreatedUserSchema = z
  .object({ id: z.string(), token: z.string().openapi({ description: 'Shown once; the register keeps only its hash' }) })
  .openapi('CreatedUser');

/** `POST /api/users`: an administrator adds a user and receives their token, once. */
export function usersRoutes({ db, org }: RouteDeps) {
  const app = new OpenAPIHono<AuthEnv>({ defaultHook: validationHook });
  const route = createRoute({
    method: 'post',
    path: '/api/users',
    summary: 'Add a user (administrators)',
    security: BEARER,
    middleware: [requireRole(db, org, ['admin'])] as const,
    request: { body: { required: true, content: { 'application/json': { schema: NewUserSchema } } } },
    responses: {
      201: jsonResponse(CreatedUserSchema, 'The new user’s id and token'),
      ...AUTH_ERRORS,
      409: jsonResponse(ErrorSchema, 'A user with that email address already exists'),
    },
  });
  app.openapi(route, async (c) => {
    try {
      const created = await createUser(db, org, c.req.valid('json'), c.get('user').id);
      return c.json(created, 201);
    } catch (error) {
      if (error instanceof DuplicateEmailError) {
        return sendError(c, 409, error.message, { email: 'A user with this email address already exists' });
      }
      throw error;
    }
  });
  return app;
}
