// Client Files routes: list (sort, filter), upload, download, delete.
import { z } from 'zod';
import { recordAudit } from '../audit/record-audit.ts';
import { ctxOf } from '../auth/session-hook.ts';
import type { Feature } from '../features.ts';
import { versionQuery } from '../http/versions.ts';
import { readClientAudited, requireClientAccess } from './client-access.ts';
import { clientFileSchema, FILE_CATEGORIES, findClientFile, listClientFiles, listFilesQuery } from './client-files.ts';
import { ok, personalIdParams } from './client-schemas.ts';
import { deleteClientFile } from './delete-client-file.ts';
import { readUpload } from './read-upload.ts';
import { uploadClientFile } from './upload-client-file.ts';

const tags = ['client files'];
const fileParams = personalIdParams.extend({ fileId: z.string().min(1).max(32) });
/** A file name safe inside a Content-Disposition header. */
const safeName = (name: string) => name.replace(/[^\w.\- ]+/g, '_').slice(0, 150) || 'file';

export const fileRoutes: Feature = (app, deps) => {
  const { db } = deps.database;

  app.get(
    '/api/clients/:personalId/files',
    {
      schema: {
        tags,
        description: `The client's files, newest first by default. Categories: ${FILE_CATEGORIES.join(', ')}.`,
        params: personalIdParams,
        querystring: listFilesQuery,
        response: { 200: z.object({ items: z.array(clientFileSchema) }) },
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      await readClientAudited(db, ctx, req.params.personalId, 'files');
      return { items: await listClientFiles(db, ctx, req.params.personalId, req.query) };
    },
  );

  app.post(
    '/api/clients/:personalId/files',
    {
      schema: {
        tags,
        description:
          'Uploads a file (multipart/form-data: optional fields "name" and "category" first, then the file ' +
          'in "file"). Over the configured size: 413. Never CAS or medical documents: use Document Check.',
        consumes: ['multipart/form-data'],
        params: personalIdParams,
        response: { 201: clientFileSchema },
      },
    },
    async (req, reply) => {
      const ctx = ctxOf(req);
      await requireClientAccess(db, ctx, req.params.personalId);
      const upload = await readUpload(req, deps.config.uploadLimitBytes, 'file');
      const file = await uploadClientFile(deps, ctx, req.params.personalId, upload);
      reply.status(201);
      return file;
    },
  );

  app.get(
    '/api/clients/:personalId/files/:fileId/download',
    { schema: { tags, description: 'Downloads the file.', params: fileParams } },
    async (req, reply) => {
      const ctx = ctxOf(req);
      const { personalId, fileId } = req.params;
      await requireClientAccess(db, ctx, personalId);
      const { file, storageKey } = await findClientFile(db, ctx, personalId, fileId);
      await recordAudit(db, ctx, {
        action: 'client.file_downloaded',
        entityType: 'client_file',
        entityId: fileId,
        clientId: personalId,
      });
      const stream = await deps.storage.get(storageKey);
      // Always a download, never rendered in Hearth's origin (an uploaded HTML file stays inert).
      reply
        .type(file.contentType)
        .header('x-content-type-options', 'nosniff')
        .header('content-disposition', `attachment; filename="${safeName(file.fileName)}"`);
      return reply.send(stream);
    },
  );

  app.delete(
    '/api/clients/:personalId/files/:fileId',
    {
      schema: {
        tags,
        description: 'Deletes the file (soft: kept for the retention period). Send the version you read.',
        params: fileParams,
        querystring: versionQuery,
        response: { 200: ok },
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      const { personalId, fileId } = req.params;
      await db.transaction((tx) => deleteClientFile(tx, ctx, personalId, fileId, req.query.version));
      return { ok: true as const };
    },
  );
};
