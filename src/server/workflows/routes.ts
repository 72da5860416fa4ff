// Workflow drafts API: Home → Paused Workflows (resume, restart, delete) and Finish.
import { z } from 'zod';
import { WORKFLOW_KINDS } from '../../db/schema/index.ts';
import { ctxOf } from '../auth/session-hook.ts';
import type { Feature } from '../features.ts';
import { localizeErrorBody, requestLanguage } from '../http/messages/localize.ts';
import { versionField } from '../http/versions.ts';
import { recordClientReads } from '../services/audit-many.ts';
import { checkWorkflow } from './check-workflow.ts';
import {
  clientsOfDraft,
  createDraft,
  deleteDraft,
  draftView,
  FIRST_STEP,
  listDrafts,
  loadDraft,
  saveDraft,
} from './drafts.ts';
import { finishWorkflow } from './finish-workflow.ts';

const tags = ['workflows'];
const id = z.string().min(1).max(32);
const data = z
  .record(z.string(), z.unknown())
  .describe('Every value entered so far; `input` holds the body of the matching enrollment API call');

const draft = z.object({
  id: z.string(),
  kind: z.enum(WORKFLOW_KINDS),
  step: z.string(),
  PersonalID: z.string().nullable(),
  EnrollmentID: z.string().nullable(),
  organizationId: z.string().nullable(),
  data,
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number(),
});

export const workflowRoutes: Feature = (app, deps) => {
  const { db } = deps.database;

  app.get(
    '/api/workflows',
    {
      schema: {
        tags,
        description: 'Your paused workflows, newest first',
        response: {
          200: z.array(
            draft.omit({ data: true, organizationId: true }).extend({
              clientName: z.string().nullable(),
              ProjectName: z.string().nullable(),
            }),
          ),
        },
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      const drafts = await listDrafts(db, ctx);
      await recordClientReads(
        db,
        ctx,
        drafts.flatMap((d) => (d.PersonalID ? [d.PersonalID] : [])),
        'paused workflows',
      );
      return drafts;
    },
  );

  app.post(
    '/api/workflows',
    {
      schema: {
        tags,
        description:
          'Start a workflow (intake, assessment, exit, edit-entry, edit-exit); it is saved as a draft. If you ' +
          'already have that kind paused for the enrollment (or, for an intake, the client), 409 ' +
          '`paused_workflow_exists` gives its draftId to resume instead.',
        body: z.strictObject({
          kind: z.enum(WORKFLOW_KINDS),
          PersonalID: id.optional(),
          EnrollmentID: id.optional(),
          step: z.string().max(120).optional(),
          data: data.optional(),
        }),
        response: { 201: draft },
      },
    },
    async (req, reply) => reply.status(201).send(draftView(await createDraft(db, ctxOf(req), req.body))),
  );

  app.get(
    '/api/workflows/:id',
    { schema: { tags, params: z.object({ id }), response: { 200: draft } } },
    async (req) => {
      const ctx = ctxOf(req);
      const d = await loadDraft(db, ctx, req.params.id);
      // Resuming shows everything entered about the household: a read of each client it names.
      await recordClientReads(db, ctx, clientsOfDraft(d), 'paused workflow');
      return draftView(d);
    },
  );

  app.put(
    '/api/workflows/:id',
    {
      schema: {
        tags,
        description: 'Save the values entered and the current step (every step saves)',
        params: z.object({ id }),
        body: z.strictObject({
          step: z.string().min(1).max(120),
          data,
          version: versionField,
          PersonalID: id.optional(),
        }),
        response: { 200: draft },
      },
    },
    async (req) => draftView(await saveDraft(db, ctxOf(req), req.params.id, req.body)),
  );

  app.post(
    '/api/workflows/:id/restart',
    {
      schema: {
        tags,
        description: 'Clear the values and go back to the first step',
        params: z.object({ id }),
        body: z.strictObject({ version: versionField }),
        response: { 200: draft },
      },
    },
    async (req) =>
      draftView(
        await saveDraft(
          db,
          ctxOf(req),
          req.params.id,
          { step: FIRST_STEP, data: {}, version: req.body.version },
          'workflow.restart',
        ),
      ),
  );

  app.delete(
    '/api/workflows/:id',
    { schema: { tags, params: z.object({ id }), response: { 204: z.null() } } },
    async (req, reply) => {
      const ctx = ctxOf(req);
      await db.transaction((tx) => deleteDraft(tx, ctx, req.params.id));
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/workflows/:id/check',
    {
      schema: {
        tags,
        description:
          "Check the values entered so far with Finish's own rules, writing nothing: every problem Finish would " +
          'report, keyed like its field errors (the page shows those of the pages already seen)',
        params: z.object({ id }),
        body: z.strictObject({ data }),
        response: {
          200: z.object({
            ok: z.boolean(),
            code: z.string().nullable(),
            message: z.string().nullable(),
            fields: z.record(z.string(), z.string()),
          }),
        },
      },
    },
    async (req) => {
      const result = await checkWorkflow(db, ctxOf(req), req.params.id, req.body.data);
      // The page shows these problems as the error handler would: in the request's language.
      const lng = requestLanguage(req.headers['accept-language']);
      if (result.ok || lng === 'en') return result;
      const local = localizeErrorBody(
        { code: result.code ?? '', message: result.message ?? '', fields: result.fields },
        lng,
      );
      return { ...result, message: result.message === null ? null : local.message, fields: local.fields ?? {} };
    },
  );

  app.post(
    '/api/workflows/:id/finish',
    {
      schema: {
        tags,
        description: 'Submit the workflow in one transaction; the draft is removed when it succeeds',
        params: z.object({ id }),
        body: z.strictObject({ version: versionField }),
        response: { 200: z.object({ EnrollmentID: z.string() }) },
      },
    },
    async (req) => ({ EnrollmentID: await finishWorkflow(db, ctxOf(req), req.params.id, req.body.version) }),
  );
};
