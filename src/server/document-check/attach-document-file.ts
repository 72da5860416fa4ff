// Attaches (or replaces) a document's file, e.g. when a requested document arrives. The new file
// is stored first; the row points to it in one transaction; the old file is removed only after
// that commits, and the new one if it fails.
import { and, eq, sql } from 'drizzle-orm';
import { clientDocumentTable } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Deps } from '../deps.ts';
import type { RequestContext } from '../http/context.ts';
import { staleVersion, validationFailed } from '../http/errors.ts';
import { newId } from '../http/ids.ts';
import { requireDocument, toDocumentView } from './document-access.ts';
import { documentStorage, documentStorageKey } from './document-storage.ts';
import type { DocumentForm } from './read-document-upload.ts';
import type { ClientDocumentView } from './schemas.ts';

const d = clientDocumentTable;

export async function attachDocumentFile(
  deps: Deps,
  ctx: RequestContext,
  personalId: string,
  id: string,
  form: DocumentForm,
): Promise<ClientDocumentView> {
  const { db } = deps.database;
  const version = Number(form.fields.version);
  if (!Number.isInteger(version) || version < 1) throw validationFailed({ version: 'Send the version you read' });
  if (!form.file) throw validationFailed({ file: 'Choose a file to upload' });
  const { row: before } = await requireDocument(db, ctx, personalId, id);
  const store = documentStorage(deps);
  const storageKey = documentStorageKey(id, newId());
  await store.put(storageKey, form.file.data);
  const file = form.file;
  try {
    const view = await db.transaction(async (tx) => {
      await requireDocument(tx, ctx, personalId, id);
      const updated = await tx
        .update(d)
        .set({
          fileName: file.filename.slice(0, 255) || 'document',
          contentType: file.contentType,
          sizeBytes: file.data.length,
          storageKey,
          // A requested document whose file arrives has been received.
          status: before.status === 'requested' ? 'received' : before.status,
          updatedAt: new Date(),
          updatedBy: ctx.user.id,
          version: sql`${d.version} + 1`,
        })
        .where(and(eq(d.id, id), eq(d.version, version)))
        .returning({ id: d.id });
      if (!updated.length) throw staleVersion('The document');
      await recordAudit(tx, ctx, {
        action: 'document_check.file_attached',
        entityType: 'client_document',
        entityId: id,
        clientId: personalId,
        detail: { sizeBytes: file.data.length, replaced: Boolean(before.storageKey) },
      });
      return toDocumentView(await requireDocument(tx, ctx, personalId, id));
    });
    if (before.storageKey) await store.remove(before.storageKey);
    return view;
  } catch (e) {
    await store.remove(storageKey);
    throw e;
  }
}
