// CAS & Diversion intake: the household, its area ties, the 4.19 assessment and the decision
// land in HUD's tables in one transaction; the user finishing it is the active CAS case manager.
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import {
  assessmentQuestionsTable,
  assessmentResultsTable,
  assessmentTable,
  casAreaTieTable,
  caseAssignmentTable,
  enrollmentTable,
  eventTable,
} from '../../db/schema/index.ts';
import { AssessmentLevel, EventType, PrioritizationStatus } from '../../hud/codes.ts';
import { addDays } from '../../hud/rules/dates.ts';
import { hudToday } from '../http/ids.ts';
import { casIntake, casIntakeBody, demoAnswers, demoAssessment } from './cas.test-support.ts';

let t: TestApp;
let access: string;
const start = addDays(hudToday(), -20);

beforeAll(async () => {
  t = await createTestApp();
  access = await t.login('accesspoint');
});
afterAll(() => t.close());

describe('CAS & Diversion intake', () => {
  it('places the household on the queue: 4.19 rows with the score, area ties, and the intake user as CAS case manager', async () => {
    const f = await casIntake(t, access, { EntryDate: start, withChild: true });
    const db = t.database.db;
    const [a] = await db.select().from(assessmentTable).where(eq(assessmentTable.EnrollmentID, f.EnrollmentID));
    expect(a).toMatchObject({
      PersonalID: f.hoh,
      AssessmentDate: start,
      AssessmentLevel: AssessmentLevel.HousingNeeds,
      PrioritizationStatus: PrioritizationStatus.Placed,
      UserID: 'USR-ACCESS',
    });
    const questions = await db
      .select()
      .from(assessmentQuestionsTable)
      .where(eq(assessmentQuestionsTable.AssessmentID, a?.AssessmentID ?? ''));
    expect(questions).toHaveLength(6);
    expect(questions.find((q) => q.AssessmentQuestionOrder === 1)).toMatchObject({
      AssessmentQuestionGroup: 'History of housing',
      AssessmentQuestion: 'Where have you slept most nights in the past 30 days?',
      AssessmentAnswer: 'Outside, in a vehicle or another place not meant for habitation',
    });
    const results = await db
      .select()
      .from(assessmentResultsTable)
      .where(eq(assessmentResultsTable.AssessmentID, a?.AssessmentID ?? ''));
    expect(Object.fromEntries(results.map((r) => [r.AssessmentResultType, r.AssessmentResult]))).toEqual({
      'Total score': '8',
      'Priority level': 'Medium',
      'Assessment tool': 'Housing Needs Assessment',
    });
    // The household's ties are recorded for each member.
    const ties = await db
      .select()
      .from(casAreaTieTable)
      .where(inArray(casAreaTieTable.personalId, [f.hoh, f.child ?? '']));
    expect(ties.map((x) => [x.personalId, x.areaId, x.tieKind])).toEqual(
      expect.arrayContaining([
        [f.hoh, 'AREA-02', 'family'],
        [f.child, 'AREA-02', 'family'],
      ]),
    );
    const assignments = await db
      .select()
      .from(caseAssignmentTable)
      .where(inArray(caseAssignmentTable.personalId, [f.hoh, f.child ?? '']));
    expect(assignments).toHaveLength(2);
    expect(assignments.every((x) => x.userId === 'USR-ACCESS' && x.endDate === null && x.enrollmentId)).toBe(true);
    const view = await t.as(access).get(`/api/cas/households/${f.members[1]?.EnrollmentID}`);
    expect(view.statusCode).toBe(200);
    expect(view.json()).toMatchObject({
      EnrollmentID: f.EnrollmentID,
      onQueue: true,
      caseManagers: [{ userId: 'USR-ACCESS', name: 'Alex Access' }],
    });
    expect(view.json().assessments[0].results).toContainEqual({ type: 'Total score', value: '8' });
  });

  it('records a diversion: event 2 with its result, and an assessment "not placed"', async () => {
    const f = await casIntake(t, access, {
      EntryDate: start,
      cas: {
        areaTies: [],
        assessment: demoAssessment(start),
        decision: { outcome: 'diverted', ProbSolDivRRResult: 1 },
      },
    });
    const db = t.database.db;
    const [e] = await db.select().from(eventTable).where(eq(eventTable.EnrollmentID, f.EnrollmentID));
    expect(e).toMatchObject({
      EventDate: start,
      Event: EventType.ProblemSolvingDiversion,
      ProbSolDivRRResult: 1,
      ReferralResult: null,
    });
    const [a] = await db.select().from(assessmentTable).where(eq(assessmentTable.EnrollmentID, f.EnrollmentID));
    expect(a?.PrioritizationStatus).toBe(PrioritizationStatus.NotPlaced);
  });

  it('lets a household be diverted without an assessment', async () => {
    const f = await casIntake(t, access, {
      EntryDate: start,
      cas: { decision: { outcome: 'diverted', ProbSolDivRRResult: 0, EventDate: addDays(start, 2) } },
    });
    const rows = await t.database.db
      .select()
      .from(assessmentTable)
      .where(eq(assessmentTable.EnrollmentID, f.EnrollmentID));
    expect(rows).toHaveLength(0);
  });
});

describe('CAS intake bad input: 400 naming the field, nothing written', () => {
  async function refused(cas: Record<string, unknown>, project = 'PRJ-CE') {
    const { hoh, body } = await casIntakeBody(t, { EntryDate: start, cas });
    const res = await t.as(access).post('/api/cas/intakes', { ...body, ProjectID: project });
    const written = await t.database.db.select().from(enrollmentTable).where(eq(enrollmentTable.PersonalID, hoh));
    expect(written).toEqual([]);
    return res;
  }

  it('refuses an assessment dated before the CAS enrollment', async () => {
    const res = await refused({ assessment: demoAssessment(addDays(start, -1)), decision: { outcome: 'queue' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields['cas.assessment.AssessmentDate']).toMatch(/before the CAS enrollment/);
  });

  it('refuses a diversion event before the CAS enrollment', async () => {
    const res = await refused({
      decision: { outcome: 'diverted', ProbSolDivRRResult: 1, EventDate: addDays(start, -3) },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields['cas.decision.EventDate']).toMatch(/before the CAS enrollment/);
  });

  it('refuses the queue without an assessment, a missing required answer, an unknown answer and area', async () => {
    const noAssessment = await refused({ decision: { outcome: 'queue' } });
    expect(noAssessment.json().error.fields['cas.assessment']).toMatch(/Complete an assessment/);
    const answers = demoAnswers()
      .filter((a) => a.questionId !== 'health')
      .map((a) => (a.questionId === 'er' ? { ...a, value: 'er-9' } : a));
    const res = await refused({
      areaTies: [{ areaId: 'AREA-NOPE', tieKind: 'lived' }],
      assessment: demoAssessment(start, answers),
      decision: { outcome: 'queue' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toMatchObject({
      'cas.assessment.answers.health': expect.stringMatching(/Answer/),
      'cas.assessment.answers.er': expect.stringMatching(/Choose one of the answers/),
      'cas.areaTies.0.areaId': expect.stringMatching(/CoC’s list/),
    });
  });

  it('refuses a project that is not a CE access point', async () => {
    const res = await refused({ decision: { outcome: 'diverted', ProbSolDivRRResult: 1 } }, 'PRJ-PSH');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.ProjectID).toMatch(/not a Coordinated Entry project/);
  });

  it('refuses an intake problem (no head of household) with the intake’s own field, and writes no CAS rows', async () => {
    const { body } = await casIntakeBody(t, { EntryDate: start });
    const res = await t
      .as(access)
      .post('/api/cas/intakes', { ...body, members: body.members.map((m) => ({ ...m, RelationshipToHoH: 3 })) });
    expect(res.statusCode).toBe(400);
    const ties = await t.database.db
      .select()
      .from(casAreaTieTable)
      .where(and(eq(casAreaTieTable.personalId, body.members[0]?.PersonalID ?? '')));
    expect(ties).toEqual([]);
  });
});
