// Client → Who has seen this record: the access log, a page at a time, and the whole log as a PDF.
import { z } from 'zod';
import { ctxOf } from '../auth/session-hook.ts';
import { personalIdParams } from '../clients/client-schemas.ts';
import type { Feature } from '../features.ts';
import { readerLanguage } from '../http/reader-language.ts';
import { accessLogEntry } from './access-log.schema.ts';
import { accessLogPdf } from './access-log-pdf.ts';
import { readAccessLog, recordAccessLogRead, requireAccessLogViewer } from './client-access-log.ts';

const tags = ['audit'];
// The PDF is for the client: the whole log, up to a size a printer and a person can handle.
const PDF_MAX_ENTRIES = 5000;

export const accessLogRoutes: Feature = (app, { database }) => {
  const { db } = database;

  app.get(
    '/api/clients/:personalId/access-log',
    {
      schema: {
        tags,
        description:
          "Who has seen this record: every user, organization, action and time the audit trail holds for the client, newest first (HMIS admins; program managers of the client's organizations).",
        params: personalIdParams,
        querystring: z.object({
          limit: z.coerce.number().int().min(1).max(200).default(50),
          offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
        }),
        response: { 200: z.object({ items: z.array(accessLogEntry), total: z.number() }) },
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      const { personalId } = req.params;
      await requireAccessLogViewer(db, ctx, personalId);
      await recordAccessLogRead(db, ctx, personalId, 'screen');
      return readAccessLog(db, ctx, personalId, req.query, readerLanguage(req));
    },
  );

  app.get(
    '/api/clients/:personalId/access-log.pdf',
    {
      schema: {
        tags,
        description: 'The whole access log as a PDF to print or give to the client (accounting of disclosures).',
        params: personalIdParams,
      },
    },
    async (req, reply) => {
      const ctx = ctxOf(req);
      const { personalId } = req.params;
      const { client } = await requireAccessLogViewer(db, ctx, personalId);
      await recordAccessLogRead(db, ctx, personalId, 'pdf');
      const { items } = await readAccessLog(db, ctx, personalId, { limit: PDF_MAX_ENTRIES, offset: 0 });
      const pdf = await accessLogPdf(client, items, ctx);
      reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="client-${personalId}-access-log.pdf"`)
        .header('cache-control', 'no-store');
      return reply.send(pdf);
    },
  );
};
