// The cron task behind scheduled reports: every minute, claim the schedules that are due (row
// locks skipped by a concurrent tick on another server), move each one's next run on in the same
// transaction, then queue its run as a background report job.
import { and, asc, eq, lte, sql } from 'drizzle-orm';
import { reportScheduleTable } from '../../../db/schema/index.ts';
import type { Deps } from '../../deps.ts';
import { defineSystemTask, jobRunnerFor } from '../../jobs/job-runner.ts';
import { reportById } from '../catalog.ts';
import { ownerLanguage, REPORT_JOB, type ReportJobParameters } from '../framework/report-job.ts';
import { reportText } from '../framework/report-labels.ts';
import { nextRunAfter } from './next-run.ts';

export async function fireDueSchedules(deps: Deps, now = new Date()): Promise<number> {
  const { db } = deps.database;
  const due = await db.transaction(async (tx) => {
    const rows = await tx
      .select()
      .from(reportScheduleTable)
      .where(and(eq(reportScheduleTable.paused, false), lte(reportScheduleTable.nextRunAt, now)))
      .orderBy(asc(reportScheduleTable.nextRunAt))
      .limit(50)
      .for('update', { skipLocked: true });
    for (const r of rows) {
      await tx
        .update(reportScheduleTable)
        .set({
          nextRunAt: nextRunAfter(r.frequency, r.firstRunAt, now),
          lastRunAt: now,
          version: sql`${reportScheduleTable.version} + 1`,
        })
        .where(eq(reportScheduleTable.id, r.id));
    }
    return rows;
  });
  for (const s of due) {
    const parameters: ReportJobParameters = {
      report: s.report,
      parameters: s.parameters,
      format: s.format,
      scheduleId: s.id,
    };
    // The Task List and Files on Server show the title as written: in the owner's language.
    const def = reportById(s.report);
    const text = reportText(def?.spanish, await ownerLanguage(deps, s.ownerId));
    const jobId = await jobRunnerFor(deps).enqueue({
      kind: REPORT_JOB,
      title: text.line(`${def?.title ?? s.report}: ${s.name} (scheduled)`),
      ownerId: s.ownerId,
      organizationId: s.organizationId,
      parameters,
    });
    await db.update(reportScheduleTable).set({ lastJobId: jobId }).where(eq(reportScheduleTable.id, s.id));
  }
  return due.length;
}

// pg-boss's cron sends each minute's tick once, whichever app server's clock sees it first.
defineSystemTask('report-schedules-due', {
  cron: () => '* * * * *',
  run: async (deps) => {
    await fireDueSchedules(deps);
  },
});
