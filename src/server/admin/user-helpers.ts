// Checks and writes shared by the user use-cases.
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connect.ts';
import { organizationTable, sessionTable } from '../../db/schema/index.ts';
import { validationFailed } from '../http/errors.ts';

/** 400 unless every organization exists and is not deleted. */
export async function assertOrganizationsExist(db: DbOrTx, ids: string[]) {
  const found = await db
    .select({ id: organizationTable.OrganizationID })
    .from(organizationTable)
    .where(and(inArray(organizationTable.OrganizationID, ids), isNull(organizationTable.DateDeleted)));
  const known = new Set(found.map((f) => f.id));
  const missing = ids.filter((id) => !known.has(id));
  if (missing.length)
    throw validationFailed({
      organizationIds: `These organizations do not exist or were deleted: ${missing.join(', ')}`,
    });
}

/** Ends every open session of a user; returns how many were open. */
export async function endSessions(db: DbOrTx, userId: string, reason: string): Promise<number> {
  const ended = await db
    .update(sessionTable)
    .set({ endedAt: new Date(), endedReason: reason })
    .where(and(eq(sessionTable.userId, userId), isNull(sessionTable.endedAt)))
    .returning({ id: sessionTable.id });
  return ended.length;
}
