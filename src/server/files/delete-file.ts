// Deletes a file from Files on Server: the bytes go, the row stays marked deleted for the job history.
// Deleting a job's output also deletes the client-level file made beside it (a CSV-APR's validation
// file, `result.validationFileId`): the report it explains is gone, and it should not outlive it.
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connect.ts';
import { jobRunTable, storedFileTable } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Deps } from '../deps.ts';
import type { RequestContext } from '../http/context.ts';
import { staleVersion } from '../http/errors.ts';
import { readableFile } from './readable-file.ts';

/** The companion file of the job whose output is `fileId`, if it has one not yet deleted. */
async function companionOf(tx: DbOrTx, fileId: string) {
  const [row] = await tx
    .select({ file: storedFileTable })
    .from(jobRunTable)
    .innerJoin(storedFileTable, sql`${storedFileTable.id} = ${jobRunTable.result}->>'validationFileId'`)
    .where(
      and(eq(jobRunTable.fileId, fileId), eq(storedFileTable.jobId, jobRunTable.id), isNull(storedFileTable.deletedAt)),
    );
  return row?.file;
}

export async function deleteFile(deps: Deps, ctx: RequestContext, id: string, version?: number): Promise<void> {
  const { db } = deps.database;
  const removed = await db.transaction(async (tx) => {
    const file = await readableFile(tx, ctx, id);
    const read = version ?? file.version;
    const done = await tx
      .update(storedFileTable)
      .set({ deletedAt: new Date(), updatedAt: new Date(), version: sql`${storedFileTable.version} + 1` })
      .where(and(eq(storedFileTable.id, id), eq(storedFileTable.version, read)))
      .returning({ id: storedFileTable.id });
    if (!done.length) throw staleVersion('The file');
    await recordAudit(tx, ctx, { action: 'file.delete', entityType: 'stored_file', entityId: id });
    const companion = await companionOf(tx, id);
    if (!companion) return [file.storageKey];
    await tx
      .update(storedFileTable)
      .set({ deletedAt: new Date(), updatedAt: new Date(), version: sql`${storedFileTable.version} + 1` })
      .where(eq(storedFileTable.id, companion.id));
    await recordAudit(tx, ctx, {
      action: 'file.delete',
      entityType: 'stored_file',
      entityId: companion.id,
      detail: { with: id },
    });
    return [file.storageKey, companion.storageKey];
  });
  for (const key of removed) await deps.storage.remove(key);
}
