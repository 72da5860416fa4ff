import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/connect.ts';
import { savedReportSettingTable } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { RequestContext } from '../http/context.ts';
import { notFound } from '../http/errors.ts';

export async function deleteReportSetting(db: Db, ctx: RequestContext, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const gone = await tx
      .delete(savedReportSettingTable)
      .where(and(eq(savedReportSettingTable.id, id), eq(savedReportSettingTable.ownerId, ctx.user.id)))
      .returning({ id: savedReportSettingTable.id });
    if (!gone.length) throw notFound('The saved settings');
    await recordAudit(tx, ctx, { action: 'report_setting.delete', entityType: 'saved_report_setting', entityId: id });
  });
}
