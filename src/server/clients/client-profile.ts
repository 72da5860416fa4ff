// Imported clients have no client_profile row until Hearth first needs one.
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connect.ts';
import { clientProfileTable } from '../../db/schema/index.ts';

export async function ensureClientProfile(tx: DbOrTx, personalId: string, userId: string): Promise<void> {
  await tx
    .insert(clientProfileTable)
    .values({ personalId, createdBy: userId, updatedBy: userId })
    .onConflictDoNothing({ target: clientProfileTable.personalId });
}

/** Sets the current photo (or none), bumping the profile's version. */
export async function setProfilePhoto(tx: DbOrTx, personalId: string, photoId: string | null, userId: string) {
  await ensureClientProfile(tx, personalId, userId);
  await tx
    .update(clientProfileTable)
    .set({ photoId, updatedAt: new Date(), updatedBy: userId, version: sql`${clientProfileTable.version} + 1` })
    .where(sql`${clientProfileTable.personalId} = ${personalId}`);
}
