// Assessment API: new and edited update/annual assessments, and stored answers for editing
// or for "default from last assessment".
import { z } from 'zod';
import { ctxOf } from '../auth/session-hook.ts';
import { viewAfterChange } from '../enrollments/routes.ts';
import {
  assessmentView,
  editAssessmentSchema,
  householdView as householdViewSchema,
  recordAssessmentSchema,
} from '../enrollments/schemas.ts';
import type { Feature } from '../features.ts';
import { queryInt32 } from '../http/versions.ts';
import { getAnswers } from './get-answers.ts';
import { editAssessment, recordAssessment } from './record-assessment.ts';

const tags = ['assessments'];

const id = z.string().min(1).max(32).describe('EnrollmentID of any household member');

export const assessmentRoutes: Feature = (app, deps) => {
  const { db } = deps.database;

  app.post(
    '/api/enrollments/:id/assessments',
    {
      schema: {
        tags,
        description:
          'A new update (2) or annual (5) assessment for household members. An annual must be dated within 30 days of an anniversary of the head of household’s project start date.',
        params: z.object({ id }),
        body: recordAssessmentSchema,
        response: { 201: householdViewSchema },
      },
    },
    async (req, reply) => {
      const ctx = ctxOf(req);
      await recordAssessment(db, ctx, req.params.id, req.body);
      return reply.status(201).send(await viewAfterChange(deps, ctx, req.params.id));
    },
  );

  app.put(
    '/api/enrollments/:id/assessments/:stage/:date',
    {
      schema: {
        tags,
        description: 'Edit an existing update or annual assessment (it may move to a new InformationDate)',
        params: z.object({ id, stage: queryInt32(), date: z.iso.date() }),
        body: editAssessmentSchema,
        response: { 200: householdViewSchema },
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      await editAssessment(db, ctx, req.params.id, req.params.stage, req.params.date, req.body);
      return viewAfterChange(deps, ctx, req.params.id);
    },
  );

  app.get(
    '/api/enrollments/:id/answers',
    {
      schema: {
        tags,
        description:
          'Stored answers of the household: stage=1 (entry) or 3 (exit); stage=2/5 with date; or latest=true for each member’s most recent answers (optionally on or before `before`)',
        params: z.object({ id }),
        querystring: z.object({
          stage: queryInt32().optional(),
          date: z.iso.date().optional(),
          latest: z
            .enum(['true', 'false'])
            .optional()
            .transform((v) => v === 'true'),
          before: z.iso.date().optional(),
        }),
        response: { 200: assessmentView },
      },
    },
    async (req) => getAnswers(db, ctxOf(req), req.params.id, req.query),
  );
};
