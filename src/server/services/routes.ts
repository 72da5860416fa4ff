// Services: a client's services, Quick Services for many clients, My Services, deletion requests.
import { z } from 'zod';
import { serviceTypeRecord } from '../admin/service-type.schema.ts';
import { ctxOf } from '../auth/session-hook.ts';
import type { Feature } from '../features.ts';
import { hudToday } from '../http/ids.ts';
import { versionField, versionQuery } from '../http/versions.ts';
import { deleteService } from './delete-service.ts';
import { listClientServices } from './list-client-services.ts';
import { listDeletionRequests } from './list-deletion-requests.ts';
import { listQuickServiceClients } from './list-quick-service-clients.ts';
import { listRecordableServiceTypes } from './list-recordable-service-types.ts';
import { listRecordingProjects } from './list-recording-projects.ts';
import { listServiceEnrollments } from './list-service-enrollments.ts';
import { recordQuickServices } from './record-quick-services.ts';
import { recordService } from './record-service.ts';
import { requestServiceDeletion } from './request-service-deletion.ts';
import { resolveDeletionRequest } from './resolve-deletion-request.ts';
import {
  chosenProject,
  chosenService,
  enrollmentOption,
  hudDate,
  id,
  ok,
  projectOption,
  serviceInput,
  serviceList,
  serviceOut,
  units,
  unitValue,
} from './schemas.ts';
import { searchMyServices } from './search-my-services.ts';

const tags = ['services'];
const personalParams = z.object({ personalId: id });
const idParams = z.object({ id });
const paging = {
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
};

export const servicesRoutes: Feature = (app, deps) => {
  app.get(
    '/api/services/projects',
    {
      schema: {
        tags,
        description: 'Projects the user may record services in (the current organization’s).',
        response: { 200: z.object({ items: z.array(projectOption) }) },
      },
    },
    async (req) => ({ items: await listRecordingProjects(deps, ctxOf(req)) }),
  );

  app.get(
    '/api/services/projects/:projectId/service-types',
    {
      schema: {
        tags,
        description:
          'The active service types the project records on the date (today if none): the CoC’s own services, and ' +
          'HUD-mapped ones only where HUD collects them for the project’s type and the grants active that day.',
        params: z.object({ projectId: id }),
        querystring: z.object({ date: hudDate.optional() }),
        response: { 200: z.object({ items: z.array(serviceTypeRecord) }) },
      },
    },
    async (req) => ({
      items: await listRecordableServiceTypes(deps, ctxOf(req), req.params.projectId, req.query.date ?? hudToday()),
    }),
  );

  app.get(
    '/api/clients/:personalId/services',
    {
      schema: {
        tags,
        description: 'A client’s services, newest first. Audited as a client read.',
        params: personalParams,
        querystring: z.object({
          serviceTypeId: id.optional(),
          projectId: id.optional(),
          from: hudDate.optional(),
          to: hudDate.optional(),
          ...paging,
        }),
        response: { 200: serviceList },
      },
    },
    async (req) => listClientServices(deps, ctxOf(req), req.params.personalId, req.query),
  );

  app.get(
    '/api/clients/:personalId/service-enrollments',
    {
      schema: {
        tags,
        description: 'The client’s enrollments in the current organization’s projects, to record a service on.',
        params: personalParams,
        response: { 200: z.object({ items: z.array(enrollmentOption) }) },
      },
    },
    async (req) => ({ items: await listServiceEnrollments(deps, ctxOf(req), req.params.personalId) }),
  );

  app.post(
    '/api/clients/:personalId/services',
    {
      schema: {
        tags,
        description:
          'Records a service on one of the client’s enrollments. HUD-mapped service types also write the HUD Services row.',
        params: personalParams,
        body: serviceInput,
        response: { 201: serviceOut },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await recordService(deps, ctxOf(req), req.params.personalId, req.body)),
  );

  app.delete(
    '/api/services/:id',
    {
      schema: {
        tags,
        description: 'Deletes (soft) a service the user recorded; HMIS admins may delete any.',
        params: idParams,
        querystring: versionQuery,
        response: { 200: ok },
      },
    },
    async (req) => {
      await deleteService(deps, ctxOf(req), req.params.id, req.query.version);
      return { ok: true as const };
    },
  );

  app.post(
    '/api/services/:id/deletion-requests',
    {
      schema: {
        tags,
        description: 'Asks an HMIS admin to delete a service someone else recorded.',
        params: idParams,
        body: z.object({ reason: z.string().trim().min(1, { error: 'Say why it should be deleted' }).max(500) }),
        response: { 201: z.object({ id: z.string() }) },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await requestServiceDeletion(deps, ctxOf(req), req.params.id, req.body.reason)),
  );

  app.get(
    '/api/my-services',
    {
      schema: {
        tags,
        description: 'Services the signed-in user recorded. Without dates, today’s.',
        querystring: z.object({
          personalId: id.optional(),
          serviceTypeId: id.optional(),
          from: hudDate.optional(),
          to: hudDate.optional(),
          ...paging,
        }),
        response: { 200: serviceList },
      },
    },
    async (req) => searchMyServices(deps, ctxOf(req), req.query),
  );

  app.get(
    '/api/quick-services/clients',
    {
      schema: {
        tags,
        description: 'Clients with an enrollment in the project open on the date (Quick Services – Multiple Clients).',
        querystring: z.object({ projectId: id, date: hudDate, serviceTypeId: id.optional() }),
        response: {
          200: z.object({
            items: z.array(
              z.object({
                PersonalID: z.string(),
                FirstName: z.string().nullable(),
                LastName: z.string().nullable(),
                EnrollmentID: z.string(),
                EntryDate: z.string(),
                ExitDate: z.string().nullable(),
                alreadyRecorded: z.boolean().describe('Already has this service on this date in this project'),
              }),
            ),
          }),
        },
      },
    },
    async (req) => ({ items: await listQuickServiceClients(deps, ctxOf(req), req.query) }),
  );

  app.post(
    '/api/quick-services',
    {
      schema: {
        tags,
        description: 'Records the same service for every listed client, in one transaction (all or none).',
        body: z.object({
          projectId: chosenProject,
          serviceTypeId: chosenService,
          DateProvided: hudDate,
          units,
          unitValue: unitValue.default(0),
          personalIds: z.array(id).min(1, { error: 'Tick at least one client' }).max(2000),
        }),
        response: { 201: z.object({ recorded: z.number() }) },
      },
    },
    async (req, reply) => reply.status(201).send(await recordQuickServices(deps, ctxOf(req), req.body)),
  );

  const requestOut = z.object({
    id: z.string(),
    status: z.enum(['open', 'approved', 'declined']),
    reason: z.string(),
    requestedAt: z.string(),
    requestedBy: z.object({ id: z.string(), name: z.string() }),
    organizationName: z.string().nullable(),
    service: serviceOut.nullable(),
    version: z.number(),
  });
  app.get(
    '/api/admin/service-deletion-requests',
    {
      schema: {
        tags,
        description: 'Requests to delete services (HMIS admin).',
        querystring: z.object({ status: z.enum(['open', 'approved', 'declined']).default('open') }),
        response: { 200: z.object({ items: z.array(requestOut) }) },
      },
    },
    async (req) => ({ items: await listDeletionRequests(deps, ctxOf(req), req.query.status) }),
  );

  app.post(
    '/api/admin/service-deletion-requests/:id/:decision',
    {
      schema: {
        tags,
        description: 'Approve (deletes the service) or decline a deletion request (HMIS admin).',
        params: z.object({ id, decision: z.enum(['approve', 'decline']) }),
        body: z.object({ version: versionField }),
        response: { 200: ok },
      },
    },
    async (req) => {
      await resolveDeletionRequest(deps, ctxOf(req), req.params.id, req.params.decision, req.body.version);
      return { ok: true as const };
    },
  );
};
