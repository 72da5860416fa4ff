// Update and annual assessments, new or edited, for members of a household. An annual must be
// dated inside the 60-day window around an anniversary of the head of household's start date.
// Exited enrollments take "missed" assessments dated before their exit.
import type { DbOrTx } from '../../db/connect.ts';
import { DataCollectionStage, RelationshipToHoH } from '../../hud/codes.ts';
import { annualWindowOf, isAdultOn, nearestAnnualWindow } from '../../hud/rules/dates.ts';
import { fieldsCollectedAt, type Stage, stageOfCode } from '../../hud/rules/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { assertCanChange } from '../enrollments/enrollment-access.ts';
import { checkEnrollmentDates, namedErrors } from '../enrollments/enrollment-dates.ts';
import { type LoadedHousehold, loadHouseholdOf } from '../enrollments/get-household.ts';
import { fundersOn } from '../enrollments/load-project.ts';
import {
  clientAnswers,
  enrollmentAnswers,
  type Prepared,
  prepareMember,
  touchEnrollment,
} from '../enrollments/prepare-member.ts';
import type { EditAssessmentInput, RecordAssessmentInput } from '../enrollments/schemas.ts';
import { type HouseholdMember, headOf, nameOf } from '../households/load-household.ts';
import { propagateMoveIn } from '../households/propagate-move-in.ts';
import type { RequestContext } from '../http/context.ts';
import { badRequest, type FieldErrors, notFound, validationFailed } from '../http/errors.ts';
import { hudToday } from '../http/ids.ts';
import { emptyAnswers, hasAnswers, type MemberAnswers } from './answers.ts';
import { STAGE_RECORDS } from './schemas.ts';
import { listAssessments, loadStageAnswers, writeStageAnswers } from './stage-records.ts';

const STAGE_WORDS: Record<number, string> = {
  [DataCollectionStage.Update]: 'update',
  [DataCollectionStage.Annual]: 'annual',
};

/** True when a new update holds something to record for the person: a stage answer, a disability,
 * or an enrollment value (a move-in date) that changes. */
function recordsAnything(a: MemberAnswers, enrollment: Record<string, unknown>, stage: Stage): boolean {
  if (STAGE_RECORDS.some((r) => hasAnswers(a[r]))) return true;
  if (a.Disabilities.some((d) => d.DisabilityResponse !== null && d.DisabilityResponse !== undefined)) return true;
  return [...fieldsCollectedAt('Enrollment', stage)].some(
    (f) => f in a.Enrollment && (a.Enrollment[f] ?? null) !== (enrollment[f] ?? null),
  );
}

type Save = {
  stage: number;
  date: string;
  /** When editing: the assessment's current date. */
  fromDate?: string;
  members: RecordAssessmentInput['members'];
};

function annualErrors(h: LoadedHousehold, date: string): FieldErrors {
  const hoh = headOf(h.members);
  if (!hoh) return {};
  const start = hoh.enrollment.EntryDate;
  if (annualWindowOf(start, date)) return {};
  const w = nearestAnnualWindow(start, date);
  return {
    InformationDate: `An annual assessment must be dated within 30 days before or after an anniversary of the project start date (${start}). ${date} is outside every window; the nearest is ${w.opens} to ${w.closes} (anniversary ${w.anniversary}).`,
  };
}

async function save(tx: DbOrTx, ctx: RequestContext, h: LoadedHousehold, s: Save, action: string) {
  assertCanChange(ctx, h.project);
  const stage = stageOfCode(s.stage) as Stage;
  const word = STAGE_WORDS[s.stage] ?? 'assessment';
  const today = hudToday();
  const errors: FieldErrors = s.stage === DataCollectionStage.Annual ? annualErrors(h, s.date) : {};
  if (s.date > today) errors.InformationDate = `The assessment date (${s.date}) cannot be in the future`;
  const existing = await listAssessments(
    tx,
    h.members.map((m) => m.enrollment.EnrollmentID),
  );
  const prepared: (Prepared & { m: HouseholdMember })[] = [];
  for (const [i, mi] of s.members.entries()) {
    const m = h.members.find((x) => x.enrollment.EnrollmentID === mi.EnrollmentID);
    const key = `members.${i}`;
    if (!m) {
      errors[`${key}.EnrollmentID`] = 'This enrollment is not part of the household';
      continue;
    }
    const name = nameOf(m.client);
    const own = existing.filter(
      (a) => a.EnrollmentID === m.enrollment.EnrollmentID && a.DataCollectionStage === s.stage,
    );
    const from = s.fromDate ?? s.date;
    if (s.fromDate && !own.some((a) => a.InformationDate === s.fromDate))
      throw notFound(`${name}'s ${word} assessment dated ${s.fromDate}`);
    const clash = own.find((a) => a.InformationDate === s.date && a.InformationDate !== s.fromDate);
    if (clash)
      errors[`${key}.InformationDate`] = `${name} already has an ${word} assessment dated ${s.date}: edit it instead`;
    if (s.stage === DataCollectionStage.Annual) {
      const hoh = headOf(h.members);
      const w = hoh && annualWindowOf(hoh.enrollment.EntryDate, s.date);
      const sameYear =
        w &&
        own.find((a) => a.InformationDate !== from && a.InformationDate >= w.opens && a.InformationDate <= w.closes);
      if (sameYear && !clash)
        errors[`${key}.InformationDate`] =
          `${name} already has the annual assessment for this year (dated ${sameYear.InformationDate}): edit it instead`;
    }
    if (s.date < m.enrollment.EntryDate)
      errors[`${key}.InformationDate`] ??=
        `${name}: the assessment date cannot be before the project start date (${m.enrollment.EntryDate})`;
    if (m.exit && s.date > m.exit.ExitDate)
      errors[`${key}.InformationDate`] ??=
        `${name}: the assessment date cannot be after the exit date (${m.exit.ExitDate})`;
    const stored = emptyAnswers();
    if (s.fromDate) Object.assign(stored, await loadStageAnswers(tx, m.enrollment.EnrollmentID, s.stage, from));
    stored.Client = clientAnswers(m.client);
    stored.Enrollment = enrollmentAnswers(m.enrollment);
    const p = prepareMember({
      stored,
      input: mi.assessment,
      projectType: h.project.ProjectType,
      funders: fundersOn(h.project, s.date),
      stage,
      base: {
        isHeadOfHousehold: m.enrollment.RelationshipToHoH === RelationshipToHoH.Self,
        isAdult: isAdultOn(m.client.DOB, s.date),
      },
      prefix: key,
    });
    const dates = checkEnrollmentDates(h.project, p.answers.Enrollment, {
      entry: m.enrollment.EntryDate,
      exit: m.exit?.ExitDate ?? null,
      today,
      prefix: key,
    });
    delete dates[`${key}.EntryDate`];
    Object.assign(errors, namedErrors(name, { ...p.errors, ...dates }));
    // An update answers only what changed, but one that answers nothing would finish without a trace.
    // Keyed to no page: the pages still to come may answer it; Finish shows it.
    if (!s.fromDate && s.stage === DataCollectionStage.Update && !recordsAnything(p.answers, m.enrollment, stage))
      errors[`${key}.assessment`] =
        `${name}: nothing is answered in this update. Record what changed (Default from last assessment fills the pages), or leave ${name} out of the household members assessed`;
    prepared.push({ ...p, m });
  }
  if (Object.keys(errors).length) throw validationFailed(errors);

  const allowed = fieldsCollectedAt('Enrollment', stage);
  for (const [i, p] of prepared.entries()) {
    const mi = s.members[i];
    if (!mi) continue;
    const e = p.m.enrollment;
    const values: Record<string, unknown> = {};
    for (const f of allowed) if (f in p.answers.Enrollment) values[f] = p.answers.Enrollment[f] ?? null;
    await touchEnrollment(tx, ctx, e, mi.version, values);
    await writeStageAnswers(
      tx,
      ctx,
      { enrollmentId: e.EnrollmentID, personalId: e.PersonalID, stage: s.stage, date: s.date, fromDate: s.fromDate },
      p.answers,
    );
    const moveIn = p.answers.Enrollment.MoveInDate;
    if (p.member.isHeadOfHousehold && typeof moveIn === 'string' && moveIn !== e.MoveInDate)
      await propagateMoveIn(tx, ctx, h.members, moveIn);
    await recordAudit(tx, ctx, {
      action,
      entityType: 'enrollment',
      entityId: e.EnrollmentID,
      clientId: e.PersonalID,
      detail: { DataCollectionStage: s.stage, InformationDate: s.date, ...(s.fromDate ? { from: s.fromDate } : {}) },
    });
  }
}

export async function recordAssessment(
  db: DbOrTx,
  ctx: RequestContext,
  enrollmentId: string,
  input: RecordAssessmentInput,
) {
  await db.transaction(async (tx) => {
    const h = await loadHouseholdOf(tx, ctx, enrollmentId, input.members);
    await save(
      tx,
      ctx,
      h,
      { stage: input.DataCollectionStage, date: input.InformationDate, members: input.members },
      'assessment.create',
    );
  });
}

export async function editAssessment(
  db: DbOrTx,
  ctx: RequestContext,
  enrollmentId: string,
  stage: number,
  date: string,
  input: EditAssessmentInput,
) {
  await db.transaction(async (tx) => {
    const h = await loadHouseholdOf(tx, ctx, enrollmentId, input.members);
    if (stage !== DataCollectionStage.Update && stage !== DataCollectionStage.Annual)
      throw badRequest(
        'Only update and annual assessments are edited here; use Edit entry or Edit exit for the others',
      );
    await save(
      tx,
      ctx,
      h,
      { stage, date: input.InformationDate, fromDate: date, members: input.members },
      'assessment.edit',
    );
  });
}
