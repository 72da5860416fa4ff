// Add File: stores the upload, then records it; the document name defaults to the file name.
import { clientFileTable } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { currentOrganization } from '../auth/session-hook.ts';
import type { Deps } from '../deps.ts';
import type { RequestContext } from '../http/context.ts';
import { validationFailed } from '../http/errors.ts';
import { newId } from '../http/ids.ts';
import { requireClientAccess } from './client-access.ts';
import { type ClientFile, FILE_CATEGORIES, findClientFile } from './client-files.ts';
import type { Upload } from './read-upload.ts';

export async function uploadClientFile(
  deps: Deps,
  ctx: RequestContext,
  personalId: string,
  upload: Upload,
): Promise<ClientFile> {
  const { db } = deps.database;
  const org = currentOrganization(ctx);
  await requireClientAccess(db, ctx, personalId);
  const name = (upload.fields.name ?? '').trim() || upload.filename;
  const category = upload.fields.category?.trim() || 'Other';
  const errors: Record<string, string> = {};
  if (name.length > 200) errors.name = 'The document name can be at most 200 characters';
  if (!(FILE_CATEGORIES as readonly string[]).includes(category))
    errors.category = `Choose one of: ${FILE_CATEGORIES.join(', ')}`;
  if (Object.keys(errors).length) throw validationFailed(errors);
  const id = newId();
  const storageKey = `clients/files/${id}`;
  await deps.storage.put(storageKey, upload.data);
  try {
    await db.transaction(async (tx) => {
      await requireClientAccess(tx, ctx, personalId);
      await tx.insert(clientFileTable).values({
        id,
        personalId,
        name,
        fileName: upload.filename.slice(0, 255) || 'file',
        contentType: upload.mimetype.slice(0, 150) || 'application/octet-stream',
        sizeBytes: upload.data.length,
        category,
        organizationId: org,
        storageKey,
        createdBy: ctx.user.id,
        updatedBy: ctx.user.id,
      });
      await recordAudit(tx, ctx, {
        action: 'client.file_uploaded',
        entityType: 'client_file',
        entityId: id,
        clientId: personalId,
        detail: { category, sizeBytes: upload.data.length },
      });
    });
  } catch (e) {
    await deps.storage.remove(storageKey);
    throw e;
  }
  return (await findClientFile(db, ctx, personalId, id)).file;
}
