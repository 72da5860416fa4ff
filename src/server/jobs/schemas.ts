import { z } from 'zod';
import { versionField } from '../http/versions.ts';

export const jobStatus = z.enum(['queued', 'running', 'done', 'failed']);

export const jobFileView = z.object({
  id: z.string(),
  name: z.string(),
  sizeBytes: z.number(),
  expiresAt: z.string().nullable(),
  deleted: z.boolean().describe('True once the file expired or was deleted'),
});

export const jobView = z.object({
  id: z.string(),
  kind: z.string().describe('hmis_csv_export, hmis_csv_import, …'),
  title: z.string(),
  status: jobStatus,
  progress: z.number().int().min(0).max(100),
  progressNote: z.string().nullable(),
  fileId: z.string().optional(),
  file: jobFileView.nullable(),
  error: z.string().optional(),
  ownerId: z.string(),
  ownerName: z.string(),
  parameters: z.record(z.string(), z.unknown()),
  result: z.record(z.string(), z.unknown()).nullable(),
  queuedAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
});
export type JobView = z.infer<typeof jobView>;

export const jobListQuery = z.object({
  scope: z.enum(['mine', 'all']).default('mine').describe('all: every user’s jobs (HMIS admin)'),
  state: z.enum(['active', 'finished', 'any']).default('any').describe('active: queued or running'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export const findingView = z.object({
  id: z.number(),
  severity: z.enum(['high_priority', 'error', 'warning']),
  checkId: z.string(),
  file: z.string().nullable(),
  line: z.number().nullable(),
  column: z.string().nullable(),
  recordId: z.string().nullable(),
  value: z.string().nullable(),
  message: z.string(),
});

export const findingQuery = z.object({
  severity: z.enum(['high_priority', 'error', 'warning']).optional(),
  file: z.string().max(40).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
  offset: z.coerce.number().int().min(0).default(0),
});

export const reportSettingView = z.object({
  id: z.string(),
  report: z.string(),
  name: z.string(),
  parameters: z.record(z.string(), z.unknown()),
  version: z.number(),
  updatedAt: z.string(),
});

export const reportSettingInput = z.object({
  report: z
    .string()
    .min(1)
    .max(40)
    // The Data Explorer saves questions instead (docs/decisions.md): one thing saved there, shareable.
    .refine((r) => r !== 'data-explorer', 'Data Explorer questions are saved with Save Question (and can be shared)')
    .describe('The report or export these settings are for, e.g. hmis_csv_export'),
  name: z.string().trim().min(1, 'Type a name for these settings').max(100),
  parameters: z.record(z.string(), z.unknown()),
});

export const reportSettingUpdate = z.object({
  name: z.string().trim().min(1, 'Type a name for these settings').max(100),
  parameters: z.record(z.string(), z.unknown()),
  version: versionField,
});
