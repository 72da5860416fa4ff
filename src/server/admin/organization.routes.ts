import { z } from 'zod';
import { ctxOf } from '../auth/session-hook.ts';
import type { Feature } from '../features.ts';
import { versionQuery } from '../http/versions.ts';
import { createOrganization } from './create-organization.ts';
import { deleteOrganization } from './delete-organization.ts';
import { okSchema } from './hud-fields.ts';
import { getOrganization, listOrganizations } from './list-organizations.ts';
import { organizationInput, organizationRecord, organizationUpdate } from './organization.schema.ts';
import { updateOrganization } from './update-organization.ts';

const tags = ['admin: organizations'];
const params = z.object({ organizationId: z.string().min(1).max(32) });

/** HUD 2.01 Organization set-up (HMIS admin). */
export const organizationAdminRoutes: Feature = (app, deps) => {
  app.get(
    '/api/admin/organizations',
    { schema: { tags, response: { 200: z.object({ items: z.array(organizationRecord) }) } } },
    async () => ({ items: await listOrganizations(deps.database.db) }),
  );
  app.get(
    '/api/admin/organizations/:organizationId',
    { schema: { tags, params, response: { 200: organizationRecord } } },
    async (req) => getOrganization(deps.database.db, req.params.organizationId),
  );
  app.post(
    '/api/admin/organizations',
    { schema: { tags, body: organizationInput, response: { 201: organizationRecord } } },
    async (req, reply) => reply.code(201).send(await createOrganization(deps, ctxOf(req), req.body)),
  );
  app.put(
    '/api/admin/organizations/:organizationId',
    { schema: { tags, params, body: organizationUpdate, response: { 200: organizationRecord } } },
    async (req) => updateOrganization(deps, ctxOf(req), req.params.organizationId, req.body),
  );
  app.delete(
    '/api/admin/organizations/:organizationId',
    {
      schema: {
        tags,
        description: 'Soft-deletes an organization that runs no projects and takes it off every user.',
        params,
        querystring: versionQuery,
        response: { 200: okSchema },
      },
    },
    async (req) => {
      await deleteOrganization(deps, ctxOf(req), req.params.organizationId, req.query.version);
      return { ok: true as const };
    },
  );
};
