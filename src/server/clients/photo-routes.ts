import { z } from 'zod';
import { requirePhoto } from '../access/client-records.ts';
import { ctxOf } from '../auth/session-hook.ts';
import type { Feature } from '../features.ts';
import { recordClientRead, requireClientAccess } from './client-access.ts';
import { ok, personalIdParams } from './client-schemas.ts';
import { readUpload } from './read-upload.ts';
import { removePhoto } from './remove-photo.ts';
import { uploadPhoto } from './upload-photo.ts';

const tags = ['clients'];

export const photoRoutes: Feature = (app, deps) => {
  const { db } = deps.database;

  app.post(
    '/api/clients/:personalId/photo',
    {
      schema: {
        tags,
        description:
          'Uploads the client photo (multipart/form-data, field "photo"). Images only (415 otherwise), ' +
          'at most the configured photo size (413); re-encoded as JPEG without EXIF data.',
        consumes: ['multipart/form-data'],
        params: personalIdParams,
        response: { 201: z.object({ photoId: z.string() }) },
      },
    },
    async (req, reply) => {
      const ctx = ctxOf(req);
      await requireClientAccess(db, ctx, req.params.personalId);
      const upload = await readUpload(req, deps.config.photoLimitBytes, 'photo');
      const result = await uploadPhoto(deps, ctx, req.params.personalId, upload.data);
      reply.status(201);
      return result;
    },
  );

  app.get(
    '/api/clients/:personalId/photo',
    {
      schema: {
        tags,
        description: 'The current photo as JPEG: size=thumbnail for lists; download=true to save it.',
        params: personalIdParams,
        querystring: z.object({
          size: z.enum(['full', 'thumbnail']).default('full'),
          download: z.coerce.boolean().default(false),
          v: z.string().max(32).optional().describe('Photo id, so browsers cache each photo separately'),
        }),
      },
    },
    async (req, reply) => {
      const ctx = ctxOf(req);
      const { personalId } = req.params;
      const { photo } = await requirePhoto(db, ctx, personalId);
      // The photo shows who the client is, thumbnail or full size: a read of the client.
      await recordClientRead(db, ctx, personalId, req.query.size === 'full' ? 'photo' : 'photo thumbnail');
      const stream = await deps.storage.get(req.query.size === 'full' ? photo.storageKey : photo.thumbnailKey);
      reply.type('image/jpeg');
      if (req.query.download)
        reply.header('content-disposition', `attachment; filename="client-${personalId}-photo.jpg"`);
      return reply.send(stream);
    },
  );

  app.delete(
    '/api/clients/:personalId/photo',
    { schema: { tags, description: 'Removes the current photo.', params: personalIdParams, response: { 200: ok } } },
    async (req) => {
      const ctx = ctxOf(req);
      await db.transaction((tx) => removePhoto(tx, ctx, req.params.personalId));
      return { ok: true as const };
    },
  );
};
