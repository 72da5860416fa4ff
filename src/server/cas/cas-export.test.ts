// The HMIS CSV export carries CAS work as HUD records (Assessment, AssessmentQuestions,
// AssessmentResults, Event), and importing that export again changes nothing.
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { assessmentTable, eventTable } from '../../db/schema/index.ts';
import { addDays } from '../../hud/rules/dates.ts';
import { csvRecords, exportCoc, unzip, upload, waitForJob } from '../hmis-csv/test-support.ts';
import { hudToday } from '../http/ids.ts';
import { casIntake } from './cas.test-support.ts';

let t: TestApp;
let admin: string;
let zip: Buffer;
let files: Map<string, Record<string, string>[]>;
let hoh: string;
let enrollmentId: string;
const start = addDays(hudToday(), -15);

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
  const access = await t.login('accesspoint');
  const cas = await t.login('casadmin');
  const provider = await t.login('casemanager');
  const f = await casIntake(t, access, { EntryDate: start, withChild: true });
  hoh = f.hoh;
  enrollmentId = f.EnrollmentID;
  const referral = await t
    .as(cas)
    .post('/api/cas/referrals', { EnrollmentID: f.EnrollmentID, ProjectID: 'PRJ-PSH', EventDate: addDays(start, 1) });
  expect(referral.statusCode).toBe(201);
  const outcome = await t.as(provider).post(`/api/cas/referrals/${referral.json().id}/outcome`, {
    version: 1,
    providerResult: 'rejected',
    ReferralResult: 3,
    ResultDate: addDays(start, 4),
    comment: 'Unit went to a transfer',
  });
  expect(outcome.statusCode).toBe(200);
  zip = await exportCoc(t, admin);
  files = new Map([...(await unzip(zip))].map(([n, text]) => [n.replace('.csv', ''), csvRecords(text)]));
}, 180_000);
afterAll(() => t.close());

it('exports the 4.19 assessment with its questions and results, and the 4.20 referral with its result', () => {
  const [a] = (files.get('Assessment') ?? []).filter((r) => r.EnrollmentID === enrollmentId);
  expect(a).toMatchObject({
    PersonalID: hoh,
    AssessmentDate: start,
    AssessmentLocation: 'Coordinated Entry Hub, front desk',
    AssessmentType: '3',
    AssessmentLevel: '2',
    PrioritizationStatus: '1',
  });
  const questions = (files.get('AssessmentQuestions') ?? []).filter((r) => r.AssessmentID === a?.AssessmentID);
  expect(questions.map((q) => q.AssessmentQuestionOrder).sort()).toEqual(['1', '2', '3', '4', '5', '6']);
  expect(questions.find((q) => q.AssessmentQuestionOrder === '6')).toMatchObject({
    AssessmentQuestionGroup: 'Other',
    AssessmentAnswer: 'Prefers east side',
  });
  const results = (files.get('AssessmentResults') ?? []).filter((r) => r.AssessmentID === a?.AssessmentID);
  expect(results.map((r) => [r.AssessmentResultType, r.AssessmentResult])).toContainEqual(['Total score', '8']);
  const [e] = (files.get('Event') ?? []).filter((r) => r.EnrollmentID === enrollmentId);
  expect(e).toMatchObject({
    EventDate: addDays(start, 1),
    Event: '14',
    LocationCrisisOrPHHousing: 'Hearth Permanent Supportive Housing',
    ReferralResult: '3',
    ResultDate: addDays(start, 4),
  });
  const [ce] = (files.get('CEParticipation') ?? []).filter((r) => r.ProjectID === 'PRJ-CE');
  expect(ce).toMatchObject({ AccessPoint: '1', ReceivesReferrals: '0' });
});

it('changes nothing when the export is imported again', async () => {
  const before = {
    assessments: await t.database.db.select().from(assessmentTable).where(eq(assessmentTable.PersonalID, hoh)),
    events: await t.database.db
      .select()
      .from(eventTable)
      .where(inArray(eventTable.PersonalID, [hoh])),
  };
  const res = await upload(t, admin, 'cas-export.zip', zip);
  expect(res.statusCode, res.body).toBe(202);
  const job = await waitForJob(t, admin, res.json().jobId);
  expect(job.error).toBeUndefined();
  expect(job.status).toBe('done');
  const result = job.result as { files: { file: string; inserted: number; updated: number }[] };
  const changed = result.files.filter((f) => f.inserted + f.updated > 0 && f.file !== 'Export.csv');
  expect(changed).toEqual([]);
  expect(await t.database.db.select().from(assessmentTable).where(eq(assessmentTable.PersonalID, hoh))).toEqual(
    before.assessments,
  );
  expect(
    await t.database.db
      .select()
      .from(eventTable)
      .where(inArray(eventTable.PersonalID, [hoh])),
  ).toEqual(before.events);
});
