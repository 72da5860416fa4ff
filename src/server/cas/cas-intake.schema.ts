// The CAS & Diversion intake: the household intake's body plus the CAS block (area ties, a 4.19
// assessment, and the decision: diverted, or placed on the queue).
import { z } from 'zod';
import { hudCode } from '../admin/hud-fields.ts';
import { intakeSchema } from '../enrollments/schemas.ts';
import { areaTieInput } from './area-ties.ts';
import { ceAssessmentInput } from './ce-assessment.ts';

export const casDecision = z.discriminatedUnion('outcome', [
  z.strictObject({
    outcome: z.literal('queue').describe('Placed on the prioritization list (4.19 PrioritizationStatus 1)'),
  }),
  z.strictObject({
    outcome: z.literal('diverted').describe('Problem solving / diversion (4.20 event 2) with its result'),
    EventDate: z.iso.date().optional().describe('Defaults to the project start date'),
    ProbSolDivRRResult: hudCode('NoYesMissing', 'whether the household was housed/re-housed in a safe alternative'),
  }),
]);

export const casIntakeSchema = intakeSchema.extend({
  cas: z.strictObject({
    areaTies: z.array(areaTieInput).max(30).default([]).describe("The household's ties, recorded for every member"),
    assessment: ceAssessmentInput.optional().describe("The head of household's assessment (required for the queue)"),
    decision: casDecision,
  }),
});
export type CasIntakeInput = z.infer<typeof casIntakeSchema>;
