// Case assignment API: a client's case managers, adding and ending assignments, caseloads,
// and the users who can be assigned.
import { z } from 'zod';
import { ctxOf } from '../auth/session-hook.ts';
import type { Feature } from '../features.ts';
import { versionField } from '../http/versions.ts';
import { addCaseAssignment, endCaseAssignment } from './change-case-assignment.ts';
import { listAssignableUsers, listCaseload, listClientAssignments } from './list-case-assignments.ts';

const tags = ['case assignments'];
const id = z.string().min(1).max(32);

const assignment = z.object({
  id: z.string(),
  userId: z.string(),
  userName: z.string(),
  organizationId: z.string(),
  organizationName: z.string(),
  EnrollmentID: z.string().nullable(),
  ProjectName: z.string().nullable(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  active: z.boolean(),
  version: z.number(),
});

const caseloadRow = z.object({
  id: z.string(),
  PersonalID: z.string(),
  FirstName: z.string().nullable(),
  LastName: z.string().nullable(),
  EnrollmentID: z.string().nullable(),
  ProjectID: z.string().nullable(),
  ProjectName: z.string().nullable(),
  EntryDate: z.string().nullable(),
  ExitDate: z.string().nullable(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  version: z.number(),
});

export const caseAssignmentRoutes: Feature = (app, deps) => {
  const { db } = deps.database;

  app.get(
    '/api/case-assignments',
    {
      schema: {
        tags,
        description: "A client's case managers, active first",
        querystring: z.object({ PersonalID: id }),
        response: { 200: z.array(assignment) },
      },
    },
    async (req) => listClientAssignments(db, ctxOf(req), req.query.PersonalID),
  );

  app.post(
    '/api/case-assignments',
    {
      schema: {
        tags,
        description: 'Make a user (with access to your organization) a case manager of the client',
        body: z.strictObject({
          PersonalID: id,
          userId: id,
          startDate: z.iso.date().optional(),
          EnrollmentID: id.optional(),
        }),
        response: { 201: z.object({ id: z.string() }) },
      },
    },
    async (req, reply) => reply.status(201).send({ id: await addCaseAssignment(db, ctxOf(req), req.body) }),
  );

  app.post(
    '/api/case-assignments/:id/end',
    {
      schema: {
        tags,
        description: 'End a case assignment (default: today)',
        params: z.object({ id }),
        body: z.strictObject({ version: versionField, endDate: z.iso.date().optional() }),
        response: { 200: z.object({ ok: z.literal(true) }) },
      },
    },
    async (req) => {
      await endCaseAssignment(db, ctxOf(req), req.params.id, req.body);
      return { ok: true as const };
    },
  );

  app.get(
    '/api/case-assignments/mine',
    {
      schema: {
        tags,
        description: 'My Case Assignments: your caseload (program managers may pass userId for a colleague’s)',
        querystring: z.object({
          status: z.enum(['active', 'inactive', 'all']).default('active'),
          userId: id.optional(),
          projectId: id.optional(),
          search: z.string().max(100).optional(),
        }),
        response: { 200: z.array(caseloadRow) },
      },
    },
    async (req) => listCaseload(db, ctxOf(req), req.query),
  );

  app.get(
    '/api/case-assignments/users',
    {
      schema: {
        tags,
        description: 'Users who can be case managers for an organization (default: yours), found by name',
        querystring: z.object({ organizationId: id.optional(), search: z.string().max(100).optional() }),
        response: { 200: z.array(z.object({ id: z.string(), name: z.string(), username: z.string() })) },
      },
    },
    async (req) => listAssignableUsers(db, ctxOf(req), req.query.organizationId, req.query.search),
  );
};
