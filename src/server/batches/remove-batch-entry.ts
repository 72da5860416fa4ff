// Takes an entry off an open batch (the X beside a No open enrollment or Duplicate entry).
import { and, eq, isNull, sql } from 'drizzle-orm';
import { serviceBatchEntryTable, serviceBatchTable } from '../../db/schema/index.ts';
import { requireBatchEntry } from '../access/work-records.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Deps } from '../deps.ts';
import type { RequestContext } from '../http/context.ts';
import { conflict, notFound } from '../http/errors.ts';
import { lockBatch } from './load-batch.ts';

export async function removeBatchEntry(deps: Deps, ctx: RequestContext, batchId: string, entryId: string) {
  await deps.database.db.transaction(async (tx) => {
    const batch = await lockBatch(tx, ctx, batchId);
    await requireBatchEntry(tx, ctx, batchId, entryId);
    if (batch.status === 'posted') throw conflict('This batch has been posted: its entries can no longer change');
    const now = new Date();
    const [removed] = await tx
      .update(serviceBatchEntryTable)
      .set({
        removedAt: now,
        removedBy: ctx.user.id,
        updatedAt: now,
        updatedBy: ctx.user.id,
        version: sql`${serviceBatchEntryTable.version} + 1`,
      })
      .where(
        and(
          eq(serviceBatchEntryTable.id, entryId),
          eq(serviceBatchEntryTable.batchId, batchId),
          isNull(serviceBatchEntryTable.removedAt),
        ),
      )
      .returning({ personalId: serviceBatchEntryTable.personalId });
    if (!removed) throw notFound('The batch entry');
    await tx
      .update(serviceBatchTable)
      .set({ version: sql`${serviceBatchTable.version} + 1`, updatedAt: now, updatedBy: ctx.user.id })
      .where(eq(serviceBatchTable.id, batchId));
    await recordAudit(tx, ctx, {
      action: 'service_batch.remove_client',
      entityType: 'service_batch',
      entityId: batchId,
      clientId: removed.personalId,
    });
  });
}
