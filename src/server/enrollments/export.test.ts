// The HMIS CSV export shows what the enrollment workflows recorded: the household, its
// move-in, every assessment with its stage and date, the exit and the destination.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { DataCollectionStage } from '../../hud/codes.ts';
import { addDays, addYears } from '../../hud/rules/dates.ts';
import { csvRows, download, unzip, waitForJob } from '../hmis-csv/test-support.ts';
import { hudToday } from '../http/ids.ts';
import { enrollFamily, noDisabilities } from './fixtures.test-support.ts';

let t: TestApp;
let cm: string;
let admin: string;
beforeAll(async () => {
  t = await createTestApp();
  cm = await t.login('casemanager');
  admin = await t.login('admin');
});
afterAll(() => t.close());

const today = hudToday();
const records = (text: string | undefined): Record<string, string>[] => {
  const [header = [], ...rows] = csvRows(text ?? '');
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
};
const answers = {
  IncomeBenefits: {
    IncomeFromAnySource: 1,
    EarnedAmount: 1200,
    BenefitsFromAnySource: 0,
    InsuranceFromAnySource: 1,
    Medicaid: 1,
  },
};

describe('HMIS CSV export of a household', () => {
  it('carries the household, move-in, assessments, exit and destination exactly as recorded', async () => {
    const start = addYears(today, -1);
    const h = await enrollFamily(t, cm, { EntryDate: start, size: 2 });
    const [hoh, spouse] = h.members;
    if (!hoh || !spouse) throw new Error('two members expected');
    const moved = await t.as(cm).post(`/api/enrollments/${hoh.EnrollmentID}/assessments`, {
      DataCollectionStage: DataCollectionStage.Update,
      InformationDate: addDays(start, 20),
      members: [
        {
          EnrollmentID: hoh.EnrollmentID,
          version: hoh.version,
          assessment: { ...answers, Enrollment: { MoveInDate: addDays(start, 20) } },
        },
      ],
    });
    expect(moved.statusCode, moved.body).toBe(201);
    const annual = await t.as(cm).post(`/api/enrollments/${hoh.EnrollmentID}/assessments`, {
      DataCollectionStage: DataCollectionStage.Annual,
      InformationDate: today,
      members: [
        { EnrollmentID: hoh.EnrollmentID, version: hoh.version + 1, assessment: answers },
        { EnrollmentID: spouse.EnrollmentID, version: spouse.version + 1, assessment: answers },
      ],
    });
    expect(annual.statusCode, annual.body).toBe(201);
    const exited = await t.as(cm).post(`/api/enrollments/${hoh.EnrollmentID}/exit`, {
      ExitDate: today,
      members: [hoh, spouse].map((m) => ({
        EnrollmentID: m.EnrollmentID,
        version: m.version + 2,
        Destination: 410,
        assessment: { ...answers, Disabilities: noDisabilities() },
      })),
    });
    expect(exited.statusCode, exited.body).toBe(200);

    const res = await t.as(admin).post('/api/hmis-csv/exports', {
      startDate: start,
      endDate: today,
      organizationIds: ['ORG-HHP'],
      cocCode: 'TX-600',
    });
    expect(res.statusCode, res.body).toBe(202);
    const job = await waitForJob(t, admin, res.json().jobId);
    const files = await unzip(await download(t, admin, job.fileId ?? ''));

    const enrollments = records(files.get('Enrollment.csv')).filter((r) => r.HouseholdID === h.HouseholdID);
    expect(enrollments.map((r) => [r.PersonalID, r.RelationshipToHoH, r.EntryDate, r.MoveInDate]).sort()).toEqual(
      [
        [hoh.PersonalID, '1', start, addDays(start, 20)],
        [spouse.PersonalID, '3', start, addDays(start, 20)],
      ].sort(),
    );
    expect(enrollments.find((r) => r.RelationshipToHoH === '1')?.EnrollmentCoC).toBe('TX-600');
    const exits = records(files.get('Exit.csv')).filter(
      (r) => r.EnrollmentID === hoh.EnrollmentID || r.EnrollmentID === spouse.EnrollmentID,
    );
    expect(exits.map((r) => [r.ExitDate, r.Destination])).toEqual([
      [today, '410'],
      [today, '410'],
    ]);
    const income = records(files.get('IncomeBenefits.csv')).filter((r) => r.EnrollmentID === hoh.EnrollmentID);
    expect(income.map((r) => [r.DataCollectionStage, r.InformationDate, r.TotalMonthlyIncome]).sort()).toEqual(
      [
        ['1', start, '850.00'],
        ['2', addDays(start, 20), '1200.00'],
        ['3', today, '1200.00'],
        ['5', today, '1200.00'],
      ].sort(),
    );
    const disabilities = records(files.get('Disabilities.csv')).filter((r) => r.EnrollmentID === spouse.EnrollmentID);
    expect(disabilities).toHaveLength(12);
    expect(new Set(disabilities.map((r) => `${r.DataCollectionStage}|${r.InformationDate}`))).toEqual(
      new Set([`1|${start}`, `3|${today}`]),
    );
  });
});
