// Request and response shapes of service batches (Home → My Hearth → Batches).
import { z } from 'zod';
import { chosenProject, chosenService, hudDate, units, unitValue } from '../services/schemas.ts';

export const batchInput = z.object({
  name: z.string().trim().min(1, { error: 'Give the batch a name' }).max(100),
  projectId: chosenProject,
  serviceTypeId: chosenService,
  DateProvided: hudDate,
  units,
  unitValue: unitValue.default(0),
});

export const batchOut = z.object({
  id: z.string(),
  name: z.string(),
  ProjectID: z.string(),
  ProjectName: z.string(),
  serviceTypeId: z.string(),
  serviceName: z.string(),
  DateProvided: z.string(),
  units: z.number(),
  unitValue: z.number(),
  status: z.enum(['open', 'posted']),
  postedAt: z.string().nullable(),
  postedCount: z.number().nullable(),
  createdBy: z.object({ id: z.string(), name: z.string() }),
  createdAt: z.string(),
  entryCount: z.number(),
  version: z.number(),
});
export type BatchOut = z.infer<typeof batchOut>;

export const ENTRY_FLAGS = ['ready', 'no_open_enrollment', 'duplicate', 'already_served', 'posted'] as const;
export type EntryFlag = (typeof ENTRY_FLAGS)[number];

export const entryOut = z.object({
  id: z.string(),
  PersonalID: z.string(),
  FirstName: z.string().nullable(),
  LastName: z.string().nullable(),
  scannedAt: z.string(),
  flag: z.enum(ENTRY_FLAGS),
  flagLabel: z
    .string()
    .describe(
      'What the review list shows: Ready, No open enrollment, Duplicate, Already received this service …, Posted',
    ),
  flagReason: z.string().nullable().describe('Why an entry is flagged and will not be posted'),
});
export type EntryOut = z.infer<typeof entryOut>;

export const summaryOut = z.object({
  ready: z.number(),
  noOpenEnrollment: z.number(),
  duplicate: z.number(),
  alreadyServed: z.number(),
  posted: z.number(),
});

export const batchReview = z.object({ batch: batchOut, entries: z.array(entryOut), summary: summaryOut });
