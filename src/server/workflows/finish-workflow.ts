// Finish: submits a paused workflow's values through the same use-case as its API endpoint,
// and removes the draft in the same transaction. If anything is refused, nothing is written
// and the draft stays, so the user can fix the page the message names and finish again.
import type { z } from 'zod';
import type { Db, DbOrTx } from '../../db/connect.ts';
import { editAssessment, recordAssessment } from '../assessments/record-assessment.ts';
import { casIntakeSchema } from '../cas/cas-intake.schema.ts';
import { casIntake } from '../cas/cas-intake.ts';
import { intakeFromReferral, referralIntakeSchema } from '../cas/intake-from-referral.ts';
import { editEntry } from '../enrollments/edit-entry.ts';
import { editExit } from '../enrollments/edit-exit.ts';
import { exitHousehold } from '../enrollments/exit-household.ts';
import { intakeHousehold } from '../enrollments/intake-household.ts';
import {
  editAssessmentSchema,
  editEntrySchema,
  editExitSchema,
  exitSchema,
  intakeSchema,
  recordAssessmentSchema,
} from '../enrollments/schemas.ts';
import type { RequestContext } from '../http/context.ts';
import { badRequest, type FieldErrors, validationFailed } from '../http/errors.ts';
import { assertVersion } from '../http/versions.ts';
import { type DraftRow, deleteDraft, loadDraft } from './drafts.ts';

function parse<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const fields: FieldErrors = {};
  for (const issue of r.error.issues) {
    const path = issue.path.join('.') || 'input';
    fields[path] ??= `${path}: ${issue.message}`;
  }
  throw validationFailed(fields);
}

type Editing = { stage: number; date: string };

/**
 * Submits a workflow's values (`data.input`) through the use-case of its endpoint: the one set of
 * rules Finish and every page's check apply. Returns the EnrollmentID the workflow is about.
 */
export async function runWorkflow(
  tx: DbOrTx,
  ctx: RequestContext,
  d: Pick<DraftRow, 'kind' | 'enrollmentId'>,
  data: Record<string, unknown>,
): Promise<string> {
  const input = data.input;
  const target = d.enrollmentId;
  if (d.kind === 'intake') return intakeHousehold(tx, ctx, parse(intakeSchema, input));
  if (d.kind === 'cas-intake') return casIntake(tx, ctx, parse(casIntakeSchema, input));
  if (d.kind === 'referral-intake') return intakeFromReferral(tx, ctx, parse(referralIntakeSchema, input));
  if (!target) throw badRequest('This workflow has no enrollment; start it again from the enrollment');
  if (d.kind === 'assessment') {
    const editing = data.editing as Editing | undefined;
    if (editing) await editAssessment(tx, ctx, target, editing.stage, editing.date, parse(editAssessmentSchema, input));
    else await recordAssessment(tx, ctx, target, parse(recordAssessmentSchema, input));
  } else if (d.kind === 'exit') await exitHousehold(tx, ctx, target, parse(exitSchema, input));
  else if (d.kind === 'edit-entry') await editEntry(tx, ctx, target, parse(editEntrySchema, input));
  else await editExit(tx, ctx, target, parse(editExitSchema, input));
  return target;
}

export async function finishWorkflow(db: Db, ctx: RequestContext, id: string, version: number): Promise<string> {
  return db.transaction(async (tx) => {
    const d = await loadDraft(tx, ctx, id);
    assertVersion(d.version, version, 'This paused workflow');
    const enrollmentId = await runWorkflow(tx, ctx, d, d.data);
    await deleteDraft(tx, ctx, id, 'workflow.finish');
    return enrollmentId;
  });
}
