// Assessment API: new and edited update/annual assessments, and stored answers for editing
// or for "default from last assessment".
import { z } from 'zod';
import { hudLabel } from '../../hud/codes.ts';
import { ctxOf } from '../auth/session-hook.ts';
import { viewAfterChange } from '../enrollments/routes.ts';
import {
  assessmentView,
  editAssessmentSchema,
  householdView as householdViewSchema,
  recordAssessmentSchema,
} from '../enrollments/schemas.ts';
import type { Feature } from '../features.ts';
import { annualAssessmentsDue, type DueRow } from './annual-assessment-tool.ts';
import { getAnswers } from './get-answers.ts';
import { editAssessment, recordAssessment } from './record-assessment.ts';
import { type ExportColumn, toCsv, toXlsx } from './table-export.ts';

const tags = ['assessments'];

const dueQuery = z.object({
  dueDate: z.iso.date().optional().describe('Default today'),
  organizationId: z.string().max(32).optional().describe('Default: the organization you work as'),
  projectId: z.string().max(32).optional(),
  funder: z.coerce.number().int().optional().describe('FundingSource code (2.06.1)'),
  personalId: z.string().max(32).optional(),
});
const dueRow = z.object({
  PersonalID: z.string(),
  FirstName: z.string().nullable(),
  LastName: z.string().nullable(),
  EnrollmentID: z.string(),
  HouseholdID: z.string(),
  RelationshipToHoH: z.number(),
  OrganizationName: z.string(),
  ProjectID: z.string(),
  ProjectName: z.string(),
  EntryDate: z.string(),
  anniversary: z.string(),
  windowOpens: z.string(),
  windowCloses: z.string(),
  daysLeft: z.number(),
});
const DUE_COLUMNS: ExportColumn<DueRow>[] = [
  { header: 'Client ID', value: (r) => r.PersonalID },
  { header: 'First name', value: (r) => r.FirstName },
  { header: 'Last name', value: (r) => r.LastName },
  {
    header: 'Relationship to head of household',
    value: (r) => hudLabel('RelationshipToHoH', r.RelationshipToHoH) ?? null,
  },
  { header: 'Organization', value: (r) => r.OrganizationName },
  { header: 'Project', value: (r) => r.ProjectName },
  { header: 'Project start date', value: (r) => r.EntryDate },
  { header: 'Anniversary', value: (r) => r.anniversary },
  { header: 'Window opens', value: (r) => r.windowOpens },
  { header: 'Window closes', value: (r) => r.windowCloses },
  { header: 'Days left', value: (r) => r.daysLeft },
];
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
        params: z.object({ id, stage: z.coerce.number().int(), date: z.iso.date() }),
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
    '/api/annual-assessments/due',
    {
      schema: {
        tags,
        description:
          'Annual Assessment Tool: open enrollments whose annual assessment is due in the window containing dueDate and not yet recorded',
        querystring: dueQuery,
        response: { 200: z.array(dueRow) },
      },
    },
    async (req) => annualAssessmentsDue(db, ctxOf(req), req.query),
  );

  app.get(
    '/api/annual-assessments/due/download',
    {
      schema: {
        tags,
        description: 'The Annual Assessment Tool list as CSV or Excel',
        querystring: dueQuery.extend({ format: z.enum(['csv', 'xlsx']) }),
        response: { 200: z.union([z.string(), z.instanceof(Buffer)]).describe('text/csv, or an .xlsx workbook') },
      },
    },
    async (req, reply) => {
      const rows = await annualAssessmentsDue(db, ctxOf(req), req.query, 'annual assessment tool download');
      const name = `annual-assessments-due-${req.query.dueDate ?? 'today'}`;
      if (req.query.format === 'csv') {
        reply.header('content-type', 'text/csv; charset=utf-8');
        reply.header('content-disposition', `attachment; filename="${name}.csv"`);
        return reply.send(toCsv(rows, DUE_COLUMNS));
      }
      reply.header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      reply.header('content-disposition', `attachment; filename="${name}.xlsx"`);
      return reply.send(await toXlsx(rows, DUE_COLUMNS, 'Annual assessments due'));
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
          stage: z.coerce.number().int().optional(),
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
