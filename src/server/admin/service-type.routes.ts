import { z } from 'zod';
import { ctxOf } from '../auth/session-hook.ts';
import type { Feature } from '../features.ts';
import { createServiceType } from './create-service-type.ts';
import { listServiceTypes } from './list-service-types.ts';
import { serviceTypeInput, serviceTypeRecord, serviceTypeUpdate } from './service-type.schema.ts';
import { updateServiceType } from './update-service-type.ts';

const tags = ['admin: service types'];
const params = z.object({ serviceTypeId: z.string().min(1).max(32) });

/** The service catalog, active and inactive entries (HMIS admin). */
export const serviceTypeAdminRoutes: Feature = (app, deps) => {
  app.get(
    '/api/admin/service-types',
    { schema: { tags, response: { 200: z.object({ items: z.array(serviceTypeRecord) }) } } },
    async () => ({ items: await listServiceTypes(deps.database.db) }),
  );
  app.post(
    '/api/admin/service-types',
    { schema: { tags, body: serviceTypeInput, response: { 201: serviceTypeRecord } } },
    async (req, reply) => reply.code(201).send(await createServiceType(deps, ctxOf(req), req.body)),
  );
  app.put(
    '/api/admin/service-types/:serviceTypeId',
    { schema: { tags, params, body: serviceTypeUpdate, response: { 200: serviceTypeRecord } } },
    async (req) => updateServiceType(deps, ctxOf(req), req.params.serviceTypeId, req.body),
  );
};
