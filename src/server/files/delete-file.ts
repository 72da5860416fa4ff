// Deletes a file from Files on Server: the bytes go, the row stays marked deleted for the job history.
import { and, eq, sql } from 'drizzle-orm';
import { storedFileTable } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Deps } from '../deps.ts';
import type { RequestContext } from '../http/context.ts';
import { staleVersion } from '../http/errors.ts';
import { readableFile } from './readable-file.ts';

export async function deleteFile(deps: Deps, ctx: RequestContext, id: string, version?: number): Promise<void> {
  const { db } = deps.database;
  const f = await db.transaction(async (tx) => {
    const file = await readableFile(tx, ctx, id);
    const read = version ?? file.version;
    const done = await tx
      .update(storedFileTable)
      .set({ deletedAt: new Date(), updatedAt: new Date(), version: sql`${storedFileTable.version} + 1` })
      .where(and(eq(storedFileTable.id, id), eq(storedFileTable.version, read)))
      .returning({ id: storedFileTable.id });
    if (!done.length) throw staleVersion('The file');
    await recordAudit(tx, ctx, { action: 'file.delete', entityType: 'stored_file', entityId: id });
    return file;
  });
  await deps.storage.remove(f.storageKey);
}
