// Re-entry requests: a case manager asks an HMIS admin to re-enter an enrollment exited more than
// 90 days ago; the admin approves (re-enters it) or declines in Admin → Re-entry requests.
import { z } from 'zod';
import { ctxOf } from '../auth/session-hook.ts';
import type { Feature } from '../features.ts';
import { versionField } from '../http/versions.ts';
import { loadHouseholdOf } from './get-household.ts';
import { listReentryRequests } from './list-reentry-requests.ts';
import { openReentryRequest, requestReentry } from './request-reentry.ts';
import { resolveReentryRequest } from './resolve-reentry-request.ts';

const tags = ['enrollments'];
const id = z.string().min(1).max(32);
const openRequest = z
  .object({ id: z.string(), reason: z.string(), requestedAt: z.string() })
  .nullable()
  .describe('The open re-entry request, if one is waiting for an HMIS admin');
const requestOut = z.object({
  id: z.string(),
  EnrollmentID: z.string(),
  PersonalID: z.string(),
  clientName: z.string(),
  ProjectName: z.string(),
  EntryDate: z.string(),
  ExitDate: z.string().nullable(),
  reason: z.string(),
  requestedAt: z.string(),
  requestedBy: z.string(),
  version: z.number(),
});

export const reentryRoutes: Feature = (app, deps) => {
  const { db } = deps.database;

  app.get(
    '/api/enrollments/:id/reentry-request',
    {
      schema: {
        tags,
        description: 'The open request to have this enrollment re-entered by an HMIS admin, or null',
        params: z.object({ id }),
        response: { 200: z.object({ request: openRequest }) },
      },
    },
    async (req) => {
      await loadHouseholdOf(db, ctxOf(req), req.params.id);
      return { request: await openReentryRequest(db, req.params.id) };
    },
  );

  app.post(
    '/api/enrollments/:id/reentry-request',
    {
      schema: {
        tags,
        description:
          'Ask an HMIS admin to re-enter an enrollment exited more than 90 days ago (case managers may not re-enter it themselves then)',
        params: z.object({ id }),
        body: z.strictObject({
          reason: z
            .string()
            .trim()
            .min(1, { error: 'Say why the enrollment should be re-entered' })
            .max(500, { error: 'The reason can be at most 500 characters' }),
        }),
        response: { 201: z.object({ id: z.string() }) },
      },
    },
    async (req, reply) => reply.status(201).send(await requestReentry(db, ctxOf(req), req.params.id, req.body.reason)),
  );

  app.get(
    '/api/admin/reentry-requests',
    {
      schema: {
        tags,
        description: 'Open requests to re-enter enrollments exited more than 90 days ago (HMIS admin)',
        response: { 200: z.object({ items: z.array(requestOut) }) },
      },
    },
    async (req) => ({ items: await listReentryRequests(db, ctxOf(req)) }),
  );

  app.post(
    '/api/admin/reentry-requests/:id/:decision',
    {
      schema: {
        tags,
        description: 'Approve (re-enters the enrollment) or decline a re-entry request (HMIS admin)',
        params: z.object({ id, decision: z.enum(['approve', 'decline']) }),
        body: z.strictObject({ version: versionField }),
        response: { 200: z.object({ ok: z.literal(true) }) },
      },
    },
    async (req) => {
      await resolveReentryRequest(db, ctxOf(req), req.params.id, req.params.decision, req.body.version);
      return { ok: true as const };
    },
  );
};
