// The stored answers of a household's assessment, for editing (entry, exit, an update or
// annual on a date) or for "default from last assessment" (the latest answers of each member).
import type { Db } from '../../db/connect.ts';
import { DataCollectionStage } from '../../hud/codes.ts';
import { fieldsCollectedAt } from '../../hud/rules/index.ts';
import { recordClientRead } from '../clients/client-access.ts';
import { loadHouseholdOf } from '../enrollments/get-household.ts';
import { clientAnswers, enrollmentAnswers, exitAnswers } from '../enrollments/prepare-member.ts';
import type { RequestContext } from '../http/context.ts';
import { badRequest } from '../http/errors.ts';
import { emptyAnswers, hasAnswers, type MemberAnswers } from './answers.ts';
import { type Answers, CLIENT_WORKFLOW_FIELDS, ENROLLMENT_FIELDS, EXIT_FIELDS } from './schemas.ts';
import { listAssessments, loadLatestAnswers, loadStageAnswers } from './stage-records.ts';

export type AnswersQuery = { stage?: number; date?: string; latest?: boolean; before?: string };

const only = (a: Answers, fields: Set<string>): Answers =>
  Object.fromEntries(Object.entries(a).filter(([k]) => fields.has(k)));

const CLIENT = new Set<string>(CLIENT_WORKFLOW_FIELDS);
const ENROLLMENT = new Set(ENROLLMENT_FIELDS);
const EXIT = new Set(EXIT_FIELDS);

/** Answers in the shape the write endpoints take back (an edit sends them again). */
function asInput(a: MemberAnswers) {
  a.Client = only(a.Client, CLIENT);
  a.Enrollment = only(a.Enrollment, ENROLLMENT);
  a.Exit = only(a.Exit, EXIT);
  const out: Record<string, unknown> = {};
  for (const r of [
    'Client',
    'Enrollment',
    'Exit',
    'IncomeBenefits',
    'HealthAndDV',
    'EmploymentEducation',
    'YouthEducationStatus',
  ] as const)
    if (hasAnswers(a[r])) out[r] = a[r];
  if (a.Disabilities.length) out.Disabilities = a.Disabilities;
  return out;
}

export async function getAnswers(db: Db, ctx: RequestContext, enrollmentId: string, q: AnswersQuery) {
  const h = await loadHouseholdOf(db, ctx, enrollmentId);
  const refs = await listAssessments(
    db,
    h.members.map((m) => m.enrollment.EnrollmentID),
  );
  const members: { EnrollmentID: string; PersonalID: string; assessment: Record<string, unknown> }[] = [];
  for (const m of h.members) {
    if (!h.visible.has(m.client.PersonalID)) continue;
    const e = m.enrollment;
    const a = emptyAnswers();
    if (q.latest) {
      Object.assign(a, await loadLatestAnswers(db, e.EnrollmentID, q.before));
    } else if (q.stage === DataCollectionStage.ProjectStart) {
      Object.assign(a, await loadStageAnswers(db, e.EnrollmentID, q.stage, e.EntryDate));
      a.Client = clientAnswers(m.client);
      a.Enrollment = enrollmentAnswers(e);
    } else if (q.stage === DataCollectionStage.ProjectExit) {
      if (!m.exit) continue;
      Object.assign(a, await loadStageAnswers(db, e.EnrollmentID, q.stage, m.exit.ExitDate));
      a.Exit = exitAnswers(m.exit);
      a.Enrollment = only(enrollmentAnswers(e), fieldsCollectedAt('Enrollment', 'exit'));
    } else if (q.stage !== undefined && q.date) {
      const stage = q.stage;
      if (
        !refs.some(
          (r) => r.EnrollmentID === e.EnrollmentID && r.DataCollectionStage === stage && r.InformationDate === q.date,
        )
      )
        continue;
      Object.assign(a, await loadStageAnswers(db, e.EnrollmentID, stage, q.date));
      a.Enrollment = only(
        enrollmentAnswers(e),
        fieldsCollectedAt('Enrollment', stage === DataCollectionStage.Annual ? 'annual' : 'update'),
      );
    } else {
      throw badRequest('Ask for latest=true, or a stage (1 entry, 3 exit, or 2/5 with a date)');
    }
    members.push({ EnrollmentID: e.EnrollmentID, PersonalID: e.PersonalID, assessment: asInput(a) });
  }
  await db.transaction(async (tx) => {
    for (const m of members) await recordClientRead(tx, ctx, m.PersonalID, 'assessment');
  });
  return {
    DataCollectionStage: q.latest ? null : (q.stage ?? null),
    InformationDate: q.date ?? null,
    members,
  };
}
