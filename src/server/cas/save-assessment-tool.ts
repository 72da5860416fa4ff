// Creating and editing an assessment tool. Recorded assessments keep the question and answer
// texts they were given (HUD AssessmentQuestions rows), so editing a tool never rewrites history.
import { and, asc, eq, ne, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/connect.ts';
import { casAssessmentToolTable, type ToolQuestion } from '../../db/schema/index.ts';
import { isUniqueViolation } from '../admin/write-helpers.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { RequestContext } from '../http/context.ts';
import { type FieldErrors, notFound, staleVersion, validationFailed } from '../http/errors.ts';
import { newId } from '../http/ids.ts';
import type { ToolInput } from './assessment-tool.schema.ts';

const slug = (s: string, taken: Set<string>) => {
  const base =
    s
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 24) || 'x';
  let v = base;
  for (let i = 2; taken.has(v); i++) v = `${base}-${i}`;
  taken.add(v);
  return v;
};

/** Checks the tool's shape and fills in missing keys; 400 naming each bad field. */
export function normaliseTool(input: ToolInput): { questions: ToolQuestion[]; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const ids = new Set(input.questions.flatMap((q) => (q.id ? [q.id] : [])));
  const seenIds = new Set<string>();
  const questions = input.questions.map((q, i): ToolQuestion => {
    const at = `questions.${i}`;
    if (q.id && seenIds.has(q.id)) errors[`${at}.id`] = 'Two questions have this key';
    if (q.id) seenIds.add(q.id);
    if (q.kind === 'choice' && q.options.length < 2)
      errors[`${at}.options`] = 'A choice question needs at least two answers';
    if (q.kind !== 'choice' && q.options.length) errors[`${at}.options`] = 'Only choice questions have answer options';
    if (q.kind === 'number' && q.min != null && q.max != null && q.max < q.min)
      errors[`${at}.max`] = 'The largest allowed number cannot be below the smallest';
    const values = new Set(q.options.flatMap((o) => (o.value ? [o.value] : [])));
    const seenValues = new Set<string>();
    const options = q.options.map((o, j) => {
      if (o.value && seenValues.has(o.value)) errors[`${at}.options.${j}.value`] = 'Two answers have this key';
      if (o.value) seenValues.add(o.value);
      return { value: o.value ?? slug(o.label, values), label: o.label, points: o.points };
    });
    return {
      id: q.id ?? slug(q.text, ids),
      group: q.group,
      text: q.text,
      kind: q.kind,
      required: q.required,
      options,
      min: q.kind === 'number' ? (q.min ?? null) : null,
      max: q.kind === 'number' ? (q.max ?? null) : null,
    };
  });
  const mins = input.bands.map((b) => b.min);
  if (new Set(mins).size !== mins.length) errors.bands = 'Two bands start at the same score';
  if (input.bands.length && !input.bandName) errors.bandName = 'Name the band result (for example "Priority level")';
  return { questions, errors };
}

const view = {
  id: casAssessmentToolTable.id,
  name: casAssessmentToolTable.name,
  assessmentLevel: casAssessmentToolTable.assessmentLevel,
  scoreName: casAssessmentToolTable.scoreName,
  bandName: casAssessmentToolTable.bandName,
  bands: casAssessmentToolTable.bands,
  questions: casAssessmentToolTable.questions,
  active: casAssessmentToolTable.active,
  version: casAssessmentToolTable.version,
};

export async function listAssessmentTools(db: DbOrTx, o: { activeOnly: boolean }) {
  return db
    .select(view)
    .from(casAssessmentToolTable)
    .where(o.activeOnly ? eq(casAssessmentToolTable.active, true) : undefined)
    .orderBy(asc(casAssessmentToolTable.name));
}

async function assertNameFree(db: DbOrTx, name: string, exceptId?: string) {
  const [taken] = await db
    .select({ id: casAssessmentToolTable.id })
    .from(casAssessmentToolTable)
    .where(
      and(
        sql`lower(${casAssessmentToolTable.name}) = lower(${name})`,
        exceptId ? ne(casAssessmentToolTable.id, exceptId) : undefined,
      ),
    );
  if (taken) throw validationFailed({ name: `There is already a tool called ${name}` });
}

const values = (input: ToolInput, questions: ToolQuestion[]) => ({
  name: input.name,
  assessmentLevel: input.assessmentLevel,
  scoreName: input.scoreName,
  bandName: input.bandName,
  bands: [...input.bands].sort((a, b) => a.min - b.min),
  questions,
  active: input.active,
});

const nameTaken = (e: unknown, name: string) =>
  isUniqueViolation(e) ? validationFailed({ name: `There is already a tool called ${name}` }) : e;

export async function createAssessmentTool(db: Db, ctx: RequestContext, input: ToolInput) {
  const { questions, errors } = normaliseTool(input);
  if (Object.keys(errors).length) throw validationFailed(errors);
  return db
    .transaction(async (tx) => {
      await assertNameFree(tx, input.name);
      const [row] = await tx
        .insert(casAssessmentToolTable)
        .values({ id: newId(), ...values(input, questions), createdBy: ctx.user.id, updatedBy: ctx.user.id })
        .returning(view);
      if (!row) throw new Error('tool insert returned nothing');
      await recordAudit(tx, ctx, {
        action: 'cas.tool_created',
        entityType: 'cas_assessment_tool',
        entityId: row.id,
        detail: { name: row.name, questions: questions.length },
      });
      return row;
    })
    .catch((e) => {
      throw nameTaken(e, input.name);
    });
}

export async function updateAssessmentTool(
  db: Db,
  ctx: RequestContext,
  id: string,
  input: ToolInput & { version: number },
) {
  const { questions, errors } = normaliseTool(input);
  if (Object.keys(errors).length) throw validationFailed(errors);
  return db
    .transaction(async (tx) => {
      const [stored] = await tx.select().from(casAssessmentToolTable).where(eq(casAssessmentToolTable.id, id));
      if (!stored) throw notFound('Assessment tool');
      if (stored.version !== input.version) throw staleVersion('This assessment tool');
      await assertNameFree(tx, input.name, id);
      const [row] = await tx
        .update(casAssessmentToolTable)
        .set({
          ...values(input, questions),
          updatedAt: new Date(),
          updatedBy: ctx.user.id,
          version: sql`${casAssessmentToolTable.version} + 1`,
        })
        .where(and(eq(casAssessmentToolTable.id, id), eq(casAssessmentToolTable.version, input.version)))
        .returning(view);
      if (!row) throw staleVersion('This assessment tool');
      await recordAudit(tx, ctx, {
        action: 'cas.tool_updated',
        entityType: 'cas_assessment_tool',
        entityId: id,
        detail: { name: row.name, questions: questions.length, active: row.active },
      });
      return row;
    })
    .catch((e) => {
      throw nameTaken(e, input.name);
    });
}
