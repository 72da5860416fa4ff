// Service batches: create, scan clients in, review, remove entries, post once.
import { z } from 'zod';
import { ctxOf } from '../auth/session-hook.ts';
import type { Feature } from '../features.ts';
import { readerLanguage } from '../http/reader-language.ts';
import { versionField } from '../http/versions.ts';
import { id, ok } from '../services/schemas.ts';
import { addBatchEntry } from './add-batch-entry.ts';
import { createBatch } from './create-batch.ts';
import { entryIn } from './entry-language.ts';
import { listBatches } from './list-batches.ts';
import { postBatch } from './post-batch.ts';
import { removeBatchEntry } from './remove-batch-entry.ts';
import { reviewBatch } from './review-batch.ts';
import { batchInput, batchOut, batchReview, entryOut, summaryOut } from './schemas.ts';

const tags = ['service batches'];
const params = z.object({ id });

export const batchRoutes: Feature = (app, deps) => {
  app.get(
    '/api/batches',
    {
      schema: {
        tags,
        description: 'Batches of the organization the user works as, open ones first.',
        querystring: z.object({ status: z.enum(['open', 'posted']).optional() }),
        response: { 200: z.object({ items: z.array(batchOut) }) },
      },
    },
    async (req) => ({ items: await listBatches(deps, ctxOf(req), req.query.status) }),
  );

  app.post('/api/batches', { schema: { tags, body: batchInput, response: { 201: batchOut } } }, async (req, reply) =>
    reply.status(201).send(await createBatch(deps, ctxOf(req), req.body)),
  );

  app.get(
    '/api/batches/:id',
    {
      schema: {
        tags,
        description: 'The batch and its review list (Ready, No open enrollment, Duplicate, Posted).',
        params,
        response: { 200: batchReview },
      },
    },
    async (req) => {
      const review = await reviewBatch(deps, ctxOf(req), req.params.id);
      const lng = readerLanguage(req);
      return { ...review, entries: review.entries.map((e) => entryIn(e, lng)) };
    },
  );

  app.post(
    '/api/batches/:id/entries',
    {
      schema: {
        tags,
        description: 'Adds a scanned or typed client ID. An ID no client has is refused (400).',
        params,
        body: z.object({
          personalId: z.string().trim().min(1, { error: 'Scan or type a client ID' }).max(32),
        }),
        response: { 201: z.object({ entry: entryOut, summary: summaryOut, batchVersion: z.number() }) },
      },
    },
    async (req, reply) => {
      const added = await addBatchEntry(deps, ctxOf(req), req.params.id, req.body.personalId);
      return reply.status(201).send({ ...added, entry: entryIn(added.entry, readerLanguage(req)) });
    },
  );

  app.delete(
    '/api/batches/:id/entries/:entryId',
    { schema: { tags, params: z.object({ id, entryId: id }), response: { 200: ok } } },
    async (req) => {
      await removeBatchEntry(deps, ctxOf(req), req.params.id, req.params.entryId);
      return { ok: true as const };
    },
  );

  app.post(
    '/api/batches/:id/post',
    {
      schema: {
        tags,
        description:
          'Records a service for every Ready entry in one transaction and marks the batch posted. ' +
          'Posting an already posted batch changes nothing and answers alreadyPosted: true.',
        params,
        body: z.object({ version: versionField }),
        response: {
          200: z.object({ posted: z.number(), skipped: z.number(), alreadyPosted: z.boolean(), batch: batchOut }),
        },
      },
    },
    async (req) => postBatch(deps, ctxOf(req), req.params.id, req.body.version),
  );
};
