import { z } from 'zod';
import type { Feature } from '../features.ts';

export const healthRoutes: Feature = (app, { database }) => {
  app.get(
    '/api/health',
    {
      schema: {
        tags: ['system'],
        security: [],
        response: { 200: z.object({ status: z.literal('ok'), database: z.enum(['embedded', 'server']) }) },
      },
    },
    async () => {
      await database.raw.query('SELECT 1');
      return { status: 'ok' as const, database: database.kind };
    },
  );
};
