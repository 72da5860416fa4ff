import { ctxOf } from '../auth/session-hook.ts';
import type { Feature } from '../features.ts';
import { personalIdParams } from './client-schemas.ts';
import { clientIdCard } from './id-card.ts';

export const idCardRoutes: Feature = (app, deps) => {
  app.get(
    '/api/clients/:personalId/id-card.pdf',
    {
      schema: {
        tags: ['clients'],
        description: 'A printable client ID card (PDF) with the client ID as a Code 128 barcode.',
        params: personalIdParams,
      },
    },
    async (req, reply) => {
      const pdf = await clientIdCard(deps, ctxOf(req), req.params.personalId);
      reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="client-id-card.pdf"`)
        .header('cache-control', 'no-store');
      return reply.send(pdf);
    },
  );
};
