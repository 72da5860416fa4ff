import { z } from 'zod';
import { versionField } from '../../../http/versions.ts';
import { questionParams, refineQuestion } from '../question.ts';

/** A question as saved: what to ask, not whose records (organizations are chosen at each run). */
export const savedQuestion = z.object(questionParams).superRefine(refineQuestion);

export const questionInput = z.object({
  name: z.string().trim().min(1, 'Type a name for this question').max(100),
  description: z.string().trim().max(500).optional(),
  shared: z.boolean().default(false).describe('Shared with everyone who may use the Data Explorer'),
  question: z.record(z.string(), z.unknown()).describe('subject, columns, filters, groupBy'),
});
export const questionUpdate = questionInput.extend({ version: versionField });

export const questionView = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  question: z.record(z.string(), z.unknown()),
  shared: z.boolean(),
  builtIn: z.boolean(),
  mine: z.boolean(),
  ownerName: z.string().nullable(),
  version: z.number(),
});
export type QuestionView = z.infer<typeof questionView>;

export const questionListQuery = z.object({
  mine: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true')
    .describe('Only show my questions'),
  search: z.string().max(100).optional(),
});
