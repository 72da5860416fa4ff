// Case notes: private to the organization that wrote them; read-only notes lock and print.
import { z } from 'zod';
import { ctxOf } from '../auth/session-hook.ts';
import type { Feature } from '../features.ts';
import { versionQuery } from '../http/versions.ts';
import { id, ok } from '../services/schemas.ts';
import { createCaseNote } from './create-case-note.ts';
import { deleteCaseNote } from './delete-case-note.ts';
import { getCaseNote } from './get-case-note.ts';
import { listCaseNotes } from './list-case-notes.ts';
import { printCaseNote } from './print-case-note.ts';
import { caseNoteCreate, caseNoteDetail, caseNoteOut, caseNoteUpdate } from './schemas.ts';
import { updateCaseNote } from './update-case-note.ts';

const tags = ['case notes'];
const params = z.object({ id });

export const caseNoteRoutes: Feature = (app, deps) => {
  app.get(
    '/api/clients/:personalId/case-notes',
    {
      schema: {
        tags,
        description: 'The client’s case notes written by the organization the user works as.',
        params: z.object({ personalId: id }),
        response: { 200: z.object({ items: z.array(caseNoteOut) }) },
      },
    },
    async (req) => ({ items: await listCaseNotes(deps, ctxOf(req), req.params.personalId) }),
  );

  app.post(
    '/api/clients/:personalId/case-notes',
    {
      schema: {
        tags,
        description: 'Adds a case note and the services given during it, in one transaction.',
        params: z.object({ personalId: id }),
        body: caseNoteCreate,
        response: { 201: caseNoteDetail },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await createCaseNote(deps, ctxOf(req), req.params.personalId, req.body)),
  );

  app.get('/api/case-notes/:id', { schema: { tags, params, response: { 200: caseNoteDetail } } }, async (req) =>
    getCaseNote(deps, ctxOf(req), req.params.id),
  );

  app.put(
    '/api/case-notes/:id',
    {
      schema: {
        tags,
        description: 'Edits a case note. A read-only note answers 409 read_only until Read Only is unchecked.',
        params,
        body: caseNoteUpdate,
        response: { 200: caseNoteDetail },
      },
    },
    async (req) => updateCaseNote(deps, ctxOf(req), req.params.id, req.body),
  );

  app.delete(
    '/api/case-notes/:id',
    {
      schema: {
        tags,
        description: 'Deletes (soft) a case note that is not read only.',
        params,
        querystring: versionQuery,
        response: { 200: ok },
      },
    },
    async (req) => {
      await deleteCaseNote(deps, ctxOf(req), req.params.id, req.query.version);
      return { ok: true as const };
    },
  );

  app.get(
    '/api/case-notes/:id/pdf',
    {
      schema: {
        tags,
        description: 'A read-only case note as a PDF (application/pdf).',
        params,
        produces: ['application/pdf'],
      },
    },
    async (req, reply) => {
      const pdf = await printCaseNote(deps, ctxOf(req), req.params.id);
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="case-note-${req.params.id}.pdf"`)
        .send(pdf);
    },
  );
};
