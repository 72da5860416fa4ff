// A fresh demo CoC has a Coordinated Access queue: the CAS coordinator finds households on the
// prioritization list in its own order, the access point's case manager finds their cases.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { EventType, PrioritizationStatus } from '../../hud/codes.ts';
import { csvRecords, exportCoc, unzip } from '../../server/hmis-csv/test-support.ts';
import { seedDemoActivity } from './seed-activity.ts';
import { SAMPLE_TOOL_QUESTIONS } from './seed-cas.ts';

type Row = {
  EnrollmentID: string;
  PersonalID: string;
  FirstName: string;
  LastName: string;
  rank: number;
  score: string | null;
  scoreValue: number | null;
  band: string | null;
  daysActive: number;
  PrioritizationStatus: number | null;
  householdType: string;
  veteran: boolean;
  youth: boolean;
  areaTies: unknown[];
  caseManagers: { name: string }[];
  documentCheck: { required: number } | null;
};

let t: TestApp;
let queued: number;
const get = async (username: string, url: string) => {
  const res = await t.as(await t.login(username)).get(url);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Promise<{ items: Row[]; total: number }>;
};

beforeAll(async () => {
  t = await createTestApp();
  queued = (await seedDemoActivity(t.database)).casQueue;
});
afterAll(() => t.close());

/** The score the tool gives the answers stored with the assessment (points of each chosen option). */
async function storedScores(): Promise<Map<string, number>> {
  const { rows } = await t.database.raw.query<{ enrollment_id: string; question: string; answer: string | null }>(
    `SELECT a.enrollment_id, q.assessment_question AS question, q.assessment_answer AS answer
       FROM assessment a JOIN assessment_questions q ON q.assessment_id = a.assessment_id`,
  );
  const scores = new Map<string, number>();
  for (const r of rows) {
    const question = SAMPLE_TOOL_QUESTIONS.find((q) => q.text === r.question);
    const points = question?.options.find((o) => o.label === r.answer)?.points ?? 0;
    scores.set(r.enrollment_id, (scores.get(r.enrollment_id) ?? 0) + points);
  }
  return scores;
}

describe('the demo CAS queue', () => {
  it('shows casadmin the assessed households on the prioritization list, in its order', async () => {
    expect(queued).toBeGreaterThanOrEqual(8);
    expect(queued).toBeLessThanOrEqual(12);
    const all = await get('casadmin', '/api/cas/prioritization-list?status=all&pageSize=50');
    expect(all.total).toBe(queued);
    const list = await get('casadmin', '/api/cas/prioritization-list?pageSize=50');
    const notPlaced = all.items.filter((r) => r.PrioritizationStatus !== PrioritizationStatus.Placed);
    expect(notPlaced.length).toBeGreaterThanOrEqual(1);
    expect(notPlaced.length).toBeLessThanOrEqual(2);
    expect(list.total).toBe(queued - notPlaced.length);

    // Scores are the tool's points for the answers kept with each assessment, with the tool's band.
    const scores = await storedScores();
    const bands = (
      await t.database.raw.query<{ bands: { min: number; label: string }[] }>(
        `SELECT bands FROM cas_assessment_tool WHERE id = 'TOOL-HNA'`,
      )
    ).rows[0]?.bands;
    for (const r of list.items) {
      const score = scores.get(r.EnrollmentID) ?? -1;
      expect(r.scoreValue, r.LastName).toBe(score);
      expect(r.band).toBe([...(bands ?? [])].reverse().find((b) => score >= b.min)?.label);
      expect(r.areaTies.length, r.LastName).toBeGreaterThan(0);
      expect(r.documentCheck?.required, r.LastName).toBeGreaterThan(0);
    }
    expect(new Set(list.items.map((r) => r.band)).size).toBeGreaterThan(1);
    // The list's order: highest score first, then longest since CAS enrollment, then by name.
    const expected = [...list.items].sort(
      (a, b) =>
        (b.scoreValue ?? -1) - (a.scoreValue ?? -1) ||
        b.daysActive - a.daysActive ||
        a.LastName.localeCompare(b.LastName) ||
        a.FirstName.localeCompare(b.FirstName),
    );
    expect(list.items.map((r) => r.EnrollmentID)).toEqual(expected.map((r) => r.EnrollmentID));
    expect(list.items.map((r) => r.rank)).toEqual(list.items.map((_, i) => i + 1));
    // Single adults, families with children, a youth household and a veteran.
    const types = new Set(all.items.map((r) => r.householdType));
    expect([...types].sort()).toEqual(['adult_child', 'adults']);
    expect(all.items.some((r) => r.veteran)).toBe(true);
    expect(all.items.some((r) => r.youth)).toBe(true);
    // Entered over the last months, not all on one day.
    const days = all.items.map((r) => r.daysActive);
    expect(Math.max(...days) - Math.min(...days)).toBeGreaterThan(60);
  });

  it('puts cases on My CAS Active Cases of their case managers and on the access point agency list', async () => {
    const access = await get('accesspoint', '/api/cas/cases/mine?pageSize=50');
    const coordinator = await get('casadmin', '/api/cas/cases/mine?pageSize=50');
    expect(access.total).toBeGreaterThan(0);
    expect(coordinator.total).toBeGreaterThan(0);
    expect(access.total + coordinator.total).toBe(queued);
    for (const r of access.items) expect(r.caseManagers.map((m) => m.name)).toEqual(['Alex Access']);
    for (const r of coordinator.items) expect(r.caseManagers.map((m) => m.name)).toEqual(['Cameron Coordinator']);
    const agency = await get('cemanager', '/api/cas/cases/agency?pageSize=50');
    expect(agency.total).toBe(queued);
  });

  it('records the intakes as the access point did them: audited, dated the day they were typed in', async () => {
    const { rows } = await t.database.raw.query<{ n: number; typed_in: number }>(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE e.date_created::date = e.entry_date)::int AS typed_in
         FROM enrollment e WHERE e.project_id = 'PRJ-CE' AND e.relationship_to_hoh = 1
          AND EXISTS (SELECT 1 FROM audit_event a WHERE a.action = 'cas.intake' AND a.entity_id = e.enrollment_id
            AND a.user_id = 'USR-ACCESS')`,
    );
    expect(rows[0]).toEqual({ n: queued, typed_in: queued });
  });

  it('comes out in the HMIS CSV export: a 4.19 assessment per household, its results, and the diversions as 4.20 events', async () => {
    const files = await unzip(await exportCoc(t, await t.login('admin')));
    const rows = (name: string) => csvRecords(files.get(`${name}.csv`) ?? '');
    const ce = new Set(rows('Enrollment').flatMap((r) => (r.ProjectID === 'PRJ-CE' ? [r.EnrollmentID] : [])));
    const assessments = rows('Assessment').filter((r) => ce.has(r.EnrollmentID ?? ''));
    expect(assessments).toHaveLength(queued);
    const ids = new Set(assessments.map((r) => r.AssessmentID));
    const scores = rows('AssessmentResults').filter(
      (r) => ids.has(r.AssessmentID ?? '') && r.AssessmentResultType === 'Total score',
    );
    expect(scores).toHaveLength(queued);
    const diversions = rows('Event').filter(
      (r) => ce.has(r.EnrollmentID ?? '') && r.Event === String(EventType.ProblemSolvingDiversion),
    );
    expect(diversions).toHaveLength(assessments.filter((r) => r.PrioritizationStatus === '2').length);
  });
});
