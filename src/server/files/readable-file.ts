// A stored file the user may reach: its owner, or an HMIS admin.
import { and, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connect.ts';
import { storedFileTable } from '../../db/schema/index.ts';
import { hasRole, type RequestContext } from '../http/context.ts';
import { notFound } from '../http/errors.ts';

export async function readableFile(db: DbOrTx, ctx: RequestContext, id: string) {
  const [f] = await db
    .select()
    .from(storedFileTable)
    .where(and(eq(storedFileTable.id, id), isNull(storedFileTable.deletedAt)));
  if (!f || (f.ownerId !== ctx.user.id && !hasRole(ctx.user, 'hmis_admin'))) throw notFound('The file');
  return f;
}
