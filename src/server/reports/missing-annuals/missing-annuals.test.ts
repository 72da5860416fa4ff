// Missing Annual Assessments: every anniversary window (past and open now) without an annual,
// anchored on the head of household's start; filters; every count equals its drill-down; a
// missing annual recorded backdated into its window leaves the list.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { DataCollectionStage, FundingSource } from '../../../hud/codes.ts';
import { addDays, addYears } from '../../../hud/rules/dates.ts';
import { addClient, adultEntryAnswers, bornYearsAgo } from '../../enrollments/fixtures.test-support.ts';
import { hudToday } from '../../http/ids.ts';
import { addPerson, addStay, readCsv } from '../reports.test-support.ts';

let t: TestApp;
let manager: string;
const ids: Record<string, string> = {};
const asOf = '2026-03-01';
const base = `asOf=${asOf}&organizationIds=ORG-HHP`;

type Row = Record<string, unknown> & { PersonalID: string; anniversary: string };
type Result = {
  items: Row[];
  total: number;
  empty: string | null;
  summary: {
    counts: { key: string }[];
    groups: { key: string; counts: Record<string, number> }[];
    totals: Record<string, number>;
  };
};
const get = async (qs: string, who = manager) => {
  const res = await t.as(who).get(`/api/reports/missing-annual-assessments?${qs}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Result;
};
const rowsOf = async (qs: string) => (await get(`${qs}&count=missing&pageSize=1000`)).items;
const windowsOf = (rows: Row[], id: string | undefined) =>
  rows
    .filter((r) => r.PersonalID === id)
    .map((r) => [r.anniversary, r.windowOpens, r.windowCloses])
    .sort();

async function annual(enrollmentId: string, personalId: string, date: string) {
  await t.database.raw.query(
    `INSERT INTO income_benefits (income_benefits_id, enrollment_id, personal_id, information_date, income_from_any_source,
      data_collection_stage, date_created, date_updated, user_id) VALUES ($1, $2, $3, $4, 0, 5, now(), now(), 'test')`,
    [`IA-${enrollmentId}-${date}`, enrollmentId, personalId, date],
  );
}

async function person(key: string, dob = '1980-01-01') {
  ids[key] = await addPerson(t.database, { first: key, last: 'Annual', dob });
  return ids[key] as string;
}

beforeAll(async () => {
  t = await createTestApp();
  manager = await t.login('manager');
  const d = t.database;
  // Two anniversaries passed; the first one's annual is recorded, the second is missing.
  const a = await addStay(d, {
    personalId: await person('psh'),
    projectId: 'PRJ-PSH',
    householdId: 'HA',
    entry: '2023-06-15',
  });
  await annual(a, ids.psh as string, '2024-06-20');
  // First anniversary 2026-02-10: its window is open on the report date.
  await addStay(d, { personalId: await person('rrh'), projectId: 'PRJ-RRH', householdId: 'HB', entry: '2025-02-10' });
  // Exited after its first anniversary, before its second.
  await addStay(d, {
    personalId: await person('left'),
    projectId: 'PRJ-RRH',
    householdId: 'HC',
    entry: '2024-01-05',
    exit: '2025-03-01',
  });
  // Under a year: nothing due.
  await addStay(d, { personalId: await person('new'), projectId: 'PRJ-PSH', householdId: 'HD', entry: '2025-06-01' });
  // An annual dated outside the window does not count.
  const f = await addStay(d, {
    personalId: await person('early'),
    projectId: 'PRJ-PSH',
    householdId: 'HF',
    entry: '2024-09-01',
  });
  await annual(f, ids.early as string, '2025-07-01');
  // An annual inside the window does.
  const g = await addStay(d, {
    personalId: await person('done'),
    projectId: 'PRJ-PSH',
    householdId: 'HG',
    entry: '2024-09-01',
  });
  await annual(g, ids.done as string, '2025-08-15');
  // A household member who joined later follows the head of household's anniversaries.
  await addStay(d, { personalId: await person('head'), projectId: 'PRJ-TH', householdId: 'HH', entry: '2024-01-10' });
  await addStay(d, {
    personalId: await person('partner'),
    projectId: 'PRJ-TH',
    householdId: 'HH',
    relationship: 3,
    entry: '2024-11-01',
  });
  // A victim-service provider's client: never listed outside Safe Harbor.
  await addStay(d, { personalId: await person('vsp'), projectId: 'PRJ-DV', householdId: 'HV', entry: '2023-01-01' });
  // A case manager for the first client.
  await t.database.raw.query(
    `INSERT INTO case_assignment (id, personal_id, user_id, organization_id, start_date) VALUES ('CA-1', $1, 'USR-CM', 'ORG-HHP', '2023-06-15')`,
    [ids.psh],
  );
});
afterAll(() => t.close());

describe('Missing Annual Assessments', () => {
  it('lists every window without an annual, past and open now, with its dates', async () => {
    const rows = await rowsOf(base);
    expect(windowsOf(rows, ids.psh)).toEqual([['2025-06-15', '2025-05-16', '2025-07-15']]);
    expect(windowsOf(rows, ids.rrh)).toEqual([['2026-02-10', '2026-01-11', '2026-03-12']]);
    expect(rows.find((r) => r.PersonalID === ids.rrh)?.windowOpenNow).toBe(true);
    expect(windowsOf(rows, ids.left)).toEqual([['2025-01-05', '2024-12-06', '2025-02-04']]);
    expect(windowsOf(rows, ids.early)).toEqual([['2025-09-01', '2025-08-02', '2025-10-01']]);
    expect(windowsOf(rows, ids.head)).toEqual([
      ['2025-01-10', '2024-12-11', '2025-02-09'],
      ['2026-01-10', '2025-12-11', '2026-02-09'],
    ]);
    expect(windowsOf(rows, ids.partner)).toEqual(windowsOf(rows, ids.head));
    for (const k of ['new', 'done', 'vsp']) expect(windowsOf(rows, ids[k]), k).toEqual([]);
    expect(rows.find((r) => r.PersonalID === ids.psh)).toMatchObject({ year: 2, caseManager: 'Casey Manager' });
  });

  it('every count drills down to exactly its rows', async () => {
    const r = await get(base);
    expect(r.items).toEqual([]);
    expect(r.summary.totals).toEqual({ missing: 8, closed: 7, open: 1 });
    for (const g of [...r.summary.groups, { key: '', counts: r.summary.totals }]) {
      for (const { key } of r.summary.counts) {
        const drill = await get(`${base}&group=${g.key}&count=${key}&pageSize=1000`);
        expect(drill.total, `${g.key} ${key}`).toBe(g.counts[key]);
        expect(drill.items).toHaveLength(g.counts[key] ?? -1);
      }
    }
  });

  it('filters by project, funder and case manager', async () => {
    const byProject = await rowsOf(`${base}&projectIds=PRJ-TH`);
    expect(new Set(byProject.map((r) => r.PersonalID))).toEqual(new Set([ids.head, ids.partner]));
    const byFunder = await rowsOf(`${base}&funders=${FundingSource.CoCRapidReHousing}`);
    expect(new Set(byFunder.map((r) => r.PersonalID))).toEqual(new Set([ids.rrh, ids.left]));
    const byCaseManager = await rowsOf(`${base}&caseManagerIds=USR-CM`);
    expect(byCaseManager.map((r) => r.PersonalID)).toEqual([ids.psh]);
  });

  it('refuses a future date, programs outside the user’s organizations and unknown funders; says when none are missing', async () => {
    const bad = (qs: string) => t.as(manager).get(`/api/reports/missing-annual-assessments?${qs}`);
    const future = await bad(`asOf=${addDays(hudToday(), 2)}`);
    expect(future.statusCode).toBe(400);
    expect(future.json().error.fields.asOf).toMatch(/cannot be in the future/);
    expect((await bad(`${base}&projectIds=PRJ-DV`)).json().error.fields.projectIds).toMatch(
      /PRJ-DV is not in the chosen/,
    );
    expect((await bad(`${base}&organizationIds=ORG-ODO`)).json().error.fields.organizationIds).toMatch(/ORG-ODO/);
    expect((await bad(`${base}&funders=777`)).json().error.fields.funders).toMatch(/777 is not a FundingSource code/);
    const none = await get(`asOf=2024-01-01&organizationIds=ORG-HHP`);
    expect(none.empty).toBe('No annual assessments are missing for these projects.');
  });

  it('never lists a victim-service provider’s client to an HMIS admin working as another organization', async () => {
    const admin = await t.login('admin');
    const r = await get(`asOf=${asOf}&organizationIds=ORG-SH`, admin);
    expect(r.summary.totals.missing ?? 0).toBe(0);
  });

  it('a missing annual recorded backdated into its window leaves the list', async () => {
    const cm = await t.login('casemanager');
    const today = hudToday();
    const entry = addDays(addYears(today, -2), -40);
    const personalId = await addClient(t.database, { FirstName: 'Nell', LastName: 'Backdate', DOB: bornYearsAgo(40) });
    const intake = await t.as(cm).post('/api/enrollments', {
      ProjectID: 'PRJ-RRH',
      EntryDate: entry,
      members: [{ PersonalID: personalId, RelationshipToHoH: 1, assessment: adultEntryAnswers(addDays(entry, -30)) }],
    });
    expect(intake.statusCode, intake.body).toBe(201);
    const m = (intake.json() as { members: { EnrollmentID: string; PersonalID: string; version: number }[] })
      .members[0];
    if (!m) throw new Error('no member');
    const mine = async () => (await rowsOf(`organizationIds=ORG-HHP`)).filter((r) => r.PersonalID === m.PersonalID);
    const before = await mine();
    expect(before.map((r) => r.year)).toEqual([1, 2]);
    const first = before.find((r) => r.year === 1) as Row;
    const res = await t.as(cm).post(`/api/enrollments/${m.EnrollmentID}/assessments`, {
      DataCollectionStage: DataCollectionStage.Annual,
      InformationDate: first.anniversary,
      members: [
        {
          EnrollmentID: m.EnrollmentID,
          version: m.version,
          assessment: {
            IncomeBenefits: {
              IncomeFromAnySource: 0,
              BenefitsFromAnySource: 0,
              InsuranceFromAnySource: 1,
              Medicaid: 1,
            },
          },
        },
      ],
    });
    expect(res.statusCode, res.body).toBe(201);
    expect((await mine()).map((r) => r.year)).toEqual([2]);
  });

  it('downloads the rows as CSV with the window dates', async () => {
    const res = await t.as(manager).get(`/api/reports/missing-annual-assessments/download?${base}&format=csv`);
    const rows = readCsv(res.body);
    expect(rows[0]).toEqual(expect.arrayContaining(['Anniversary', 'Window opens', 'Window closes']));
    expect(rows).toHaveLength(9);
  });
});
