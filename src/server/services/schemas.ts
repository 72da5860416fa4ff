// Request and response shapes of the services API. HUD fields keep HUD names.
import { z } from 'zod';

const twoDecimals = (v: number) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-6;

export const hudDate = z.iso.date({ error: 'Enter a date as yyyy-mm-dd' });
export const units = z
  .number({ error: 'Units must be a number' })
  .positive({ error: 'Units must be more than 0' })
  .max(99_999, { error: 'Units must be at most 99,999' })
  .refine(twoDecimals, { error: 'Units can have at most 2 decimals' });
export const unitValue = z
  .number({ error: 'Unit value must be an amount in dollars' })
  .min(0, { error: 'Unit value cannot be negative (use $0.00 when the service has no value)' })
  .max(9_999_999, { error: 'Unit value must be at most $9,999,999' })
  .refine(twoDecimals, { error: 'Unit value is in dollars and cents: at most 2 decimals' });
export const id = z.string().min(1).max(32);
// Chosen from a list on the form: an empty choice names what is missing, not zod's string length.
const chosen = (error: string) => z.string().min(1, { error }).max(32);
export const chosenEnrollment = chosen('Choose the enrollment');
export const chosenService = chosen('Choose a service');
export const chosenProject = chosen('Choose the project');

export const serviceInput = z.object({
  EnrollmentID: chosenEnrollment,
  serviceTypeId: chosenService,
  DateProvided: hudDate,
  units,
  unitValue: unitValue.default(0),
});

export const serviceOut = z.object({
  id: z.string(),
  serviceTypeId: z.string(),
  serviceName: z.string(),
  serviceCategory: z.string(),
  unitLabel: z.string(),
  PersonalID: z.string(),
  EnrollmentID: z.string(),
  ProjectID: z.string(),
  ProjectName: z.string(),
  EntryDate: z.string(),
  ExitDate: z.string().nullable(),
  DateProvided: z.string(),
  units: z.number(),
  unitValue: z.number(),
  totalValue: z.number(),
  ServicesID: z.string().nullable(),
  RecordType: z.number().nullable(),
  TypeProvided: z.number().nullable(),
  hudServiceLabel: z.string().nullable().describe('HUD’s label for RecordType and TypeProvided, when HUD-mapped'),
  recordedBy: z.object({ id: z.string(), name: z.string() }),
  organizationId: z.string(),
  caseNoteId: z.string().nullable(),
  batchId: z.string().nullable(),
  deletionRequested: z.boolean(),
  deleted: z.boolean(),
  canDelete: z.boolean().describe('The signed-in user recorded it, or is an HMIS admin'),
  createdAt: z.string(),
  version: z.number(),
});
export type ServiceOut = z.infer<typeof serviceOut>;

export const serviceList = z.object({ items: z.array(serviceOut), total: z.number() });

export const enrollmentOption = z.object({
  EnrollmentID: z.string(),
  PersonalID: z.string(),
  ProjectID: z.string(),
  ProjectName: z.string(),
  ProjectType: z.number().nullable(),
  EntryDate: z.string(),
  ExitDate: z.string().nullable(),
});

export const projectOption = z.object({
  ProjectID: z.string(),
  ProjectName: z.string(),
  ProjectType: z.number().nullable(),
});

export const ok = z.object({ ok: z.literal(true) });
