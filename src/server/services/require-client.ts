// The client a request names must exist (and not be deleted) before anything is read or written.
import { and, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connect.ts';
import { clientTable } from '../../db/schema/index.ts';
import { notFound } from '../http/errors.ts';

export async function requireClient(db: DbOrTx, personalId: string): Promise<void> {
  const [row] = await db
    .select({ id: clientTable.PersonalID })
    .from(clientTable)
    .where(and(eq(clientTable.PersonalID, personalId), isNull(clientTable.DateDeleted)));
  if (!row) throw notFound(`Client ${personalId}`);
}
