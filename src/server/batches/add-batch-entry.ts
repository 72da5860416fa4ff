// Adds a scanned (or typed) client ID to an open batch. An ID no client has is refused, so a
// misread card is noticed at the scanner, not at posting.
import { eq, sql } from 'drizzle-orm';
import { serviceBatchEntryTable, serviceBatchTable } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { canSeeClient } from '../clients/client-access.ts';
import type { Deps } from '../deps.ts';
import type { RequestContext } from '../http/context.ts';
import { conflict, validationFailed } from '../http/errors.ts';
import { newId } from '../http/ids.ts';
import { lockBatch } from './load-batch.ts';
import { reviewEntries, summarize } from './review-entries.ts';

export async function addBatchEntry(deps: Deps, ctx: RequestContext, batchId: string, personalId: string) {
  return deps.database.db.transaction(async (tx) => {
    const batch = await lockBatch(tx, ctx, batchId);
    if (batch.status === 'posted') throw conflict('This batch has been posted: start a new batch for more clients');
    // A client hidden from this organization is, to it, a client that does not exist.
    if (!(await canSeeClient(tx, ctx, personalId)))
      throw validationFailed({ personalId: `No client has the ID ${personalId}: check the card and scan again` });
    const id = newId();
    await tx.insert(serviceBatchEntryTable).values({
      id,
      batchId,
      personalId,
      createdBy: ctx.user.id,
      updatedBy: ctx.user.id,
    });
    const [bumped] = await tx
      .update(serviceBatchTable)
      .set({ version: sql`${serviceBatchTable.version} + 1`, updatedAt: new Date(), updatedBy: ctx.user.id })
      .where(eq(serviceBatchTable.id, batchId))
      .returning({ version: serviceBatchTable.version });
    // The review shows the client's name: that is a read of the client record.
    await recordAudit(tx, ctx, {
      action: 'service_batch.add_client',
      entityType: 'service_batch',
      entityId: batchId,
      clientId: personalId,
    });
    const entries = await reviewEntries(tx, batch);
    const added = entries.find((e) => e.id === id);
    if (!added) throw new Error('added batch entry vanished');
    const { enrollment: _, ...entry } = added;
    return { entry, summary: summarize(entries), batchVersion: bumped?.version ?? batch.version + 1 };
  });
}
