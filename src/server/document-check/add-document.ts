// Adds a document to a client's Document Check: the fields are checked before the file is
// stored (encrypted); the row and its audit row are one transaction; if it fails, the stored
// file is removed, so nothing is half-written.
import { clientDocumentTable } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { currentOrganization } from '../auth/session-hook.ts';
import { requireClientAccess } from '../clients/client-access.ts';
import type { Deps } from '../deps.ts';
import type { RequestContext } from '../http/context.ts';
import { validationFailed } from '../http/errors.ts';
import { newId } from '../http/ids.ts';
import { requireDocument, toDocumentView } from './document-access.ts';
import { documentStorage, documentStorageKey } from './document-storage.ts';
import type { DocumentForm } from './read-document-upload.ts';
import type { ClientDocumentView } from './schemas.ts';
import { checkDocumentFields } from './validate-document.ts';

/** Form fields arrive as text: blank ones count as not sent. */
export const filledFields = (fields: Record<string, string>) =>
  Object.fromEntries(Object.entries(fields).filter(([, v]) => v.trim() !== ''));

export async function addDocument(
  deps: Deps,
  ctx: RequestContext,
  personalId: string,
  form: DocumentForm,
): Promise<ClientDocumentView> {
  const { db } = deps.database;
  const org = currentOrganization(ctx);
  await requireClientAccess(db, ctx, personalId);
  const doc = await checkDocumentFields(db, filledFields(form.fields));
  if (!form.file && doc.status !== 'requested')
    throw validationFailed({ file: 'Attach the document (a PDF or an image), or set the status to requested' });
  const id = newId();
  const storageKey = form.file ? documentStorageKey(id, newId()) : null;
  const store = documentStorage(deps);
  if (form.file && storageKey) await store.put(storageKey, form.file.data);
  try {
    return await db.transaction(async (tx) => {
      await requireClientAccess(tx, ctx, personalId);
      await tx.insert(clientDocumentTable).values({
        id,
        personalId,
        ...doc,
        verifiedBy: doc.verifiedOn ? ctx.user.id : null,
        organizationId: org,
        fileName: form.file ? form.file.filename.slice(0, 255) || 'document' : null,
        contentType: form.file?.contentType ?? null,
        sizeBytes: form.file?.data.length ?? null,
        storageKey,
        createdBy: ctx.user.id,
        updatedBy: ctx.user.id,
      });
      await recordAudit(tx, ctx, {
        action: 'document_check.added',
        entityType: 'client_document',
        entityId: id,
        clientId: personalId,
        detail: { documentTypeId: doc.documentTypeId, status: doc.status, withFile: Boolean(form.file) },
      });
      return toDocumentView(await requireDocument(tx, ctx, personalId, id));
    });
  } catch (e) {
    if (storageKey) await store.remove(storageKey);
    throw e;
  }
}
