import { z } from 'zod';
import { ctxOf } from '../auth/session-hook.ts';
import type { Feature } from '../features.ts';
import { versionField, versionQuery } from '../http/versions.ts';
import { readClientAudited } from './client-access.ts';
import { ok, personalIdParams } from './client-schemas.ts';
import {
  addInterestedOther,
  editInterestedOther,
  INTERESTED_OTHER_TYPES,
  interestedOtherInput,
  interestedOtherSchema,
  listInterestedOthers,
  removeInterestedOther,
} from './interested-others.ts';

const tags = ['interested others'];
const itemParams = personalIdParams.extend({ id: z.string().min(1).max(32) });

export const interestedOtherRoutes: Feature = (app, { database }) => {
  const { db } = database;

  app.get(
    '/api/clients/:personalId/interested-others',
    {
      schema: {
        tags,
        description: `People with an interest in the client's situation. Types: ${INTERESTED_OTHER_TYPES.join(', ')}.`,
        params: personalIdParams,
        response: { 200: z.object({ items: z.array(interestedOtherSchema) }) },
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      await readClientAudited(db, ctx, req.params.personalId, 'interested_others');
      return { items: await listInterestedOthers(db, ctx, req.params.personalId) };
    },
  );

  app.post(
    '/api/clients/:personalId/interested-others',
    {
      schema: {
        tags,
        params: personalIdParams,
        body: interestedOtherInput,
        response: { 201: interestedOtherSchema },
      },
    },
    async (req, reply) => {
      const ctx = ctxOf(req);
      const row = await db.transaction((tx) => addInterestedOther(tx, ctx, req.params.personalId, req.body));
      reply.status(201);
      return row;
    },
  );

  app.put(
    '/api/clients/:personalId/interested-others/:id',
    {
      schema: {
        tags,
        description: 'Edits an interested other. Send the version you read; a stale one gets 409.',
        params: itemParams,
        body: interestedOtherInput.extend({ version: versionField }),
        response: { 200: interestedOtherSchema },
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      const { personalId, id } = req.params;
      return db.transaction((tx) => editInterestedOther(tx, ctx, personalId, id, req.body));
    },
  );

  app.delete(
    '/api/clients/:personalId/interested-others/:id',
    {
      schema: {
        tags,
        params: itemParams,
        querystring: versionQuery,
        response: { 200: ok },
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      const { personalId, id } = req.params;
      await db.transaction((tx) => removeInterestedOther(tx, ctx, personalId, id, req.query.version));
      return { ok: true as const };
    },
  );
};
