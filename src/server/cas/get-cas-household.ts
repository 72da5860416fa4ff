// A household's CAS record: members and their CAS case managers, area ties, every 4.19
// assessment (questions, answers, results) and 4.20 event with the referral behind it.
import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/connect.ts';
import {
  appUserTable,
  assessmentQuestionsTable,
  assessmentResultsTable,
  assessmentTable,
  casAreaTable,
  casAreaTieTable,
  casReferralTable,
  eventTable,
  PROVIDER_RESULTS,
  projectTable,
} from '../../db/schema/index.ts';
import { PrioritizationStatus } from '../../hud/codes.ts';
import { nameOf } from '../households/load-household.ts';
import type { RequestContext } from '../http/context.ts';
import { recordClientReads } from '../services/audit-many.ts';
import { casRolesOf } from './cas-access.ts';
import { casCaseManagers } from './cas-notify.ts';
import { loadCasHousehold } from './load-cas-household.ts';

const s = z.string().nullable();
const n = z.number().nullable();
export const casHouseholdView = z.object({
  EnrollmentID: z.string().describe("The head of household's CAS enrollment"),
  HouseholdID: z.string(),
  project: z.object({
    ProjectID: z.string(),
    ProjectName: z.string(),
    OrganizationID: z.string(),
    OrganizationName: z.string(),
  }),
  EntryDate: z.string(),
  ExitDate: s,
  members: z.array(
    z.object({
      EnrollmentID: z.string(),
      PersonalID: z.string(),
      name: z.string(),
      RelationshipToHoH: z.number(),
      ExitDate: s,
    }),
  ),
  caseManagers: z.array(z.object({ userId: z.string(), name: z.string() })).describe('The active CAS case managers'),
  areaTies: z.array(z.object({ areaId: z.string(), name: z.string(), tieKind: z.string(), note: s })),
  assessments: z.array(
    z.object({
      AssessmentID: z.string(),
      AssessmentDate: z.string(),
      AssessmentLocation: z.string(),
      AssessmentType: z.number(),
      AssessmentLevel: z.number(),
      PrioritizationStatus: z.number(),
      questions: z.array(z.object({ group: z.string(), order: z.number(), question: z.string(), answer: s })),
      results: z.array(z.object({ type: z.string(), value: s })),
    }),
  ),
  events: z.array(
    z.object({
      EventID: z.string(),
      version: z.number(),
      EventDate: z.string(),
      Event: z.number(),
      ProbSolDivRRResult: n,
      ReferralCaseManageAfter: n,
      LocationCrisisOrPHHousing: s,
      ReferralResult: n,
      ResultDate: s,
      referral: z
        .object({
          ProjectID: z.string(),
          ProjectName: z.string(),
          providerResult: z.enum(PROVIDER_RESULTS).nullable(),
          comment: s,
          resultComment: s,
        })
        .nullable(),
    }),
  ),
  onQueue: z.boolean(),
  casStaff: z.boolean().describe('You are a CAS administrator or prioritizing user'),
});

async function managerNames(db: Db, ids: string[]) {
  if (!ids.length) return [];
  const rows = await db
    .select({ userId: appUserTable.id, first: appUserTable.firstName, last: appUserTable.lastName })
    .from(appUserTable)
    .where(inArray(appUserTable.id, ids))
    .orderBy(asc(appUserTable.lastName), asc(appUserTable.firstName));
  return rows.map((r) => ({ userId: r.userId, name: `${r.first} ${r.last}` }));
}

export async function getCasHousehold(db: Db, ctx: RequestContext, enrollmentId: string) {
  const h = await loadCasHousehold(db, ctx, enrollmentId);
  const hohId = h.hoh.EnrollmentID;
  const assessments = await db
    .select()
    .from(assessmentTable)
    .where(and(eq(assessmentTable.EnrollmentID, hohId), isNull(assessmentTable.DateDeleted)))
    .orderBy(desc(assessmentTable.AssessmentDate), desc(assessmentTable.DateCreated));
  const ids = assessments.map((a) => a.AssessmentID);
  const questions = ids.length
    ? await db
        .select()
        .from(assessmentQuestionsTable)
        .where(and(inArray(assessmentQuestionsTable.AssessmentID, ids), isNull(assessmentQuestionsTable.DateDeleted)))
        .orderBy(asc(assessmentQuestionsTable.AssessmentQuestionOrder))
    : [];
  const results = ids.length
    ? await db
        .select()
        .from(assessmentResultsTable)
        .where(and(inArray(assessmentResultsTable.AssessmentID, ids), isNull(assessmentResultsTable.DateDeleted)))
        .orderBy(asc(assessmentResultsTable.DateCreated), asc(assessmentResultsTable.AssessmentResultID))
    : [];
  const events = await db
    .select({ e: eventTable, r: casReferralTable, ProjectName: projectTable.ProjectName })
    .from(eventTable)
    .leftJoin(casReferralTable, eq(casReferralTable.eventId, eventTable.EventID))
    .leftJoin(projectTable, eq(projectTable.ProjectID, casReferralTable.projectId))
    .where(and(eq(eventTable.EnrollmentID, hohId), isNull(eventTable.DateDeleted)))
    .orderBy(desc(eventTable.EventDate), desc(eventTable.DateCreated));
  const ties = await db
    .select({
      areaId: casAreaTieTable.areaId,
      name: casAreaTable.name,
      tieKind: casAreaTieTable.tieKind,
      note: casAreaTieTable.note,
    })
    .from(casAreaTieTable)
    .innerJoin(casAreaTable, eq(casAreaTable.id, casAreaTieTable.areaId))
    .where(and(eq(casAreaTieTable.personalId, h.hoh.PersonalID), isNull(casAreaTieTable.removedAt)))
    .orderBy(asc(casAreaTable.sortOrder), asc(casAreaTable.name));
  const shown = h.members.filter((m) => h.visible.has(m.client.PersonalID));
  await recordClientReads(
    db,
    ctx,
    shown.map((m) => m.client.PersonalID),
    'CAS household',
  );
  return {
    EnrollmentID: hohId,
    HouseholdID: h.target.enrollment.HouseholdID,
    project: {
      ProjectID: h.project.ProjectID,
      ProjectName: h.project.ProjectName,
      OrganizationID: h.project.OrganizationID,
      OrganizationName: h.project.OrganizationName,
    },
    EntryDate: h.stay.EntryDate,
    ExitDate: h.stay.ExitDate,
    members: shown.map((m) => ({
      EnrollmentID: m.enrollment.EnrollmentID,
      PersonalID: m.client.PersonalID,
      name: nameOf(m.client),
      RelationshipToHoH: m.enrollment.RelationshipToHoH,
      ExitDate: m.exit?.ExitDate ?? null,
    })),
    caseManagers: await managerNames(db, await casCaseManagers(db, hohId)),
    areaTies: ties,
    assessments: assessments.map((a) => ({
      AssessmentID: a.AssessmentID,
      AssessmentDate: a.AssessmentDate,
      AssessmentLocation: a.AssessmentLocation,
      AssessmentType: a.AssessmentType,
      AssessmentLevel: a.AssessmentLevel,
      PrioritizationStatus: a.PrioritizationStatus,
      questions: questions
        .filter((q) => q.AssessmentID === a.AssessmentID)
        .map((q) => ({
          group: q.AssessmentQuestionGroup,
          order: q.AssessmentQuestionOrder,
          question: q.AssessmentQuestion,
          answer: q.AssessmentAnswer,
        })),
      results: results
        .filter((r) => r.AssessmentID === a.AssessmentID)
        .map((r) => ({ type: r.AssessmentResultType, value: r.AssessmentResult })),
    })),
    events: events.map(({ e, r, ProjectName }) => ({
      EventID: e.EventID,
      version: e.version,
      EventDate: e.EventDate,
      Event: e.Event,
      ProbSolDivRRResult: e.ProbSolDivRRResult,
      ReferralCaseManageAfter: e.ReferralCaseManageAfter,
      LocationCrisisOrPHHousing: e.LocationCrisisOrPHHousing,
      ReferralResult: e.ReferralResult,
      ResultDate: e.ResultDate,
      referral: r
        ? {
            ProjectID: r.projectId,
            ProjectName: ProjectName ?? r.projectId,
            providerResult: r.providerResult,
            comment: r.comment,
            resultComment: r.resultComment,
          }
        : null,
    })),
    onQueue: assessments[0]?.PrioritizationStatus === PrioritizationStatus.Placed,
    casStaff: (await casRolesOf(db, ctx.user.id)).size > 0,
  };
}
