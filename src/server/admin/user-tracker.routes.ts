import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { recordAudit } from '../audit/record-audit.ts';
import { ctxOf, requireRole } from '../auth/session-hook.ts';
import { readDatabase } from '../deps.ts';
import type { Feature } from '../features.ts';
import type { RequestContext } from '../http/context.ts';
import { hudToday } from '../http/ids.ts';
import { userTracker, userTrackerQuery, userTrackerRow } from './user-tracker.ts';
import { userTrackerCsv, userTrackerXlsx } from './user-tracker-files.ts';

const tags = ['reports'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function attachment(reply: FastifyReply, type: string, ext: string) {
  return reply
    .header('content-type', type)
    .header('content-disposition', `attachment; filename="user-tracker-${hudToday()}.${ext}"`)
    .header('cache-control', 'no-store');
}

/** User Tracker (HMIS admins and program managers): on screen, as CSV, as Excel. */
export const userTrackerRoutes: Feature = (app, deps) => {
  const { db } = deps.database;
  const run = async (req: FastifyRequest, organizationId: string | undefined) => {
    const ctx = ctxOf(req);
    requireRole(ctx, 'program_manager');
    // A report: read from the replica when there is one; its audit row goes to the primary.
    return { ctx, rows: await userTracker(readDatabase(deps).db, ctx, organizationId) };
  };
  const downloaded = (ctx: RequestContext, format: string, organizationId: string | undefined, n: number) =>
    recordAudit(db, ctx, {
      action: 'report.user_tracker_downloaded',
      entityType: 'report',
      entityId: 'user-tracker',
      detail: { format, organizationId: organizationId ?? null, rows: n },
    });

  app.get(
    '/api/reports/user-tracker',
    {
      schema: {
        tags,
        querystring: userTrackerQuery,
        response: { 200: z.object({ items: z.array(userTrackerRow) }) },
      },
    },
    async (req) => ({ items: (await run(req, req.query.organizationId)).rows }),
  );
  app.get(
    '/api/reports/user-tracker.csv',
    {
      schema: {
        tags,
        querystring: userTrackerQuery,
        produces: ['text/csv'],
        response: { 200: z.string().describe('CSV file') },
      },
    },
    async (req, reply) => {
      const { ctx, rows } = await run(req, req.query.organizationId);
      await downloaded(ctx, 'csv', req.query.organizationId, rows.length);
      return attachment(reply, 'text/csv; charset=utf-8', 'csv').send(userTrackerCsv(rows));
    },
  );
  app.get(
    '/api/reports/user-tracker.xlsx',
    {
      schema: {
        tags,
        querystring: userTrackerQuery,
        produces: [XLSX],
        response: { 200: z.string().describe('Excel workbook') },
      },
    },
    async (req, reply) => {
      const { ctx, rows } = await run(req, req.query.organizationId);
      await downloaded(ctx, 'xlsx', req.query.organizationId, rows.length);
      return attachment(reply, XLSX, 'xlsx').send(await userTrackerXlsx(rows));
    },
  );
};
