import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/connect.ts';
import { reportScheduleTable } from '../../../db/schema/index.ts';
import { requireReportSchedule } from '../../access/work-records.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import type { RequestContext } from '../../http/context.ts';

/** Deletes one of the user's schedules; files it already produced stay on Files on Server. */
export async function deleteSchedule(db: Db, ctx: RequestContext, id: string) {
  await db.transaction(async (tx) => {
    await requireReportSchedule(tx, ctx, id, { lock: true });
    await tx.delete(reportScheduleTable).where(eq(reportScheduleTable.id, id));
    await recordAudit(tx, ctx, { action: 'report_schedule.delete', entityType: 'report_schedule', entityId: id });
  });
}
