// Request and response shapes of Document Check: the CoC's document types and a client's documents.
import { z } from 'zod';
import { hudCode, hudDate, optionalText, requiredText } from '../admin/hud-fields.ts';
import { versionField } from '../http/versions.ts';

export const DOCUMENT_STATUSES = ['requested', 'received', 'verified', 'expired'] as const;

export const documentTypeView = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  required: z.boolean().describe('Required of every client'),
  requiredProjectTypes: z.array(z.number()).describe('Required for referrals to these HUD project types (2.02.6)'),
  active: z.boolean(),
  sortOrder: z.number(),
  version: z.number(),
});
export type DocumentTypeView = z.infer<typeof documentTypeView>;

export const documentTypeInput = z.object({
  name: requiredText(100, 'the document type name'),
  description: optionalText(300, 'The description'),
  required: z.boolean().default(false),
  requiredProjectTypes: z.array(hudCode('ProjectType', 'a project type')).max(20).default([]),
  active: z.boolean().default(true),
  sortOrder: z.number().int().min(0).max(10_000).default(100),
});
export const documentTypeUpdate = documentTypeInput.extend({ version: versionField });

export const clientDocumentView = z.object({
  id: z.string(),
  PersonalID: z.string(),
  documentTypeId: z.string(),
  documentTypeName: z.string(),
  status: z.enum(DOCUMENT_STATUSES).describe('Verified or received documents past their expiry date read expired'),
  verifiedOn: z.string().nullable(),
  verifiedBy: z.string().nullable(),
  expiresOn: z.string().nullable(),
  note: z.string().nullable(),
  organizationId: z.string(),
  organizationName: z.string(),
  file: z.object({ name: z.string(), contentType: z.string(), sizeBytes: z.number() }).nullable(),
  addedBy: z.string(),
  addedAt: z.string(),
  version: z.number(),
});
export type ClientDocumentView = z.infer<typeof clientDocumentView>;

export const documentCheckStatusView = z.object({
  ready: z.number().describe('Required document types with a verified, unexpired document'),
  required: z.number(),
  missing: z.array(z.string()).describe('Names of the required document types still missing'),
});
export type DocumentCheckStatus = z.infer<typeof documentCheckStatusView>;

export const checklistView = documentCheckStatusView.extend({
  items: z.array(
    z.object({
      documentTypeId: z.string(),
      name: z.string(),
      required: z.boolean(),
      status: z.enum([...DOCUMENT_STATUSES, 'missing']),
    }),
  ),
});

/** The document fields (multipart form fields on upload, JSON on update). */
export const documentFields = z.object({
  documentTypeId: z.string({ error: 'Choose the document type' }).min(1, 'Choose the document type').max(32),
  status: z.enum(DOCUMENT_STATUSES, { error: `Choose a status: ${DOCUMENT_STATUSES.join(', ')}` }),
  verifiedOn: hudDate('The verification date').nullish(),
  expiresOn: hudDate('The expiry date').nullish(),
  note: optionalText(500, 'The note'),
});
export type DocumentFields = z.infer<typeof documentFields>;
export const documentUpdate = documentFields.extend({ version: versionField });
