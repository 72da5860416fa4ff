// The one path every workflow takes for each person: stored answers + input → merged →
// normalised → validated against the data collection rules. Writes come after, only when
// the whole household is valid.
import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connect.ts';
import { clientTable, enrollmentTable } from '../../db/schema/index.ts';
import { fieldsCollectedAt, type Member, type Stage } from '../../hud/rules/index.ts';
import { type MemberAnswers, mergeAnswers } from '../assessments/answers.ts';
import { normalizeAnswers } from '../assessments/normalize-answers.ts';
import {
  type Answers,
  type AssessmentInput,
  CLIENT_WORKFLOW_FIELDS,
  ENROLLMENT_FIELDS,
  EXIT_FIELDS,
} from '../assessments/schemas.ts';
import { memberFacts, validateAnswers } from '../assessments/validate-answers.ts';
import type { ClientRow, EnrollmentRow, ExitRow } from '../households/load-household.ts';
import type { RequestContext } from '../http/context.ts';
import type { FieldErrors } from '../http/errors.ts';
import { hudNow } from '../http/ids.ts';
import { assertVersion } from '../http/versions.ts';

const pick = (row: object | null | undefined, fields: readonly string[]): Answers => {
  const out: Answers = {};
  if (!row) return out;
  const r = row as Record<string, unknown>;
  for (const f of fields) if (f in r) out[f] = (r[f] ?? null) as string | number | null;
  return out;
};

// The client's data-quality answers are checked too (3.01–3.03), never the name, SSN or DOB themselves.
export const clientAnswers = (c: ClientRow) =>
  pick(c, [...CLIENT_WORKFLOW_FIELDS, 'NameDataQuality', 'SSNDataQuality', 'DOBDataQuality']);
export const enrollmentAnswers = (e: EnrollmentRow | null) =>
  pick(e, [...ENROLLMENT_FIELDS, 'EntryDate', 'RelationshipToHoH', 'EnrollmentCoC']);
export const exitAnswers = (x: ExitRow | null) => pick(x, [...EXIT_FIELDS, 'ExitDate', 'Destination']);

export type PrepareArgs = {
  stored: MemberAnswers;
  input: AssessmentInput | undefined;
  projectType: number | null;
  funders: readonly number[];
  stage: Stage;
  base: { isHeadOfHousehold: boolean; isAdult: boolean };
  prefix: string;
};

export type Prepared = { answers: MemberAnswers; errors: FieldErrors; member: Member };

export function prepareMember(a: PrepareArgs): Prepared {
  const errors: FieldErrors = {};
  // After project start, only the enrollment columns an element collects at this stage may change.
  if (a.stage !== 'projectStart' && a.input?.Enrollment) {
    const allowed = fieldsCollectedAt('Enrollment', a.stage);
    for (const [f, v] of Object.entries(a.input.Enrollment))
      if (v !== undefined && !allowed.has(f))
        errors[`${a.prefix}.Enrollment.${f}`] = `${f} is recorded at project start: change it with Edit entry`;
  }
  const answers = normalizeAnswers(mergeAnswers(a.stored, a.input), a.projectType);
  const member = memberFacts(answers, a.base);
  Object.assign(
    errors,
    validateAnswers(answers, { projectType: a.projectType, funders: a.funders, stage: a.stage, member }, a.prefix),
  );
  return { answers, errors, member };
}

/** Enrollment columns to store from the answers (DisablingCondition is NOT NULL: 99 when unanswered). */
export function enrollmentValues(a: Answers): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of ENROLLMENT_FIELDS) if (f in a) out[f] = a[f] ?? null;
  if ('DisablingCondition' in out && out.DisablingCondition === null) out.DisablingCondition = 99;
  return out;
}

/** Exit columns to store from the answers. */
export function exitValues(a: Answers): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of EXIT_FIELDS) if (f in a) out[f] = a[f] ?? null;
  return out;
}

/** Records veteran status, sex and veteran's information on the client when they changed. */
export async function applyClientAnswers(
  tx: DbOrTx,
  ctx: RequestContext,
  client: ClientRow,
  answers: Answers,
  readVersion: number | undefined,
): Promise<boolean> {
  const changes: Record<string, unknown> = {};
  const stored = client as unknown as Record<string, unknown>;
  for (const f of CLIENT_WORKFLOW_FIELDS) {
    const v = answers[f];
    if (v === undefined || v === stored[f]) continue;
    // VeteranStatus cannot be emptied; every other column can.
    if (v === null && f === 'VeteranStatus') continue;
    changes[f] = v;
  }
  if (!Object.keys(changes).length) return false;
  if (readVersion !== undefined) assertVersion(client.version, readVersion, 'The client record');
  await tx
    .update(clientTable)
    .set({ ...changes, DateUpdated: hudNow(), UserID: ctx.user.id, version: sql`${clientTable.version} + 1` })
    .where(eq(clientTable.PersonalID, client.PersonalID));
  return true;
}

/** Bumps an enrollment's version if it is still the one read; otherwise 409. */
export async function touchEnrollment(
  tx: DbOrTx,
  ctx: RequestContext,
  e: EnrollmentRow,
  readVersion: number,
  values: Record<string, unknown> = {},
) {
  assertVersion(e.version, readVersion, 'This enrollment');
  const updated = await tx
    .update(enrollmentTable)
    .set({ ...values, DateUpdated: hudNow(), UserID: ctx.user.id, version: e.version + 1 })
    .where(sql`${enrollmentTable.EnrollmentID} = ${e.EnrollmentID} AND ${enrollmentTable.version} = ${readVersion}`)
    .returning({ id: enrollmentTable.EnrollmentID });
  if (!updated.length) assertVersion(e.version + 1, readVersion, 'This enrollment');
}
