// A batch with its review list (Batches → a batch → Batch Clients).

import { currentOrganization } from '../auth/session-hook.ts';
import type { Deps } from '../deps.ts';
import type { RequestContext } from '../http/context.ts';
import { recordClientReads } from '../services/audit-many.ts';
import { findBatch } from './load-batch.ts';
import { reviewEntries, summarize } from './review-entries.ts';

export async function reviewBatch(deps: Deps, ctx: RequestContext, batchId: string) {
  const { db } = deps.database;
  const batch = await findBatch(db, ctx, batchId);
  const entries = await reviewEntries(db, {
    id: batch.id,
    organizationId: currentOrganization(ctx),
    projectId: batch.ProjectID,
    serviceTypeId: batch.serviceTypeId,
    dateProvided: batch.DateProvided,
  });
  await recordClientReads(
    db,
    ctx,
    entries.map((e) => e.PersonalID),
    'service-batch',
  );
  return { batch, entries: entries.map(({ enrollment: _, ...e }) => e), summary: summarize(entries) };
}
