import { z } from 'zod';
import { ctxOf } from '../auth/session-hook.ts';
import type { Feature } from '../features.ts';
import { ok } from './client-schemas.ts';
import {
  duplicateCandidates,
  duplicatePairSchema,
  flagDuplicate,
  markNotDuplicate,
  pairInput,
} from './duplicate-pairs.ts';

const tags = ['duplicates and merges'];

export const duplicateRoutes: Feature = (app, { database }) => {
  const { db } = database;

  app.post(
    '/api/clients/duplicate-flags',
    {
      schema: {
        tags,
        description:
          'Any user: "these two client IDs are the same person". The pair appears on the Duplicate Candidates report.',
        body: pairInput.extend({ note: z.string().max(500).nullish() }),
        response: { 200: z.object({ flagId: z.string(), alreadyFlagged: z.boolean() }) },
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      return db.transaction((tx) => flagDuplicate(tx, ctx, req.body));
    },
  );

  app.get(
    '/api/clients/duplicate-candidates',
    {
      schema: {
        tags,
        description:
          'Duplicate Candidates report (data quality officers, HMIS admins): pairs users flagged, then pairs where ' +
          'at least two of valid SSN, full name and date of birth agree.',
        querystring: z.object({
          limit: z.coerce.number().int().min(1).max(200).default(50),
          offset: z.coerce.number().int().min(0).default(0),
        }),
        response: { 200: z.object({ items: z.array(duplicatePairSchema), total: z.number() }) },
      },
    },
    async (req) => duplicateCandidates(db, ctxOf(req), req.query),
  );

  app.post(
    '/api/clients/not-duplicates',
    {
      schema: {
        tags,
        description: 'Records that two clients are different people; the pair leaves the report.',
        body: pairInput,
        response: { 200: ok },
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      await db.transaction((tx) => markNotDuplicate(tx, ctx, req.body));
      return { ok: true as const };
    },
  );
};
