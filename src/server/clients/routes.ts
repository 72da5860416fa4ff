// Clients API: Find Client, create, dashboard, edit. Photos, files, interested others, ID cards,
// duplicates and merges have their own route files, registered here.
import { z } from 'zod';
import { ctxOf } from '../auth/session-hook.ts';
import type { Feature } from '../features.ts';
import { mayViewFullPii, requireClientAccess } from './client-access.ts';
import {
  clientDashboardSchema,
  clientPatchSchema,
  clientSchema,
  clientSummarySchema,
  createClientBody,
  personalIdParams,
} from './client-schemas.ts';
import { createClient } from './create-client.ts';
import { duplicateRoutes } from './duplicate-routes.ts';
import { fileRoutes } from './file-routes.ts';
import { idCardRoutes } from './id-card-routes.ts';
import { interestedOtherRoutes } from './interested-other-routes.ts';
import { mergeRoutes } from './merge-routes.ts';
import { photoRoutes } from './photo-routes.ts';
import { readClientDashboard, toClientView } from './read-client.ts';
import { revealClientPii } from './reveal-pii.ts';
import { searchClients } from './search-clients.ts';
import { updateClient } from './update-client.ts';

const tags = ['clients'];

const clientCoreRoutes: Feature = (app, { database }) => {
  const { db } = database;

  app.get(
    '/api/clients',
    {
      schema: {
        tags,
        description:
          'Find Client: the first letters of first and last name ("mar qui"), a full name (typos are fine), ' +
          'a date of birth, a full SSN or its last 4, or a client ID. Ranked; victim-service and restricted ' +
          'clients of other organizations never appear.',
        querystring: z.object({
          search: z.string().max(200).default(''),
          limit: z.coerce.number().int().min(1).max(100).default(25),
          offset: z.coerce.number().int().min(0).max(10_000).default(0),
        }),
        response: {
          200: z.object({
            items: z.array(clientSummarySchema),
            total: z.number(),
            kind: z.enum(['id', 'ssn', 'ssn4', 'dob', 'name', 'empty']),
          }),
        },
      },
    },
    async (req) => searchClients(db, ctxOf(req), req.query),
  );

  app.post(
    '/api/clients',
    {
      schema: {
        tags,
        description:
          'Creates a client. A likely duplicate answers 409 `possible_duplicate` with `candidates`; ' +
          'send again with confirmedNotDuplicate: true once the user has confirmed none of them is this person.',
        body: createClientBody,
        response: { 201: clientSchema },
      },
    },
    async (req, reply) => {
      const ctx = ctxOf(req);
      const { confirmedNotDuplicate, ...input } = req.body;
      const view = await db.transaction(async (tx) => {
        const created = await createClient(tx, ctx, input, { confirmedNotDuplicate });
        const { client, profile } = await requireClientAccess(tx, ctx, created.PersonalID);
        return toClientView(client, profile, mayViewFullPii(ctx));
      });
      reply.status(201);
      return view;
    },
  );

  app.get(
    '/api/clients/:personalId',
    {
      schema: {
        tags,
        description: 'The client dashboard: the client, data-quality alerts, household and latest enrollment.',
        params: personalIdParams,
        response: { 200: clientDashboardSchema },
      },
    },
    async (req) => readClientDashboard(db, ctxOf(req), req.params.personalId),
  );

  app.post(
    '/api/clients/:personalId/pii-view',
    {
      schema: {
        tags,
        description:
          'Reveal: the full SSN and date of birth of a client shown masked. Every call is audited as a PII view ' +
          '(client.pii_view).',
        params: personalIdParams,
        response: {
          200: z.object({
            SSN: z.string().nullable(),
            DOB: z.string().nullable(),
            ssnDisplay: z.string().nullable(),
            dobDisplay: z.string().nullable(),
          }),
        },
      },
    },
    async (req) => db.transaction((tx) => revealClientPii(tx, ctxOf(req), req.params.personalId)),
  );

  app.patch(
    '/api/clients/:personalId',
    {
      schema: {
        tags,
        description:
          'Edits names, SSN, date of birth, their data quality and demographics (every role may enter or correct ' +
          'SSN and date of birth, also where they are shown masked). Send the version you read; a stale one gets ' +
          '409. Veteran status is refused here: it changes through enrollment workflows.',
        params: personalIdParams,
        body: clientPatchSchema,
        response: { 200: clientSchema },
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      const { personalId } = req.params;
      return db.transaction(async (tx) => {
        await updateClient(tx, ctx, personalId, req.body);
        const { client, profile } = await requireClientAccess(tx, ctx, personalId);
        return toClientView(client, profile, mayViewFullPii(ctx));
      });
    },
  );
};

export const clientRoutes: Feature = async (app, deps) => {
  for (const feature of [
    clientCoreRoutes,
    photoRoutes,
    fileRoutes,
    interestedOtherRoutes,
    idCardRoutes,
    duplicateRoutes,
    mergeRoutes,
  ]) {
    await feature(app, deps);
  }
};
