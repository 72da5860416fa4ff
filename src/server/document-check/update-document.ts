// Changes a document's type, status, dates or note (verify: status verified, by the signed-in
// user, on the date given or today). Sent with the version read; a stale one gets 409.
import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { DbOrTx } from '../../db/connect.ts';
import { clientDocumentTable } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { RequestContext } from '../http/context.ts';
import { staleVersion } from '../http/errors.ts';
import { requireDocument, toDocumentView } from './document-access.ts';
import type { ClientDocumentView, documentUpdate } from './schemas.ts';
import { checkDocumentFields } from './validate-document.ts';

const d = clientDocumentTable;

export async function updateDocument(
  db: DbOrTx,
  ctx: RequestContext,
  personalId: string,
  id: string,
  body: z.infer<typeof documentUpdate>,
): Promise<ClientDocumentView> {
  const before = await requireDocument(db, ctx, personalId, id);
  const doc = await checkDocumentFields(db, body);
  // The verifier stays who verified it unless the verification itself changes.
  const sameVerification = before.row.verifiedOn === doc.verifiedOn && before.row.verifiedBy;
  const verifiedBy = doc.verifiedOn ? (sameVerification ? before.row.verifiedBy : ctx.user.id) : null;
  const updated = await db
    .update(d)
    .set({ ...doc, verifiedBy, updatedAt: new Date(), updatedBy: ctx.user.id, version: sql`${d.version} + 1` })
    .where(and(eq(d.id, id), eq(d.version, body.version)))
    .returning({ id: d.id });
  if (!updated.length) throw staleVersion('The document');
  await recordAudit(db, ctx, {
    action:
      doc.status === 'verified' && before.row.status !== 'verified'
        ? 'document_check.verified'
        : 'document_check.updated',
    entityType: 'client_document',
    entityId: id,
    clientId: personalId,
    detail: { documentTypeId: doc.documentTypeId, status: doc.status, previousStatus: before.row.status },
  });
  return toDocumentView(await requireDocument(db, ctx, personalId, id));
}
