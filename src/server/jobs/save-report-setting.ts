// Saved Report Settings: a user names the parameters of a report or export to reuse them later.
import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/connect.ts';
import { savedReportSettingTable } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { RequestContext } from '../http/context.ts';
import { conflict } from '../http/errors.ts';
import { newId } from '../http/ids.ts';
import { toReportSettingView } from './report-setting-view.ts';
import type { reportSettingInput } from './schemas.ts';

export async function saveReportSetting(db: Db, ctx: RequestContext, input: z.infer<typeof reportSettingInput>) {
  return db.transaction(async (tx) => {
    const [same] = await tx
      .select({ id: savedReportSettingTable.id })
      .from(savedReportSettingTable)
      .where(
        and(
          eq(savedReportSettingTable.ownerId, ctx.user.id),
          eq(savedReportSettingTable.report, input.report),
          sql`lower(${savedReportSettingTable.name}) = lower(${input.name})`,
        ),
      );
    if (same) throw conflict(`You already have saved settings named “${input.name}”. Choose another name.`);
    const [row] = await tx
      .insert(savedReportSettingTable)
      .values({
        id: newId(),
        ownerId: ctx.user.id,
        report: input.report,
        name: input.name,
        parameters: input.parameters,
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await recordAudit(tx, ctx, {
      action: 'report_setting.create',
      entityType: 'saved_report_setting',
      entityId: row.id,
    });
    return toReportSettingView(row);
  });
}
