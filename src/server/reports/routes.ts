// The Reports workspace API. Every report in the catalog gets the same routes:
//   GET  /api/reports/<id>?<parameters>&sort=&dir=&filter=key:text&page=&pageSize=&group=&count=
//   GET  /api/reports/<id>/download?format=xlsx|pdf|csv&<parameters>&<view>
//   POST /api/reports/<id>/jobs   {parameters, format}  → runs in the background, file on Files on Server
// plus the catalog, launch-form options and scheduled reports.
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { ctxOf } from '../auth/session-hook.ts';
import type { Deps } from '../deps.ts';
import type { Feature, ZApp } from '../features.ts';
import type { RequestContext } from '../http/context.ts';
import { AppError } from '../http/errors.ts';
import { jobRunnerFor } from '../jobs/job-runner.ts';
import { reports } from './catalog.ts';
import { questionRoutes } from './data-explorer/questions/routes.ts';
import { auditReport } from './framework/audit-report.ts';
import { checkedParams, computeReport, mayRun } from './framework/compute-report.ts';
import { renderReport } from './framework/render-report.ts';
import { reportDb } from './framework/report-db.ts';
import { REPORT_JOB, type ReportJobParameters } from './framework/report-job.ts';
import { reportLanguage, reportText } from './framework/report-labels.ts';
import { backgroundRunInput, reportCatalogItem, reportFormat, reportResult } from './framework/schemas.ts';
import { parametersOf, showReport } from './framework/show-report.ts';
import type { AnyReport } from './framework/types.ts';
import { selectRows, viewQuery } from './framework/view.ts';
import { listReportOptions, reportOptions } from './options.ts';
import { scheduleRoutes } from './schedules/routes.ts';
import './schedules/fire-due-schedules.ts';

const tags = ['reports'];
// Past these, a download runs in the background instead (PDF pages take longest to lay out).
const DIRECT_LIMIT = { xlsx: 100_000, csv: 200_000, pdf: 5_000 } as const;

const userName = (ctx: RequestContext) => `${ctx.user.firstName} ${ctx.user.lastName}`;

function reportRoutes(app: ZApp, deps: Deps, def: AnyReport) {
  const path = `/api/reports/${def.id}`;
  const paramsNote = `Plus the report's parameters in the querystring (repeat a key for a list).`;

  app.get(
    path,
    {
      schema: {
        tags,
        description: `${def.title}: ${def.description} ${paramsNote}`,
        querystring: z.looseObject(viewQuery.shape),
        response: { 200: reportResult },
      },
    },
    async (req) =>
      showReport(deps, ctxOf(req), def, req.query, reportLanguage(req.query, req.headers['accept-language'])),
  );

  app.get(
    `${path}/download`,
    {
      schema: {
        tags,
        description: `${def.title} as Excel (header row with filters), PDF or CSV. ${paramsNote}`,
        querystring: z.looseObject({ ...viewQuery.shape, format: reportFormat }),
        produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/pdf', 'text/csv'],
        response: { 200: z.instanceof(Buffer).describe('The file') },
      },
    },
    async (req, reply: FastifyReply) => {
      const ctx = ctxOf(req);
      const { format, ...view } = z.object({ ...viewQuery.shape, format: reportFormat }).parse(req.query);
      const report = await computeReport(
        reportDb(deps),
        ctx,
        def,
        parametersOf(req.query as Record<string, unknown>),
        'files',
        undefined,
        { language: reportLanguage(req.query, req.headers['accept-language']) },
      );
      const rows = selectRows(report, view);
      if (rows.length > DIRECT_LIMIT[format]) {
        throw new AppError(
          422,
          'too_large_to_download',
          `${rows.length} rows is more than a ${format.toUpperCase()} download takes (${DIRECT_LIMIT[format]}): run it in the background to get it on Files on Server.`,
        );
      }
      const file = await renderReport(report, rows, format, userName(ctx));
      await auditReport(deps.database.db, ctx, report, rows, {
        action: 'report.downloaded',
        detail: { format, rows: rows.length },
      });
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', `attachment; filename="${file.name}"`)
        .header('cache-control', 'no-store')
        .send(file.data);
    },
  );

  app.post(
    `${path}/jobs`,
    {
      schema: {
        tags,
        description: `Runs ${def.title} in the background; the file appears on Files on Server.`,
        body: backgroundRunInput,
        response: { 202: z.object({ jobId: z.string() }) },
      },
    },
    async (req, reply) => {
      const ctx = ctxOf(req);
      const { params } = await checkedParams(reportDb(deps), ctx, def, req.body.parameters);
      const language = reportLanguage(undefined, req.headers['accept-language']);
      const parameters: ReportJobParameters = { report: def.id, parameters: params, format: req.body.format, language };
      const jobId = await jobRunnerFor(deps).enqueue({
        kind: REPORT_JOB,
        // The Task List and Files on Server show the title as written: in the asker's language.
        title: `${reportText(def.spanish, language).label(def.title)} (${req.body.format.toUpperCase()})`,
        ownerId: ctx.user.id,
        organizationId: ctx.user.currentOrganizationId,
        parameters,
      });
      return reply.status(202).send({ jobId });
    },
  );
}

export const reportsFeature: Feature = async (app, deps) => {
  app.get(
    '/api/reports',
    {
      schema: {
        tags,
        description: 'The reports the signed-in user may run.',
        response: { 200: z.object({ items: z.array(reportCatalogItem) }) },
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      return {
        items: reports
          .filter((r) => mayRun(r, ctx))
          .map(({ id, title, rowsTitle, group, description }) => ({ id, title, rowsTitle, group, description })),
      };
    },
  );
  app.get(
    '/api/reports/options',
    {
      schema: {
        tags,
        description:
          'Launch-form choices: organizations, programs, CoC codes and users the signed-in user may report on.',
        response: { 200: reportOptions },
      },
    },
    async (req) => listReportOptions(reportDb(deps), ctxOf(req)),
  );
  for (const def of reports) reportRoutes(app, deps, def);
  await scheduleRoutes(app, deps);
  await questionRoutes(app, deps);
};
