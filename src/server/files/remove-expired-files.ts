// Files on Server expire: their bytes are removed and the row kept (marked deleted) so the job
// history still shows what was produced.
import { and, eq, isNull, lt, sql } from 'drizzle-orm';
import { storedFileTable } from '../../db/schema/index.ts';
import type { Deps } from '../deps.ts';

export async function removeExpiredFiles(deps: Deps, now = new Date()): Promise<number> {
  const { db } = deps.database;
  const expired = await db
    .select({ id: storedFileTable.id, storageKey: storedFileTable.storageKey })
    .from(storedFileTable)
    .where(and(isNull(storedFileTable.deletedAt), lt(storedFileTable.expiresAt, now)));
  for (const f of expired) {
    await deps.storage.remove(f.storageKey);
    await db
      .update(storedFileTable)
      .set({ deletedAt: now, updatedAt: now, version: sql`${storedFileTable.version} + 1` })
      .where(eq(storedFileTable.id, f.id));
  }
  return expired.length;
}
