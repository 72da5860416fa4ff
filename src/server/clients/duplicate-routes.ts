import { z } from 'zod';
import { ctxOf } from '../auth/session-hook.ts';
import type { Feature } from '../features.ts';
import { ok } from './client-schemas.ts';
import { flagDuplicate, markNotDuplicate, pairInput } from './duplicate-pairs.ts';

const tags = ['duplicates and merges'];

export const duplicateRoutes: Feature = (app, { database }) => {
  const { db } = database;

  app.post(
    '/api/clients/duplicate-flags',
    {
      schema: {
        tags,
        description:
          'Any user: "these two client IDs are the same person". The pair appears on the Duplicate Candidates report (/api/reports/duplicate-candidates).',
        body: pairInput.extend({ note: z.string().max(500).nullish() }),
        response: { 200: z.object({ flagId: z.string(), alreadyFlagged: z.boolean() }) },
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      return db.transaction((tx) => flagDuplicate(tx, ctx, req.body));
    },
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
