// HUD APR and CAPER: Reports → HMIS Exports → CSV-APR FY2026 / CSV-CAPER FY2026, run as a
// background job whose zip appears under Files on Server.
import { z } from 'zod';
import { ctxOf } from '../../auth/session-hook.ts';
import type { Feature } from '../../features.ts';
import { csvAprParams } from './csv-apr-params.ts';
import { startCsvApr } from './start-csv-apr.ts';

export const aprRoutes: Feature = (app, deps) => {
  app.post(
    '/api/reports/csv-apr',
    {
      schema: {
        tags: ['reports'],
        description:
          'Queues a CSV-APR or CSV-CAPER FY2026 run (one CSV per question table, zipped for Sage). Poll GET /api/jobs/{jobId}; the zip is the job’s file.',
        body: csvAprParams,
        response: { 202: z.object({ jobId: z.string() }) },
      },
    },
    async (req, reply) => reply.status(202).send({ jobId: await startCsvApr(deps, ctxOf(req), req.body) }),
  );
};
