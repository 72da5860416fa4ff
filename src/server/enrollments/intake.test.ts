import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import {
  auditEventTable,
  caseAssignmentTable,
  disabilitiesTable,
  enrollmentTable,
  incomeBenefitsTable,
} from '../../db/schema/index.ts';
import { DataCollectionStage, FundingSource, RelationshipToHoH } from '../../hud/codes.ts';
import { addDays, addYears } from '../../hud/rules/dates.ts';
import { hudToday } from '../http/ids.ts';
import { addClient, addFunder, adultEntryAnswers, bornYearsAgo, childEntryAnswers } from './fixtures.test-support.ts';

let t: TestApp;
let cm: string;
beforeAll(async () => {
  t = await createTestApp();
  cm = await t.login('casemanager');
});
afterAll(() => t.close());

const today = hudToday();
const start = addDays(today, -20);

async function family() {
  const mom = await addClient(t.database, { FirstName: 'Rosa', LastName: 'Vega', DOB: bornYearsAgo(34) });
  const dad = await addClient(t.database, { FirstName: 'Luis', LastName: 'Vega', DOB: bornYearsAgo(36) });
  const kid = await addClient(t.database, { FirstName: 'Ana', LastName: 'Vega', DOB: bornYearsAgo(6) });
  return { mom, dad, kid };
}

const intake = (body: object, cookie = cm) => t.as(cookie).post('/api/enrollments', body);

describe('OpenAPI', () => {
  it('documents the enrollment, assessment, case assignment and workflow endpoints', async () => {
    const doc = (await t.as(cm).get('/api/openapi.json')).json();
    for (const path of [
      '/api/enrollments',
      '/api/enrollments/{id}/exit',
      '/api/enrollments/{id}/assessments',
      '/api/enrollments/{id}/entry',
      '/api/reports/annual-assessment-tool',
      '/api/case-assignments/mine',
      '/api/workflows/{id}/finish',
      '/api/reports/client-milestone-age',
    ])
      expect(doc.paths[path], path).toBeDefined();
    expect(JSON.stringify(doc.paths['/api/enrollments'].post)).toContain('RelationshipToHoH');
  });
});

describe('POST /api/enrollments (household intake)', () => {
  it('enrolls a three-person household in rapid re-housing with a move-in date and writes the HUD rows', async () => {
    const { mom, dad, kid } = await family();
    const moveIn = addDays(start, 5);
    const res = await intake({
      ProjectID: 'PRJ-RRH',
      EntryDate: start,
      members: [
        {
          PersonalID: mom,
          RelationshipToHoH: RelationshipToHoH.Self,
          assessment: { ...adultEntryAnswers(), Enrollment: { ...adultEntryAnswers().Enrollment, MoveInDate: moveIn } },
        },
        { PersonalID: dad, RelationshipToHoH: RelationshipToHoH.SpouseOrPartner, assessment: adultEntryAnswers() },
        { PersonalID: kid, RelationshipToHoH: RelationshipToHoH.Child, assessment: childEntryAnswers() },
      ],
    });
    expect(res.statusCode, res.body).toBe(201);
    const view = res.json();
    expect(view.members.map((m: { PersonalID: string }) => m.PersonalID)).toEqual([mom, dad, kid]);
    expect(view.members.every((m: { MoveInDate: string }) => m.MoveInDate === moveIn)).toBe(true);
    expect(view.members[0].caseManagers).toEqual([{ userId: 'USR-CM', name: 'Casey Manager' }]);

    const { db } = t.database;
    const enrollments = await db
      .select()
      .from(enrollmentTable)
      .where(eq(enrollmentTable.HouseholdID, view.HouseholdID));
    expect(enrollments).toHaveLength(3);
    const hoh = enrollments.find((e) => e.PersonalID === mom);
    expect(hoh?.EnrollmentCoC).toBe('TX-600');
    expect(hoh?.LivingSituation).toBe(116);
    const income = await db.select().from(incomeBenefitsTable).where(eq(incomeBenefitsTable.PersonalID, dad));
    expect(income).toHaveLength(1);
    expect(income[0]).toMatchObject({
      InformationDate: start,
      DataCollectionStage: DataCollectionStage.ProjectStart,
      IncomeFromAnySource: 1,
      Earned: 1,
      EarnedAmount: '850.00',
      TotalMonthlyIncome: '850.00',
      Unemployment: 0,
      SNAP: 1,
      WIC: 0,
    });
    const kidIncome = await db.select().from(incomeBenefitsTable).where(eq(incomeBenefitsTable.PersonalID, kid));
    expect(kidIncome[0]?.IncomeFromAnySource).toBeNull();
    expect(kidIncome[0]?.InsuranceFromAnySource).toBe(1);
    expect(await db.$count(disabilitiesTable, eq(disabilitiesTable.PersonalID, kid))).toBe(6);
    const assignments = await db.select().from(caseAssignmentTable).where(eq(caseAssignmentTable.personalId, kid));
    expect(assignments).toMatchObject([
      { userId: 'USR-CM', startDate: start, endDate: null, organizationId: 'ORG-HHP' },
    ]);
    expect(
      await db.$count(
        auditEventTable,
        and(eq(auditEventTable.action, 'enrollment.intake'), eq(auditEventTable.clientId, kid)),
      ),
    ).toBe(1);
  });

  it("refuses an adult's blank required element, naming the person and the element, and writes nothing", async () => {
    const { mom, dad } = await family();
    const before = await t.database.db.$count(enrollmentTable);
    const { IncomeBenefits, ...noIncome } = adultEntryAnswers();
    const res = await intake({
      ProjectID: 'PRJ-RRH',
      EntryDate: start,
      members: [
        { PersonalID: mom, RelationshipToHoH: RelationshipToHoH.Self, assessment: adultEntryAnswers() },
        {
          PersonalID: dad,
          RelationshipToHoH: RelationshipToHoH.SpouseOrPartner,
          assessment: { ...noIncome, IncomeBenefits: { ...IncomeBenefits, IncomeFromAnySource: null } },
        },
      ],
    });
    expect(res.statusCode).toBe(400);
    const err = res.json().error;
    expect(err.fields['members.1.IncomeBenefits.IncomeFromAnySource']).toBe(
      "Luis Vega: 4.02 Income and Sources is required for adults and the head of household: choose an answer, or Client doesn't know / Client prefers not to answer / Data not collected",
    );
    expect(await t.database.db.$count(enrollmentTable)).toBe(before);
  });

  it('accepts "Data not collected" as an answer', async () => {
    const adult = await addClient(t.database, { FirstName: 'Sam', LastName: 'Reed', DOB: bornYearsAgo(50) });
    const a = adultEntryAnswers();
    const res = await intake({
      ProjectID: 'PRJ-RRH',
      EntryDate: start,
      members: [
        {
          PersonalID: adult,
          RelationshipToHoH: RelationshipToHoH.Self,
          assessment: { ...a, IncomeBenefits: { ...a.IncomeBenefits, IncomeFromAnySource: 99 } },
        },
      ],
    });
    expect(res.statusCode, res.body).toBe(201);
  });

  it('refuses a minor as head of household, except in an RHY-funded project', async () => {
    const teen = await addClient(t.database, { FirstName: 'Kai', LastName: 'Lee', DOB: bornYearsAgo(16, 30) });
    const body = (ProjectID: string) => ({
      ProjectID,
      EntryDate: start,
      members: [{ PersonalID: teen, RelationshipToHoH: RelationshipToHoH.Self, assessment: adultEntryAnswers() }],
    });
    const refused = await intake(body('PRJ-RRH'));
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields['members.0.RelationshipToHoH']).toMatch(
      /Kai Lee is 16 on the project start date .*: a minor can be head of household only in an RHY-funded project/,
    );
    await addFunder(t.database, 'PRJ-TH', FundingSource.RhyTransitionalLiving);
    const th = await intake(body('PRJ-TH'));
    expect(th.statusCode, th.body).toBe(400);
    // RHY asks its own elements: the answer names what is missing rather than the head of household.
    expect(th.json().error.fields['members.0.RelationshipToHoH']).toBeUndefined();
    expect(th.json().error.fields['members.0.Enrollment.ReferralSource']).toMatch(/R1 Referral Source/);
  });

  it('refuses a second open enrollment of the same client in the same project', async () => {
    const p = await addClient(t.database, { FirstName: 'Ola', LastName: 'Ng', DOB: bornYearsAgo(40) });
    const body = (EntryDate: string) => ({
      ProjectID: 'PRJ-RRH',
      EntryDate,
      members: [{ PersonalID: p, RelationshipToHoH: RelationshipToHoH.Self, assessment: adultEntryAnswers() }],
    });
    expect((await intake(body(start))).statusCode).toBe(201);
    const again = await intake(body(addDays(start, 3)));
    expect(again.statusCode).toBe(400);
    expect(again.json().error.fields['members.0.EntryDate']).toMatch(
      /Ola Ng already has an enrollment in Hearth Rapid Re-Housing from .* \(still open\)/,
    );
  });

  it("refuses a project of another organization, a future start date, and a start before the head of household's", async () => {
    const { mom, kid } = await family();
    const other = await intake({
      ProjectID: 'PRJ-SO',
      EntryDate: start,
      members: [{ PersonalID: mom, RelationshipToHoH: RelationshipToHoH.Self }],
    });
    expect(other.statusCode).toBe(400);
    expect(other.json().error.fields.ProjectID).toMatch(/belongs to Open Door Outreach/);
    const future = await intake({
      ProjectID: 'PRJ-RRH',
      EntryDate: addDays(today, 2),
      members: [{ PersonalID: mom, RelationshipToHoH: RelationshipToHoH.Self, assessment: adultEntryAnswers() }],
    });
    expect(future.json().error.fields['members.0.EntryDate']).toMatch(/cannot be in the future/);
    const early = await intake({
      ProjectID: 'PRJ-RRH',
      EntryDate: start,
      members: [
        { PersonalID: mom, RelationshipToHoH: RelationshipToHoH.Self, assessment: adultEntryAnswers() },
        {
          PersonalID: kid,
          RelationshipToHoH: RelationshipToHoH.Child,
          EntryDate: addYears(start, -1),
          assessment: childEntryAnswers(),
        },
      ],
    });
    expect(early.json().error.fields['members.1.EntryDate']).toMatch(/cannot be before the head of household's/);
  });

  it('assigns the case manager chosen, if that user has access to the organization', async () => {
    const p = await addClient(t.database, { FirstName: 'Ida', LastName: 'Moss', DOB: bornYearsAgo(45) });
    const body = (caseManagerUserId: string) => ({
      ProjectID: 'PRJ-RRH',
      EntryDate: start,
      members: [{ PersonalID: p, RelationshipToHoH: 1, caseManagerUserId, assessment: adultEntryAnswers() }],
    });
    const refused = await intake(body('USR-CM2'));
    expect(refused.json().error.fields['members.0.caseManagerUserId']).toMatch(/access to Hearth Housing Partners/);
    const ok = await intake(body('USR-MANAGER'));
    expect(ok.statusCode).toBe(201);
    expect(ok.json().members[0].caseManagers[0].name).toBe('Morgan Manager');
  });
});
