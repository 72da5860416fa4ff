// Deletes a document (soft: the row and its encrypted file stay for the audit trail).
import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connect.ts';
import { clientDocumentTable } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { RequestContext } from '../http/context.ts';
import { staleVersion } from '../http/errors.ts';
import { requireDocument } from './document-access.ts';

const d = clientDocumentTable;

export async function deleteDocument(db: DbOrTx, ctx: RequestContext, personalId: string, id: string, version: number) {
  await requireDocument(db, ctx, personalId, id);
  const updated = await db
    .update(d)
    .set({ deletedAt: new Date(), deletedBy: ctx.user.id, updatedAt: new Date(), version: sql`${d.version} + 1` })
    .where(and(eq(d.id, id), eq(d.version, version)))
    .returning({ id: d.id });
  if (!updated.length) throw staleVersion('The document');
  await recordAudit(db, ctx, {
    action: 'document_check.deleted',
    entityType: 'client_document',
    entityId: id,
    clientId: personalId,
  });
}
