// A job's output it must not keep (the job failed after saving it): the bytes go and the row is
// marked deleted, as an expired file's, so nothing half-made stays on Files on Server.
import { eq, sql } from 'drizzle-orm';
import { storedFileTable } from '../../db/schema/index.ts';
import type { Deps } from '../deps.ts';

export async function discardFile(deps: Deps, id: string): Promise<void> {
  const { db } = deps.database;
  const [file] = await db
    .select({ storageKey: storedFileTable.storageKey })
    .from(storedFileTable)
    .where(eq(storedFileTable.id, id));
  if (!file) return;
  await deps.storage.remove(file.storageKey);
  const now = new Date();
  await db
    .update(storedFileTable)
    .set({ deletedAt: now, updatedAt: now, version: sql`${storedFileTable.version} + 1` })
    .where(eq(storedFileTable.id, id));
}
