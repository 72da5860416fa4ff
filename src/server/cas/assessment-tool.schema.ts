// A CoC assessment tool as data: questions (choice, number or text), each choice's points, the
// name of the score result and optional score bands. An HMIS admin edits it in Admin → CAS.
import { z } from 'zod';
import { hudCode } from '../admin/hud-fields.ts';
import { versionField } from '../http/versions.ts';

const text = (max: number, what: string) =>
  z
    .string({ error: `Enter ${what}` })
    .trim()
    .min(1, `Enter ${what}`)
    .max(max, `${what}: at most ${max} characters`);
const key = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{1,32}$/, 'Letters, digits, - and _ only, at most 32');

export const toolOption = z.strictObject({
  value: key.optional().describe('Stable key of the option (made from the label when left out)'),
  // AssessmentAnswer holds the label: HUD allows 500 characters.
  label: text(500, 'the answer option'),
  points: z.number({ error: 'Enter the points' }).min(-1000).max(1000),
});

export const toolQuestion = z.strictObject({
  id: key.optional().describe('Stable key of the question (new questions get one)'),
  // AssessmentQuestionGroup and AssessmentQuestion hold these: 250 characters each.
  group: text(250, 'the question group'),
  text: text(250, 'the question'),
  kind: z.enum(['choice', 'number', 'text']),
  required: z.boolean().default(true),
  options: z.array(toolOption).max(50).default([]),
  min: z.number().nullish(),
  max: z.number().nullish(),
});

export const toolInput = z.strictObject({
  name: text(100, 'the tool name'),
  assessmentLevel: hudCode('AssessmentLevel', 'the assessment level'),
  scoreName: text(250, 'the name of the score result'),
  bandName: z
    .string()
    .trim()
    .max(250)
    .nullish()
    .transform((v) => v || null),
  bands: z
    .array(z.strictObject({ min: z.number(), label: text(250, 'the band label') }))
    .max(20)
    .default([]),
  questions: z.array(toolQuestion).min(1, 'Add at least one question').max(200),
  active: z.boolean().default(true),
});
export type ToolInput = z.infer<typeof toolInput>;
export const toolUpdate = toolInput.extend({ version: versionField });

export const toolView = z.object({
  id: z.string(),
  name: z.string(),
  assessmentLevel: z.number(),
  scoreName: z.string(),
  bandName: z.string().nullable(),
  bands: z.array(z.object({ min: z.number(), label: z.string() })),
  questions: z.array(
    z.object({
      id: z.string(),
      group: z.string(),
      text: z.string(),
      kind: z.enum(['choice', 'number', 'text']),
      required: z.boolean(),
      options: z.array(z.object({ value: z.string(), label: z.string(), points: z.number() })),
      min: z.number().nullish(),
      max: z.number().nullish(),
    }),
  ),
  active: z.boolean(),
  version: z.number(),
});
