import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/connect.ts';
import { reportScheduleTable } from '../../../db/schema/index.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import type { RequestContext } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';

/** Deletes one of the user's schedules; files it already produced stay on Files on Server. */
export async function deleteSchedule(db: Db, ctx: RequestContext, id: string) {
  await db.transaction(async (tx) => {
    const [gone] = await tx
      .delete(reportScheduleTable)
      .where(and(eq(reportScheduleTable.id, id), eq(reportScheduleTable.ownerId, ctx.user.id)))
      .returning({ id: reportScheduleTable.id });
    if (!gone) throw notFound('The schedule');
    await recordAudit(tx, ctx, { action: 'report_schedule.delete', entityType: 'report_schedule', entityId: id });
  });
}
