import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connect.ts';
import { clientFileTable } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { RequestContext } from '../http/context.ts';
import { staleVersion } from '../http/errors.ts';
import { requireClientAccess } from './client-access.ts';
import { findClientFile } from './client-files.ts';

/** Soft delete: the file leaves the cabinet; the stored copy is purged after the retention period. */
export async function deleteClientFile(
  tx: DbOrTx,
  ctx: RequestContext,
  personalId: string,
  fileId: string,
  version: number,
) {
  await requireClientAccess(tx, ctx, personalId);
  const { file } = await findClientFile(tx, ctx, personalId, fileId);
  if (file.version !== version) throw staleVersion('This file');
  const [row] = await tx
    .update(clientFileTable)
    .set({
      deletedAt: new Date(),
      deletedBy: ctx.user.id,
      updatedAt: new Date(),
      updatedBy: ctx.user.id,
      version: sql`${clientFileTable.version} + 1`,
    })
    .where(and(eq(clientFileTable.id, fileId), eq(clientFileTable.version, version)))
    .returning({ id: clientFileTable.id });
  if (!row) throw staleVersion('This file');
  await recordAudit(tx, ctx, {
    action: 'client.file_deleted',
    entityType: 'client_file',
    entityId: fileId,
    clientId: personalId,
  });
}
