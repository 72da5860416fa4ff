// HMIS CSV FY2026: exports (Reports → HMIS Exports → CSV Export FY2026) and imports (HMIS admin),
// both run as background jobs whose files appear under Files on Server.
import { z } from 'zod';
import { ctxOf, requireRole } from '../auth/session-hook.ts';
import type { Feature } from '../features.ts';
import { openUpload } from '../http/uploads.ts';
import { exportParams } from './export/export-params.ts';
import { listExportOptions } from './list-export-options.ts';
import { startExport } from './start-export.ts';
import { startImport } from './start-import.ts';

const accepted = z.object({ jobId: z.string() });

export const hmisCsvRoutes: Feature = (app, deps) => {
  app.get(
    '/api/hmis-csv/export-options',
    {
      schema: {
        tags: ['hmis-csv'],
        description: 'Organizations, projects, grants and CoC codes the CSV Export screen offers the user.',
        response: {
          200: z.object({
            organizations: z.array(z.object({ id: z.string(), name: z.string() })),
            projects: z.array(z.object({ id: z.string(), name: z.string(), organizationId: z.string() })),
            grants: z.array(z.object({ grantId: z.string(), projectId: z.string(), funder: z.number() })),
            cocCodes: z.array(z.string()),
            canExportAll: z.boolean(),
          }),
        },
      },
    },
    (req) => listExportOptions(deps.database.db, ctxOf(req)),
  );

  app.post(
    '/api/hmis-csv/exports',
    {
      schema: {
        tags: ['hmis-csv'],
        description:
          'Queues an HMIS CSV FY2026 export (a zip of the 24 files). Poll GET /api/jobs/{jobId}; download the file from Files on Server.',
        body: exportParams,
        response: { 202: accepted },
      },
    },
    async (req, reply) => reply.status(202).send({ jobId: await startExport(deps, ctxOf(req), req.body) }),
  );

  app.post(
    '/api/hmis-csv/imports',
    {
      schema: {
        tags: ['hmis-csv'],
        description:
          'Queues the import of an HMIS CSV zip (FY2026, or FY2024 converted), sent as multipart field `file` (HMIS admin). The job’s findings list every problem by file, line and column.',
        consumes: ['multipart/form-data'],
        response: { 202: accepted },
      },
    },
    async (req, reply) => {
      const ctx = ctxOf(req);
      // The role is checked before a byte of the upload is read.
      requireRole(ctx, 'hmis_admin');
      const file = await openUpload(req, deps.config.uploadLimitBytes, 'file');
      return reply.status(202).send({ jobId: await startImport(deps, ctx, file) });
    },
  );
};
