import { z } from 'zod';
import { reportFormat } from '../framework/schemas.ts';

export const scheduleFrequency = z.enum(['once', 'daily', 'weekly', 'monthly']);

export const scheduleInput = z.object({
  report: z.string().min(1).max(40),
  name: z.string().trim().min(1, 'Give the schedule a name').max(100),
  parameters: z.record(z.string(), z.unknown()),
  format: reportFormat.default('xlsx'),
  frequency: scheduleFrequency,
  runAt: z.iso
    .datetime({ offset: true, error: 'Choose the date and time of the first run' })
    .describe('First run (ISO date-time); recurring runs keep its time of day'),
  paused: z.boolean().default(false),
});

export const scheduleUpdate = scheduleInput.omit({ report: true }).extend({ version: z.number().int() });

export const scheduleView = z.object({
  id: z.string(),
  report: z.string(),
  reportTitle: z.string(),
  name: z.string(),
  parameters: z.record(z.string(), z.unknown()),
  format: reportFormat,
  frequency: scheduleFrequency,
  runAt: z.string(),
  nextRunAt: z.string().nullable().describe('Null once a one-time schedule has run'),
  paused: z.boolean(),
  lastRunAt: z.string().nullable(),
  lastJob: z
    .object({
      id: z.string(),
      status: z.enum(['queued', 'running', 'done', 'failed']),
      error: z.string().nullable(),
      fileId: z.string().nullable(),
      message: z.string().nullable(),
    })
    .nullable(),
  version: z.number(),
});
export type ScheduleView = z.infer<typeof scheduleView>;
