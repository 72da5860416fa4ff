// Reads a batch of the user's organization (404 for any other: batches are the organization's).
import { and, asc, count, desc, eq, isNull } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../../db/connect.ts';
import {
  appUserTable,
  projectTable,
  serviceBatchEntryTable,
  serviceBatchTable,
  serviceTypeTable,
} from '../../db/schema/index.ts';
import { requireBatch } from '../access/work-records.ts';
import { currentOrganization } from '../auth/session-hook.ts';
import type { RequestContext } from '../http/context.ts';
import { notFound } from '../http/errors.ts';
import type { BatchOut } from './schemas.ts';

export type BatchRow = typeof serviceBatchTable.$inferSelect;

/** The batch row locked for this transaction, so two posts or scans take turns. */
export function lockBatch(tx: Tx, ctx: RequestContext, batchId: string): Promise<BatchRow> {
  return requireBatch(tx, ctx, batchId, { lock: true });
}

export async function findBatches(
  db: DbOrTx,
  ctx: RequestContext,
  f: { id?: string; status?: 'open' | 'posted' },
): Promise<BatchOut[]> {
  const org = currentOrganization(ctx);
  const entryCount = db
    .select({ batchId: serviceBatchEntryTable.batchId, n: count().as('n') })
    .from(serviceBatchEntryTable)
    .where(isNull(serviceBatchEntryTable.removedAt))
    .groupBy(serviceBatchEntryTable.batchId)
    .as('entry_count');
  const rows = await db
    .select({
      b: serviceBatchTable,
      ProjectName: projectTable.ProjectName,
      serviceName: serviceTypeTable.name,
      first: appUserTable.firstName,
      last: appUserTable.lastName,
      entryCount: entryCount.n,
    })
    .from(serviceBatchTable)
    .innerJoin(projectTable, eq(projectTable.ProjectID, serviceBatchTable.projectId))
    .innerJoin(serviceTypeTable, eq(serviceTypeTable.id, serviceBatchTable.serviceTypeId))
    .leftJoin(appUserTable, eq(appUserTable.id, serviceBatchTable.createdBy))
    .leftJoin(entryCount, eq(entryCount.batchId, serviceBatchTable.id))
    .where(
      and(
        eq(serviceBatchTable.organizationId, org),
        f.id ? eq(serviceBatchTable.id, f.id) : undefined,
        f.status ? eq(serviceBatchTable.status, f.status) : undefined,
      ),
    )
    .orderBy(asc(serviceBatchTable.status), desc(serviceBatchTable.createdAt))
    .limit(500);
  return rows.map(({ b, ...r }) => ({
    id: b.id,
    name: b.name,
    ProjectID: b.projectId,
    ProjectName: r.ProjectName,
    serviceTypeId: b.serviceTypeId,
    serviceName: r.serviceName,
    DateProvided: b.dateProvided,
    units: b.units,
    unitValue: b.unitValue,
    status: b.status,
    postedAt: b.postedAt?.toISOString() ?? null,
    postedCount: b.postedCount,
    createdBy: { id: b.createdBy ?? '', name: r.first ? `${r.first} ${r.last}` : '' },
    createdAt: b.createdAt.toISOString(),
    entryCount: Number(r.entryCount ?? 0),
    version: b.version,
  }));
}

export async function findBatch(db: DbOrTx, ctx: RequestContext, batchId: string): Promise<BatchOut> {
  const [batch] = await findBatches(db, ctx, { id: batchId });
  if (!batch) throw notFound('The batch');
  return batch;
}
