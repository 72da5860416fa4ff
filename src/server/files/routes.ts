// Files on Server: outputs of exports, imports and long reports; download, delete, expiry.
import { z } from 'zod';
import { ctxOf } from '../auth/session-hook.ts';
import type { Feature } from '../features.ts';
import { versionQuery } from '../http/versions.ts';
import { deleteFile } from './delete-file.ts';
import { downloadFile } from './download-file.ts';
import { listFiles } from './list-files.ts';

const idParams = z.object({ id: z.string().min(1).max(32) });

const fileView = z.object({
  id: z.string(),
  name: z.string(),
  contentType: z.string(),
  sizeBytes: z.number(),
  containsClientData: z.boolean(),
  jobId: z.string().nullable(),
  jobTitle: z.string().nullable(),
  ownerName: z.string(),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  version: z.number(),
});

export const fileRoutes: Feature = (app, deps) => {
  app.get(
    '/api/files',
    {
      schema: {
        tags: ['files'],
        description: 'Files on Server: your files (scope=all: everyone’s, HMIS admin).',
        querystring: z.object({ scope: z.enum(['mine', 'all']).default('mine') }),
        response: { 200: z.object({ items: z.array(fileView) }) },
      },
    },
    async (req) => ({ items: await listFiles(deps.database.db, ctxOf(req), req.query.scope) }),
  );

  app.get(
    '/api/files/:id/download',
    {
      schema: {
        tags: ['files'],
        description: 'Downloads a file (the bytes, with its name in Content-Disposition).',
        params: idParams,
      },
    },
    async (req, reply) => {
      const f = await downloadFile(deps, ctxOf(req), req.params.id);
      return reply
        .header('content-type', f.contentType)
        .header('content-length', String(f.size))
        .header('content-disposition', `attachment; filename="${f.name.replace(/[^A-Za-z0-9._-]/g, '_')}"`)
        .header('cache-control', 'no-store')
        .send(f.stream);
    },
  );

  app.delete(
    '/api/files/:id',
    {
      schema: {
        tags: ['files'],
        description: 'Deletes a file from Files on Server.',
        params: idParams,
        querystring: versionQuery.partial(),
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      await deleteFile(deps, ctxOf(req), req.params.id, req.query.version);
      return reply.status(204).send(null);
    },
  );
};
