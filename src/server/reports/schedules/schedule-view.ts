import { desc, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/connect.ts';
import { jobRunTable, reportScheduleTable } from '../../../db/schema/index.ts';
import { reportScheduleVisibleSql } from '../../access/work-records.ts';
import type { RequestContext } from '../../http/context.ts';
import { reportById } from '../catalog.ts';
import type { ScheduleView } from './schemas.ts';

type ScheduleRow = typeof reportScheduleTable.$inferSelect;

export async function scheduleViews(db: DbOrTx, rows: ScheduleRow[]): Promise<ScheduleView[]> {
  const jobIds = rows.map((r) => r.lastJobId).filter((id): id is string => Boolean(id));
  const jobs = jobIds.length ? await db.select().from(jobRunTable).where(inArray(jobRunTable.id, jobIds)) : [];
  const byId = new Map(jobs.map((j) => [j.id, j]));
  return rows.map((r) => {
    const job = r.lastJobId ? byId.get(r.lastJobId) : undefined;
    const message = job?.result?.message;
    return {
      id: r.id,
      report: r.report,
      reportTitle: reportById(r.report)?.title ?? r.report,
      name: r.name,
      parameters: r.parameters,
      format: r.format,
      frequency: r.frequency,
      runAt: r.firstRunAt.toISOString(),
      nextRunAt: r.nextRunAt?.toISOString() ?? null,
      paused: r.paused,
      lastRunAt: r.lastRunAt?.toISOString() ?? null,
      lastJob: job
        ? {
            id: job.id,
            status: job.status,
            error: job.error,
            fileId: job.fileId,
            message: typeof message === 'string' ? message : null,
          }
        : null,
      version: r.version,
    };
  });
}

/** The user's schedules (those made working as a victim-service provider only while working as it). */
export async function listSchedules(db: DbOrTx, ctx: RequestContext): Promise<ScheduleView[]> {
  const rows = await db
    .select()
    .from(reportScheduleTable)
    .where(reportScheduleVisibleSql(ctx))
    .orderBy(desc(reportScheduleTable.createdAt));
  return scheduleViews(db, rows);
}
