// Document Check API: the CoC's document types (HMIS admins change them), a client's documents
// with the checklist, add (multipart), change or verify, attach a file, download, delete.
// Documents are private to the organizations working with the client (document-access.ts);
// every view and download is audited; files are encrypted at rest.
import { z } from 'zod';
import { okSchema } from '../admin/hud-fields.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { ctxOf } from '../auth/session-hook.ts';
import { recordClientRead, requireClientAccess } from '../clients/client-access.ts';
import { personalIdParams } from '../clients/client-schemas.ts';
import type { Feature } from '../features.ts';
import { notFound } from '../http/errors.ts';
import { versionQuery } from '../http/versions.ts';
import { addDocument } from './add-document.ts';
import { attachDocumentFile } from './attach-document-file.ts';
import './check-document-expiry.ts';
import { deleteDocument } from './delete-document.ts';
import { requireDocument, toDocumentView } from './document-access.ts';
import { documentStorage } from './document-storage.ts';
import { createDocumentType, listDocumentTypes, updateDocumentType } from './document-types.ts';
import { listDocuments } from './list-documents.ts';
import { DOCUMENT_FILE_TYPES, readDocumentForm } from './read-document-upload.ts';
import {
  checklistView,
  clientDocumentView,
  DOCUMENT_STATUSES,
  documentTypeInput,
  documentTypeUpdate,
  documentTypeView,
  documentUpdate,
} from './schemas.ts';
import { updateDocument } from './update-document.ts';

const tags = ['document check'];
const docParams = personalIdParams.extend({ documentId: z.string().min(1).max(32) });
const typeParams = z.object({ id: z.string().min(1).max(32) });
const safeName = (name: string) => name.replace(/[^\w.\- ]+/g, '_').slice(0, 150) || 'document';
const FORM =
  'multipart/form-data: fields documentTypeId, status (' +
  DOCUMENT_STATUSES.join(', ') +
  '), verifiedOn, expiresOn (yyyy-mm-dd), note, and the file in "file" (' +
  Object.values(DOCUMENT_FILE_TYPES).join(', ') +
  '). Over the upload limit: 413; not a PDF or image: 415.';

export const documentCheckRoutes: Feature = (app, deps) => {
  const { db } = deps.database;

  app.get(
    '/api/document-types',
    {
      schema: {
        tags,
        description: 'The CoC’s Document Check document types (inactive ones too with includeInactive).',
        querystring: z.object({ includeInactive: z.stringbool().default(false) }),
        response: { 200: z.object({ items: z.array(documentTypeView) }) },
      },
    },
    async (req) => ({ items: await listDocumentTypes(db, req.query.includeInactive) }),
  );

  app.post(
    '/api/document-types',
    {
      schema: {
        tags,
        description: 'Adds a document type (HMIS admins).',
        body: documentTypeInput,
        response: { 201: documentTypeView },
      },
    },
    async (req, reply) => {
      const view = await db.transaction((tx) => createDocumentType(tx, ctxOf(req), req.body));
      reply.status(201);
      return view;
    },
  );

  app.put(
    '/api/document-types/:id',
    {
      schema: {
        tags,
        description: 'Changes a document type, or makes it inactive (HMIS admins). Send the version you read.',
        params: typeParams,
        body: documentTypeUpdate,
        response: { 200: documentTypeView },
      },
    },
    (req) => db.transaction((tx) => updateDocumentType(tx, ctxOf(req), req.params.id, req.body)),
  );

  app.get(
    '/api/clients/:personalId/documents',
    {
      schema: {
        tags,
        description:
          'The client’s Document Check documents the user’s organization may see, and the checklist of ' +
          'required document types with what is still missing.',
        params: personalIdParams,
        response: { 200: z.object({ items: z.array(clientDocumentView), checklist: checklistView }) },
      },
    },
    (req) =>
      db.transaction(async (tx) => {
        const ctx = ctxOf(req);
        const result = await listDocuments(tx, ctx, req.params.personalId);
        await recordClientRead(tx, ctx, req.params.personalId, 'document_check');
        return result;
      }),
  );

  app.post(
    '/api/clients/:personalId/documents',
    {
      schema: {
        tags,
        description: `Adds a document. ${FORM} The file may be left out only for a requested document.`,
        consumes: ['multipart/form-data'],
        params: personalIdParams,
        response: { 201: clientDocumentView },
      },
    },
    async (req, reply) => {
      // The client is looked up before the body is read: a hidden one answers 404 like a missing one.
      await requireClientAccess(db, ctxOf(req), req.params.personalId);
      const form = await readDocumentForm(req, deps.config.uploadLimitBytes);
      const view = await addDocument(deps, ctxOf(req), req.params.personalId, form);
      reply.status(201);
      return view;
    },
  );

  app.get(
    '/api/clients/:personalId/documents/:documentId',
    {
      schema: {
        tags,
        description: 'One document (audited).',
        params: docParams,
        response: { 200: clientDocumentView },
      },
    },
    (req) =>
      db.transaction(async (tx) => {
        const ctx = ctxOf(req);
        const view = toDocumentView(await requireDocument(tx, ctx, req.params.personalId, req.params.documentId));
        await recordClientRead(tx, ctx, req.params.personalId, 'document_check');
        return view;
      }),
  );

  app.patch(
    '/api/clients/:personalId/documents/:documentId',
    {
      schema: {
        tags,
        description:
          'Changes the document’s type, status, dates or note. Status verified records the signed-in user ' +
          'as verifier (verifiedOn defaults to today). Send the version you read.',
        params: docParams,
        body: documentUpdate,
        response: { 200: clientDocumentView },
      },
    },
    (req) =>
      db.transaction((tx) => updateDocument(tx, ctxOf(req), req.params.personalId, req.params.documentId, req.body)),
  );

  app.post(
    '/api/clients/:personalId/documents/:documentId/file',
    {
      schema: {
        tags,
        description:
          'Attaches or replaces the document’s file (multipart/form-data: "version", then "file"). ' +
          'A requested document becomes received.',
        consumes: ['multipart/form-data'],
        params: docParams,
        response: { 200: clientDocumentView },
      },
    },
    async (req) => {
      await requireDocument(db, ctxOf(req), req.params.personalId, req.params.documentId);
      const form = await readDocumentForm(req, deps.config.uploadLimitBytes);
      return attachDocumentFile(deps, ctxOf(req), req.params.personalId, req.params.documentId, form);
    },
  );

  app.get(
    '/api/clients/:personalId/documents/:documentId/download',
    { schema: { tags, description: 'Downloads the document’s file (audited).', params: docParams } },
    async (req, reply) => {
      const ctx = ctxOf(req);
      const { personalId, documentId } = req.params;
      const doc = await requireDocument(db, ctx, personalId, documentId);
      if (!doc.row.storageKey || !doc.row.contentType) throw notFound('The document’s file');
      const data = await documentStorage(deps).get(doc.row.storageKey);
      await db.transaction(async (tx) => {
        await recordAudit(tx, ctx, {
          action: 'document_check.file_downloaded',
          entityType: 'client_document',
          entityId: documentId,
          clientId: personalId,
        });
        await recordClientRead(tx, ctx, personalId, 'document_check_file');
      });
      reply
        .type(doc.row.contentType)
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'no-store')
        .header('content-disposition', `attachment; filename="${safeName(doc.row.fileName ?? 'document')}"`);
      return reply.send(data);
    },
  );

  app.delete(
    '/api/clients/:personalId/documents/:documentId',
    {
      schema: {
        tags,
        description: 'Deletes the document (kept for the audit trail). Send the version you read.',
        params: docParams,
        querystring: versionQuery,
        response: { 200: okSchema },
      },
    },
    async (req) => {
      const { personalId, documentId } = req.params;
      await db.transaction((tx) => deleteDocument(tx, ctxOf(req), personalId, documentId, req.query.version));
      return { ok: true as const };
    },
  );
};
