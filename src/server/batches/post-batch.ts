// Post Services: every Ready entry becomes a service, all in one transaction, and the batch
// is marked posted. Posting again (double click, retry, a second tab) records nothing: the
// batch row is locked and its status checked, and each entry can yield one service only
// (unique index service_batch_entry_once).
import { and, eq } from 'drizzle-orm';
import { serviceBatchTable } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Deps } from '../deps.ts';
import type { RequestContext } from '../http/context.ts';
import { badRequest, staleVersion } from '../http/errors.ts';
import { assertVersion } from '../http/versions.ts';
import { prepareServices } from '../services/prepare-services.ts';
import { writeServices } from '../services/write-services.ts';
import { findBatch, lockBatch } from './load-batch.ts';
import { reviewEntries } from './review-entries.ts';
import type { BatchOut } from './schemas.ts';

export type PostResult = { posted: number; skipped: number; alreadyPosted: boolean; batch: BatchOut };

export async function postBatch(
  deps: Deps,
  ctx: RequestContext,
  batchId: string,
  version: number,
): Promise<PostResult> {
  const { db } = deps.database;
  const outcome = await db.transaction(async (tx) => {
    const batch = await lockBatch(tx, ctx, batchId);
    if (batch.status === 'posted') return { posted: 0, skipped: 0, alreadyPosted: true };
    // The list the user reviewed must be the one posted.
    assertVersion(batch.version, version, 'This batch');
    const entries = await reviewEntries(tx, batch);
    const ready = entries.filter((e) => e.flag === 'ready');
    if (!ready.length) throw badRequest('Nothing to post: no entry is Ready. Scan clients with an open enrollment.');
    const prepared = await prepareServices(
      tx,
      ctx,
      ready.map((e) => ({
        EnrollmentID: e.enrollment?.EnrollmentID ?? '',
        serviceTypeId: batch.serviceTypeId,
        DateProvided: batch.dateProvided,
        units: batch.units,
        unitValue: batch.unitValue,
      })),
    );
    prepared.forEach((p, i) => {
      p.batchEntryId = ready[i]?.id;
    });
    await writeServices(tx, ctx, prepared, { via: 'batch' });
    const now = new Date();
    const marked = await tx
      .update(serviceBatchTable)
      .set({
        status: 'posted',
        postedAt: now,
        postedBy: ctx.user.id,
        postedCount: prepared.length,
        updatedAt: now,
        updatedBy: ctx.user.id,
        version: batch.version + 1,
      })
      .where(and(eq(serviceBatchTable.id, batch.id), eq(serviceBatchTable.status, 'open')))
      .returning({ id: serviceBatchTable.id });
    if (!marked.length) throw staleVersion('This batch');
    const skipped = entries.length - prepared.length;
    await recordAudit(tx, ctx, {
      action: 'service_batch.post',
      entityType: 'service_batch',
      entityId: batch.id,
      detail: { posted: prepared.length, skipped },
    });
    return { posted: prepared.length, skipped, alreadyPosted: false };
  });
  return { ...outcome, batch: await findBatch(db, ctx, batchId) };
}
