// Creates or changes a scheduled report. The parameters are checked now, as the owner, exactly as
// a run would check them, so a schedule cannot hold a date range out of order or programs the
// owner may not report on; the first run must be in the future.
import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db, DbOrTx } from '../../../db/connect.ts';
import { reportScheduleTable } from '../../../db/schema/index.ts';
import { requireReportSchedule } from '../../access/work-records.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { currentOrganization } from '../../auth/session-hook.ts';
import type { RequestContext } from '../../http/context.ts';
import { staleVersion, validationFailed } from '../../http/errors.ts';
import { newId } from '../../http/ids.ts';
import { reportById } from '../catalog.ts';
import { checkedParams } from '../framework/compute-report.ts';
import { nextRunAfter } from './next-run.ts';
import { scheduleViews } from './schedule-view.ts';
import type { scheduleInput, scheduleUpdate } from './schemas.ts';

async function checkedParameters(db: Db, ctx: RequestContext, report: string, parameters: Record<string, unknown>) {
  const def = reportById(report);
  if (!def) throw validationFailed({ report: `There is no report named ${report}` });
  const { params } = await checkedParams(db, ctx, def, parameters);
  return params;
}

function firstRun(runAt: string): Date {
  const at = new Date(runAt);
  if (at.getTime() <= Date.now()) {
    throw validationFailed({ runAt: 'The first run is in the past: choose a date and time in the future' });
  }
  return at;
}

export async function createSchedule(db: Db, ctx: RequestContext, input: z.infer<typeof scheduleInput>) {
  const organizationId = currentOrganization(ctx);
  const parameters = await checkedParameters(db, ctx, input.report, input.parameters);
  const at = firstRun(input.runAt);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(reportScheduleTable)
      .values({
        id: newId(),
        ownerId: ctx.user.id,
        organizationId,
        report: input.report,
        name: input.name,
        parameters: storedParameters(input.parameters, parameters),
        format: input.format,
        frequency: input.frequency,
        firstRunAt: at,
        nextRunAt: at,
        paused: input.paused,
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await recordAudit(tx, ctx, { action: 'report_schedule.create', entityType: 'report_schedule', entityId: row.id });
    return viewOf(tx, row);
  });
}

export async function updateSchedule(db: Db, ctx: RequestContext, id: string, input: z.infer<typeof scheduleUpdate>) {
  const current = await requireReportSchedule(db, ctx, id);
  if (current.version !== input.version) throw staleVersion('The schedule');
  // Checked as the organization the schedule runs as.
  const asScheduled = { ...ctx, user: { ...ctx.user, currentOrganizationId: current.organizationId } };
  const parameters = await checkedParameters(db, asScheduled, current.report, input.parameters);
  const changedTime = new Date(input.runAt).getTime() !== current.firstRunAt.getTime();
  const first = changedTime ? firstRun(input.runAt) : current.firstRunAt;
  const now = new Date();
  // Runs missed while paused are skipped: the next one is the first after now.
  const next = nextRunAfter(input.frequency, first, now);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(reportScheduleTable)
      .set({
        name: input.name,
        parameters: storedParameters(input.parameters, parameters),
        format: input.format,
        frequency: input.frequency,
        firstRunAt: first,
        nextRunAt: next,
        paused: input.paused,
        updatedAt: now,
        version: sql`${reportScheduleTable.version} + 1`,
      })
      .where(and(eq(reportScheduleTable.id, id), eq(reportScheduleTable.version, input.version)))
      .returning();
    if (!row) throw staleVersion('The schedule');
    await recordAudit(tx, ctx, {
      action:
        input.paused === current.paused
          ? 'report_schedule.update'
          : input.paused
            ? 'report_schedule.pause'
            : 'report_schedule.resume',
      entityType: 'report_schedule',
      entityId: id,
    });
    return viewOf(tx, row);
  });
}

async function viewOf(db: DbOrTx, row: typeof reportScheduleTable.$inferSelect) {
  const [view] = await scheduleViews(db, [row]);
  if (!view) throw new Error('no view of the schedule');
  return view;
}

/** What is stored: the parameters as given (a date-range preset stays a preset), checked. */
function storedParameters(given: Record<string, unknown>, parsed: Record<string, unknown>) {
  return typeof given.dateRange === 'string' && given.dateRange ? { ...parsed, dateRange: given.dateRange } : parsed;
}
