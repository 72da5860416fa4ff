// Request and response shapes of case notes (client → Profile → Case Notes).
import { z } from 'zod';
import { versionField } from '../http/versions.ts';
import { hudDate, id, serviceOut, units, unitValue } from '../services/schemas.ts';

const noteFields = {
  noteDate: hudDate,
  title: z.string().trim().min(1, { error: 'Give the case note a title' }).max(200),
  note: z.string().trim().min(1, { error: 'Write the note' }).max(50_000),
  readOnly: z.boolean().default(false),
  EnrollmentID: id.nullable().default(null).describe('The enrollment the note is about (and the default for services)'),
};

export const caseNoteCreate = z.object({
  ...noteFields,
  services: z
    .array(
      z.object({
        EnrollmentID: id.nullable().optional().describe('Defaults to the note’s EnrollmentID'),
        serviceTypeId: id,
        DateProvided: hudDate.optional().describe('Defaults to the note date'),
        units,
        unitValue: unitValue.default(0),
      }),
    )
    .max(50)
    .default([]),
});
export type CaseNoteCreate = z.infer<typeof caseNoteCreate>;

export const caseNoteUpdate = z.object({ ...noteFields, version: versionField });
export type CaseNoteUpdate = z.infer<typeof caseNoteUpdate>;

export const caseNoteOut = z.object({
  id: z.string(),
  PersonalID: z.string(),
  noteDate: z.string(),
  title: z.string(),
  note: z.string(),
  readOnly: z.boolean(),
  EnrollmentID: z.string().nullable(),
  ProjectName: z.string().nullable(),
  author: z.object({ id: z.string(), name: z.string() }),
  organizationId: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  serviceCount: z.number(),
  canEdit: z.boolean().describe('Not read only'),
  canUnlock: z.boolean().describe('Read only, and the user is the author or an HMIS admin'),
  canDelete: z.boolean(),
  version: z.number(),
});
export type CaseNoteOut = z.infer<typeof caseNoteOut>;

export const caseNoteDetail = caseNoteOut.extend({ services: z.array(serviceOut) });
