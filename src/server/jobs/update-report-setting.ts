import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/connect.ts';
import { savedReportSettingTable } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { RequestContext } from '../http/context.ts';
import { notFound, staleVersion } from '../http/errors.ts';
import { assertVersion } from '../http/versions.ts';
import { toReportSettingView } from './report-setting-view.ts';
import type { reportSettingUpdate } from './schemas.ts';

export async function updateReportSetting(
  db: Db,
  ctx: RequestContext,
  id: string,
  input: z.infer<typeof reportSettingUpdate>,
) {
  return db.transaction(async (tx) => {
    const mine = and(eq(savedReportSettingTable.id, id), eq(savedReportSettingTable.ownerId, ctx.user.id));
    const [stored] = await tx.select().from(savedReportSettingTable).where(mine);
    if (!stored) throw notFound('The saved settings');
    assertVersion(stored.version, input.version, 'These saved settings');
    const [row] = await tx
      .update(savedReportSettingTable)
      .set({ name: input.name, parameters: input.parameters, version: stored.version + 1, updatedAt: new Date() })
      .where(and(mine, eq(savedReportSettingTable.version, input.version)))
      .returning();
    if (!row) throw staleVersion('These saved settings');
    await recordAudit(tx, ctx, { action: 'report_setting.update', entityType: 'saved_report_setting', entityId: id });
    return toReportSettingView(row);
  });
}
