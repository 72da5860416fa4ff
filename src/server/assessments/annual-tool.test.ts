import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { DataCollectionStage, FundingSource } from '../../hud/codes.ts';
import { addDays, addYears } from '../../hud/rules/dates.ts';
import { enrollFamily } from '../enrollments/fixtures.test-support.ts';
import { hudToday } from '../http/ids.ts';

let t: TestApp;
let cm: string;
const today = hudToday();
let due: Awaited<ReturnType<typeof enrollFamily>>;
let done: Awaited<ReturnType<typeof enrollFamily>>;
let notYet: Awaited<ReturnType<typeof enrollFamily>>;

beforeAll(async () => {
  t = await createTestApp();
  cm = await t.login('casemanager');
  due = await enrollFamily(t, cm, { EntryDate: addYears(addDays(today, 10), -1), size: 2 });
  done = await enrollFamily(t, cm, { EntryDate: addYears(addDays(today, 5), -1), size: 1 });
  notYet = await enrollFamily(t, cm, { EntryDate: addDays(today, -200), size: 1 });
  const m = done.members[0];
  if (!m) throw new Error('no member');
  const res = await t.as(cm).post(`/api/enrollments/${m.EnrollmentID}/assessments`, {
    DataCollectionStage: DataCollectionStage.Annual,
    InformationDate: today,
    members: [
      {
        EnrollmentID: m.EnrollmentID,
        version: m.version,
        assessment: { IncomeBenefits: { IncomeFromAnySource: 0, BenefitsFromAnySource: 0, InsuranceFromAnySource: 0 } },
      },
    ],
  });
  if (res.statusCode !== 201) throw new Error(res.body);
});
afterAll(() => t.close());

describe('Annual Assessment Tool', () => {
  it('lists open enrollments due in the window of the due date, leaving out those done and those not yet due', async () => {
    const res = await t.as(cm).get('/api/reports/annual-assessment-tool');
    expect(res.statusCode).toBe(200);
    const ids = res.json().items.map((r: { PersonalID: string }) => r.PersonalID);
    expect(ids).toEqual(expect.arrayContaining([due.ids[0], due.ids[1]]));
    expect(ids).not.toContain(done.ids[0]);
    expect(ids).not.toContain(notYet.ids[0]);
    const row = res.json().items.find((r: { PersonalID: string }) => r.PersonalID === due.ids[0]);
    expect(row).toMatchObject({
      anniversary: addDays(today, 10),
      windowOpens: addDays(today, -20),
      windowCloses: addDays(today, 40),
      daysLeft: 40,
    });
  });

  it('filters by due date, project, funder and client ID', async () => {
    const later = await t.as(cm).get(`/api/reports/annual-assessment-tool?dueDate=${addDays(today, 170)}`);
    expect(later.json().items.map((r: { PersonalID: string }) => r.PersonalID)).toEqual([notYet.ids[0]]);
    const byClient = await t.as(cm).get(`/api/reports/annual-assessment-tool?personalId=${due.ids[1]}`);
    expect(byClient.json().items).toHaveLength(1);
    const otherProject = await t.as(cm).get('/api/reports/annual-assessment-tool?projectId=PRJ-PSH');
    expect(otherProject.json().items).toEqual([]);
    const otherFunder = await t
      .as(cm)
      .get(`/api/reports/annual-assessment-tool?funder=${FundingSource.EsgEmergencyShelter}`);
    expect(otherFunder.json().items).toEqual([]);
  });

  it('downloads the list as CSV and as an Excel workbook', async () => {
    const csv = await t.as(cm).get('/api/reports/annual-assessment-tool/download?format=csv');
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    const lines = csv.body.trim().split('\n');
    expect(lines[0]).toBe(
      'Client ID,First name,Last name,Relationship to head of household,Organization,Project,Project start date,Anniversary,Window opens,Window closes,Days left',
    );
    expect(
      lines.some((l) => l.startsWith(`${due.ids[0]},Jo,Park,Self (head of household),Hearth Housing Partners,`)),
    ).toBe(true);
    const xlsx = await t.as(cm).get('/api/reports/annual-assessment-tool/download?format=xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Annual assessments due');
    expect(ws?.getRow(1).getCell(1).value).toBe('Client ID');
    expect(ws?.rowCount).toBe(lines.length);
  });
});
