// HUD APR and CAPER: Reports → HMIS Exports → CSV-APR FY2026 / CSV-CAPER FY2026, run as a
// background job whose zip appears under Files on Server.
import { z } from 'zod';
import { ctxOf } from '../../auth/session-hook.ts';
import type { Feature } from '../../features.ts';
import { aprView } from './browse/apr-view.ts';
import { aprCellParams } from './browse/cell-params.ts';
import { cellClients, listCellClients } from './browse/list-cell-clients.ts';
import { saveAprRun } from './browse/saved-apr-runs.ts';
import { downloadApr, showApr, showSavedApr } from './browse/show-apr.ts';
import { aprDownloadQuery, aprRunParams, aprSaveParams, csvAprParams } from './csv-apr-params.ts';
import { csvAprOptions, listCsvAprOptions } from './list-csv-apr-options.ts';
import { requireReportableProjects } from './report-access.ts';
import { startCsvApr } from './start-csv-apr.ts';

export const aprRoutes: Feature = (app, deps) => {
  app.get(
    '/api/reports/csv-apr/options',
    {
      schema: {
        tags: ['reports'],
        description:
          'The organizations and projects the user may run the APR / CAPER on, and the default organization.',
        response: { 200: csvAprOptions },
      },
    },
    async (req) => listCsvAprOptions(deps.database.db, ctxOf(req)),
  );
  app.post(
    '/api/reports/csv-apr',
    {
      schema: {
        tags: ['reports'],
        description:
          'Queues a CSV-APR or CSV-CAPER FY2026 run (one CSV per question table, zipped for Sage). Poll GET /api/jobs/{jobId}; the zip is the job’s file.',
        body: csvAprParams,
        response: { 202: z.object({ jobId: z.string() }) },
      },
    },
    async (req, reply) => reply.status(202).send({ jobId: await startCsvApr(deps, ctxOf(req), req.body) }),
  );
  app.post(
    '/api/reports/apr/view',
    {
      schema: {
        tags: ['reports'],
        description: 'The APR or CAPER on screen: every table, and which cells list their clients.',
        body: aprRunParams,
        response: { 200: aprView },
      },
    },
    async (req) => showApr(deps, ctxOf(req), req.body),
  );
  app.post(
    '/api/reports/apr/save',
    {
      schema: {
        tags: ['reports'],
        description:
          'Saves a browser run to Files on Server (a job): reopened later with GET /api/reports/apr/saved/{jobId}, it shows the same tables and clients.',
        body: aprSaveParams,
        response: { 202: z.object({ jobId: z.string() }) },
      },
    },
    async (req, reply) => reply.status(202).send({ jobId: await saveAprRun(deps, ctxOf(req), req.body) }),
  );
  app.get(
    '/api/reports/apr/saved/:jobId',
    {
      schema: {
        tags: ['reports'],
        description:
          'A run saved to Files on Server: its parameters and tables. Pass savedRunId with them to /cell and /download.',
        params: z.object({ jobId: z.string().min(1).max(32) }),
        response: { 200: z.object({ params: aprRunParams, view: aprView }) },
      },
    },
    async (req) => showSavedApr(deps, ctxOf(req), req.params.jobId),
  );
  app.post(
    '/api/reports/apr/cell',
    {
      schema: {
        tags: ['reports'],
        description: 'The clients behind one cell of the APR or CAPER (those the user may see; each one audited).',
        body: aprCellParams,
        response: { 200: cellClients },
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      await requireReportableProjects(deps.database.db, ctx, [...new Set(req.body.projectIds)]);
      return listCellClients(deps, ctx, req.body);
    },
  );
  app.get(
    '/api/reports/apr/download',
    {
      schema: {
        tags: ['reports'],
        description: 'The whole APR or CAPER as Excel (a sheet per table) or PDF; projectIds repeated.',
        querystring: aprDownloadQuery,
        produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/pdf'],
      },
    },
    async (req, reply) => {
      const file = await downloadApr(deps, ctxOf(req), req.query, req.query.format);
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', `attachment; filename="${file.name}"`)
        .send(file.data);
    },
  );
};
