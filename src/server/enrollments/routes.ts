// Enrollment API: household intake, the household view, edit entry, exit, edit exit, re-entry.
import { z } from 'zod';
import { ctxOf } from '../auth/session-hook.ts';
import type { Deps } from '../deps.ts';
import type { Feature } from '../features.ts';
import type { RequestContext } from '../http/context.ts';
import { editEntry } from './edit-entry.ts';
import { editExit } from './edit-exit.ts';
import { exitHousehold } from './exit-household.ts';
import { getHousehold, householdView, loadHouseholdOf } from './get-household.ts';
import { intakeHousehold } from './intake-household.ts';
import { listClientEnrollments, listProjectOptions } from './list-enrollments.ts';
import { reenterEnrollment } from './reenter-enrollment.ts';
import {
  clientEnrollmentsView,
  editEntrySchema,
  editExitSchema,
  exitSchema,
  householdView as householdViewSchema,
  intakeSchema,
  projectOption,
  reenterSchema,
} from './schemas.ts';

const tags = ['enrollments'];
const params = z.object({ id: z.string().min(1).max(32).describe('EnrollmentID of any household member') });
const household = { 200: householdViewSchema };

/** The household after a change (the writer has just seen it; no read audit). */
export async function viewAfterChange(deps: Deps, ctx: RequestContext, enrollmentId: string) {
  const { db } = deps.database;
  return householdView(db, await loadHouseholdOf(db, ctx, enrollmentId));
}

export const enrollmentRoutes: Feature = (app, deps) => {
  const { db } = deps.database;

  app.get(
    '/api/enrollments/projects',
    {
      schema: {
        tags,
        description:
          'Projects to enroll into (scope=current: the organization you work as) or to filter by (scope=mine)',
        querystring: z.object({ scope: z.enum(['current', 'mine']).default('current') }),
        response: { 200: z.array(projectOption) },
      },
    },
    async (req) => listProjectOptions(db, ctxOf(req), req.query.scope),
  );

  app.get(
    '/api/enrollments',
    {
      schema: {
        tags,
        description: "A client's enrollments, newest open ones first",
        querystring: z.object({ PersonalID: z.string().min(1).max(32) }),
        response: { 200: clientEnrollmentsView },
      },
    },
    async (req) => listClientEnrollments(db, ctxOf(req), req.query.PersonalID),
  );

  app.post(
    '/api/enrollments',
    {
      schema: {
        tags,
        description:
          'Household intake in one request: project, start date, members with RelationshipToHoH and each member’s project start answers. Same rules and validation as the intake workflow; nothing is written unless everything is valid.',
        body: intakeSchema,
        response: { 201: householdViewSchema },
      },
    },
    async (req, reply) => {
      const ctx = ctxOf(req);
      const id = await intakeHousehold(db, ctx, req.body);
      return reply.status(201).send(await viewAfterChange(deps, ctx, id));
    },
  );

  app.get(
    '/api/enrollments/:id',
    { schema: { tags, description: 'The household of an enrollment', params, response: household } },
    async (req) => getHousehold(db, ctxOf(req), req.params.id),
  );

  app.put(
    '/api/enrollments/:id/entry',
    {
      schema: {
        tags,
        description:
          'Edit entry: project start answers, start dates (entry assessment rows move with them), relationships (change of head of household) and family members joining',
        params,
        body: editEntrySchema,
        response: household,
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      await editEntry(db, ctx, req.params.id, req.body);
      return viewAfterChange(deps, ctx, req.params.id);
    },
  );

  app.post(
    '/api/enrollments/:id/exit',
    {
      schema: {
        tags,
        description:
          'Exit household members: exit date, destination and exit answers. Destination 30 (no exit interview) answers the rest from the last assessment.',
        params,
        body: exitSchema,
        response: household,
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      await exitHousehold(db, ctx, req.params.id, req.body);
      return viewAfterChange(deps, ctx, req.params.id);
    },
  );

  app.put(
    '/api/enrollments/:id/exit',
    {
      schema: {
        tags,
        description: 'Edit exit answers, destination or exit date',
        params,
        body: editExitSchema,
        response: household,
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      await editExit(db, ctx, req.params.id, req.body);
      return viewAfterChange(deps, ctx, req.params.id);
    },
  );

  app.post(
    '/api/enrollments/:id/reenter',
    {
      schema: {
        tags,
        description:
          'Re-enter an enrollment exited in error (every member who left that day). Case managers within 90 days of the exit; HMIS admins at any time.',
        params,
        body: reenterSchema,
        response: household,
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      await reenterEnrollment(db, ctx, req.params.id, req.body.version);
      return viewAfterChange(deps, ctx, req.params.id);
    },
  );
};
