// Data Explorer API beside the report routes (/api/reports/data-explorer runs a question):
// the subjects and their columns, and saved questions (built-in, mine, shared).
import { z } from 'zod';
import { hudOptions } from '../../../../hud/codes.ts';
import { ctxOf } from '../../../auth/session-hook.ts';
import type { Deps } from '../../../deps.ts';
import type { ZApp } from '../../../features.ts';
import type { RequestContext } from '../../../http/context.ts';
import { requestLanguage } from '../../../http/messages/localize.ts';
import { requireMayRun } from '../../framework/compute-report.ts';
import { type ReportText, reportText } from '../../framework/report-labels.ts';
import type { AnyReport } from '../../framework/types.ts';
import { dataExplorerEs } from '../data-explorer.es.ts';
import { dataExplorerReport } from '../data-explorer.report.ts';
import { FILTER_OPS, OP_LABELS } from '../question.ts';
import { SUBJECTS } from '../subjects/index.ts';
import { deleteQuestion } from './delete-question.ts';
import { listQuestions, toQuestionView } from './list-questions.ts';
import { saveQuestion } from './save-question.ts';
import { questionInput, questionListQuery, questionUpdate, questionView } from './schemas.ts';
import { updateQuestion } from './update-question.ts';

const tags = ['reports'];
const idParams = z.object({ id: z.string().min(1).max(32) });
const ownName = (ctx: RequestContext) => `${ctx.user.firstName} ${ctx.user.lastName}`;
const allowed = (ctx: RequestContext) => requireMayRun(dataExplorerReport as unknown as AnyReport, ctx);

const subjectView = z.object({
  id: z.string(),
  label: z.string(),
  hasPrograms: z.boolean(),
  defaults: z.array(z.string()),
  columns: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      type: z.string(),
      pii: z.string().optional(),
      ops: z.array(z.object({ value: z.string(), label: z.string() })),
      codes: z.array(z.object({ value: z.string(), label: z.string() })).optional(),
    }),
  ),
});

// Column names in the language asked (the report's catalog); subjects and comparisons are translated by the screen.
const catalogIn = (text: ReportText) =>
  SUBJECTS.map((s) => ({
    id: s.id,
    label: s.label,
    hasPrograms: Boolean(s.ofProjects),
    defaults: s.defaults,
    columns: s.columns.map((c) => ({
      key: c.key,
      label: text.label(c.label),
      type: c.type,
      ...(c.pii ? { pii: c.pii } : {}),
      ops: FILTER_OPS[c.type].map((o) => ({ value: o, label: OP_LABELS[o] })),
      ...(c.list ? { codes: hudOptions(c.list) } : {}),
    })),
  }));

export async function questionRoutes(app: ZApp, deps: Deps) {
  const { db } = deps.database;
  app.get(
    '/api/data-explorer/subjects',
    {
      schema: {
        tags,
        description: 'What the Data Explorer can ask about: subjects, their columns and how each can be filtered.',
        response: { 200: z.object({ items: z.array(subjectView) }) },
      },
    },
    async (req) => {
      allowed(ctxOf(req));
      return { items: catalogIn(reportText(dataExplorerEs, requestLanguage(req.headers['accept-language']))) };
    },
  );
  app.get(
    '/api/data-explorer/questions',
    {
      schema: {
        tags,
        description: 'Built-in questions, mine, and those others shared (mine=true: only mine).',
        querystring: questionListQuery,
        response: { 200: z.object({ items: z.array(questionView) }) },
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      allowed(ctx);
      return { items: await listQuestions(db, ctx, req.query) };
    },
  );
  app.post(
    '/api/data-explorer/questions',
    {
      schema: {
        tags,
        description: 'Saves a question under a name.',
        body: questionInput,
        response: { 201: questionView },
      },
    },
    async (req, reply) => {
      const ctx = ctxOf(req);
      allowed(ctx);
      return reply.status(201).send(toQuestionView(ctx, await saveQuestion(db, ctx, req.body), ownName(ctx)));
    },
  );
  app.put(
    '/api/data-explorer/questions/:id',
    {
      schema: { tags, params: idParams, body: questionUpdate, response: { 200: questionView } },
    },
    async (req) => {
      const ctx = ctxOf(req);
      allowed(ctx);
      return toQuestionView(ctx, await updateQuestion(db, ctx, req.params.id, req.body), ownName(ctx));
    },
  );
  app.delete(
    '/api/data-explorer/questions/:id',
    { schema: { tags, params: idParams, response: { 204: z.null() } } },
    async (req, reply) => {
      const ctx = ctxOf(req);
      allowed(ctx);
      await deleteQuestion(db, ctx, req.params.id);
      return reply.status(204).send(null);
    },
  );
}
