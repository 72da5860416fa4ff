// A HUD 4.19 Coordinated Entry assessment made with one of the CoC's tools: the answers are
// checked against the tool, the score is the points of the chosen answers added up, and the
// whole lands in HUD's Assessment, AssessmentQuestions and AssessmentResults rows.
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '../../db/connect.ts';
import {
  assessmentQuestionsTable,
  assessmentResultsTable,
  assessmentTable,
  casAssessmentToolTable,
} from '../../db/schema/index.ts';
import { hudCode } from '../admin/hud-fields.ts';
import { hudCreated } from '../admin/write-helpers.ts';
import type { RequestContext } from '../http/context.ts';
import type { FieldErrors } from '../http/errors.ts';
import { newId } from '../http/ids.ts';

export const ceAssessmentInput = z.strictObject({
  toolId: z.string().min(1).max(32).describe('The CoC assessment tool used (its level comes with it)'),
  AssessmentDate: z.iso.date(),
  AssessmentLocation: z
    .string({ error: 'Enter where the assessment took place' })
    .trim()
    .min(1, 'Enter where the assessment took place')
    .max(250, 'At most 250 characters'),
  AssessmentType: hudCode('AssessmentType', 'how the assessment was done (phone, virtual, in person)'),
  answers: z
    .array(
      z.strictObject({
        questionId: z.string().min(1).max(32),
        value: z.union([z.string().max(500, 'At most 500 characters'), z.number()]).nullable(),
      }),
    )
    .max(200),
});
export type CeAssessmentInput = z.infer<typeof ceAssessmentInput>;
export type Tool = typeof casAssessmentToolTable.$inferSelect;

export type Scored = {
  questions: { group: string; order: number; question: string; answer: string | null }[];
  results: { type: string; value: string }[];
  score: number;
};

export async function loadTool(db: DbOrTx, toolId: string, errors: FieldErrors, field: string) {
  const [tool] = await db.select().from(casAssessmentToolTable).where(eq(casAssessmentToolTable.id, toolId));
  if (!tool?.active) errors[field] = 'Choose one of the CoC’s active assessment tools';
  return tool?.active ? tool : undefined;
}

/** Checks every answer against the tool and adds up the score. Messages go under `prefix.answers…`. */
export function scoreAssessment(tool: Tool, input: CeAssessmentInput, prefix: string, errors: FieldErrors): Scored {
  const at = (k: string) => (prefix ? `${prefix}.${k}` : k);
  const byId = new Map(input.answers.map((a) => [a.questionId, a]));
  input.answers.forEach((a, i) => {
    if (!tool.questions.some((q) => q.id === a.questionId))
      errors[at(`answers.${i}.questionId`)] = 'This question is not part of the tool';
  });
  let score = 0;
  const questions: Scored['questions'] = [];
  tool.questions.forEach((q, order) => {
    const given = byId.get(q.id);
    // Messages about an answer are keyed by its question: `answers.<questionId>`.
    const field = at(`answers.${q.id}`);
    const value = given?.value ?? null;
    if (value === null || value === '') {
      if (q.required) errors[field] = `Answer “${q.text}”`;
      questions.push({ group: q.group, order: order + 1, question: q.text, answer: null });
      return;
    }
    let answer: string;
    if (q.kind === 'choice') {
      const option = q.options.find((o) => o.value === String(value));
      if (!option) {
        errors[field] = `Choose one of the answers to “${q.text}”`;
        return;
      }
      score += option.points;
      answer = option.label;
    } else if (q.kind === 'number') {
      const n = typeof value === 'number' ? value : Number(value);
      if (!Number.isFinite(n)) errors[field] = `“${q.text}” takes a number`;
      else if (q.min != null && n < q.min) errors[field] = `“${q.text}”: at least ${q.min}`;
      else if (q.max != null && n > q.max) errors[field] = `“${q.text}”: at most ${q.max}`;
      answer = String(n);
    } else answer = String(value);
    questions.push({ group: q.group, order: order + 1, question: q.text, answer });
  });
  const results = [{ type: tool.scoreName, value: String(score) }];
  const band = [...tool.bands].reverse().find((b) => score >= b.min);
  if (tool.bandName && band) results.push({ type: tool.bandName, value: band.label });
  results.push({ type: 'Assessment tool', value: tool.name });
  return { questions, results, score };
}

/** Writes the assessment's HUD rows on the head of household's CE enrollment; returns AssessmentID. */
export async function writeCeAssessment(
  tx: DbOrTx,
  ctx: RequestContext,
  o: {
    EnrollmentID: string;
    PersonalID: string;
    input: CeAssessmentInput;
    tool: Tool;
    scored: Scored;
    PrioritizationStatus: number;
  },
): Promise<string> {
  const AssessmentID = newId();
  const base = { AssessmentID, EnrollmentID: o.EnrollmentID, PersonalID: o.PersonalID, ...hudCreated(ctx) };
  await tx.insert(assessmentTable).values({
    ...base,
    AssessmentDate: o.input.AssessmentDate,
    AssessmentLocation: o.input.AssessmentLocation,
    AssessmentType: o.input.AssessmentType,
    AssessmentLevel: o.tool.assessmentLevel,
    PrioritizationStatus: o.PrioritizationStatus,
  });
  if (o.scored.questions.length)
    await tx.insert(assessmentQuestionsTable).values(
      o.scored.questions.map((q) => ({
        ...base,
        AssessmentQuestionID: newId(),
        AssessmentQuestionGroup: q.group,
        AssessmentQuestionOrder: q.order,
        AssessmentQuestion: q.question,
        AssessmentAnswer: q.answer,
      })),
    );
  await tx.insert(assessmentResultsTable).values(
    o.scored.results.map((r) => ({
      ...base,
      AssessmentResultID: newId(),
      AssessmentResultType: r.type,
      AssessmentResult: r.value,
    })),
  );
  return AssessmentID;
}
