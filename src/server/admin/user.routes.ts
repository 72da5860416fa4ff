import { z } from 'zod';
import { ctxOf } from '../auth/session-hook.ts';
import type { Feature } from '../features.ts';
import { versionQuery } from '../http/versions.ts';
import { createUser } from './create-user.ts';
import { getUser, listUsers } from './list-users.ts';
import { resetUserPassword } from './reset-user-password.ts';
import { setUserActive } from './set-user-active.ts';
import { updateUser } from './update-user.ts';
import { passwordReset, userCreate, userQuery, userRecord, userUpdate } from './user.schema.ts';

const tags = ['admin: users'];
const params = z.object({ userId: z.string().min(1).max(32) });

/** User accounts: create, edit roles and organizations, deactivate, reset password (HMIS admin). */
export const userAdminRoutes: Feature = (app, deps) => {
  const { db } = deps.database;
  app.get(
    '/api/admin/users',
    { schema: { tags, querystring: userQuery, response: { 200: z.object({ items: z.array(userRecord) }) } } },
    async (req) => ({ items: await listUsers(db, req.query) }),
  );
  app.get('/api/admin/users/:userId', { schema: { tags, params, response: { 200: userRecord } } }, async (req) =>
    getUser(db, req.params.userId),
  );
  app.post(
    '/api/admin/users',
    {
      schema: {
        tags,
        description: 'Creates an account (and its HUD User record) that must change the initial password first.',
        body: userCreate,
        response: { 201: userRecord },
      },
    },
    async (req, reply) => reply.code(201).send(await createUser(deps, ctxOf(req), req.body)),
  );
  app.put(
    '/api/admin/users/:userId',
    { schema: { tags, params, body: userUpdate, response: { 200: userRecord } } },
    async (req) => updateUser(deps, ctxOf(req), req.params.userId, req.body),
  );
  app.post(
    '/api/admin/users/:userId/deactivate',
    {
      schema: {
        tags,
        description: 'Deactivates the account and ends its sessions.',
        params,
        body: versionQuery,
        response: { 200: userRecord },
      },
    },
    async (req) => setUserActive(deps, ctxOf(req), req.params.userId, false, req.body.version),
  );
  app.post(
    '/api/admin/users/:userId/reactivate',
    { schema: { tags, params, body: versionQuery, response: { 200: userRecord } } },
    async (req) => setUserActive(deps, ctxOf(req), req.params.userId, true, req.body.version),
  );
  app.post(
    '/api/admin/users/:userId/reset-password',
    {
      schema: {
        tags,
        description: 'Sets a temporary password the user must change at next sign-in; unlocks the account.',
        params,
        body: passwordReset,
        response: { 200: userRecord },
      },
    },
    async (req) => resetUserPassword(deps, ctxOf(req), req.params.userId, req.body),
  );
};
