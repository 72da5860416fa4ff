import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connect.ts';
import { savedReportSettingTable } from '../../db/schema/index.ts';
import type { RequestContext } from '../http/context.ts';
import { toReportSettingView } from './report-setting-view.ts';

export async function listReportSettings(db: DbOrTx, ctx: RequestContext, report: string) {
  const rows = await db
    .select()
    .from(savedReportSettingTable)
    .where(and(eq(savedReportSettingTable.ownerId, ctx.user.id), eq(savedReportSettingTable.report, report)))
    .orderBy(asc(savedReportSettingTable.name));
  return rows.map(toReportSettingView);
}
