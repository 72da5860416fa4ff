import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import {
  caseAssignmentTable,
  disabilitiesTable,
  exitTable,
  healthAndDvTable,
  incomeBenefitsTable,
} from '../../db/schema/index.ts';
import { DataCollectionStage, Destination, RelationshipToHoH } from '../../hud/codes.ts';
import { addDays } from '../../hud/rules/dates.ts';
import { hudToday } from '../http/ids.ts';
import {
  addClient,
  adultEntryAnswers,
  bornYearsAgo,
  childEntryAnswers,
  enrollFamily,
} from './fixtures.test-support.ts';

let t: TestApp;
let cm: string;
let admin: string;
beforeAll(async () => {
  t = await createTestApp();
  cm = await t.login('casemanager');
  admin = await t.login('admin');
  await t.as(admin).put('/api/auth/organization', { organizationId: 'ORG-HHP' });
});
afterAll(() => t.close());

const today = hudToday();
const rentalExit = { Destination: 410 };
type Member = { EnrollmentID: string; version: number; PersonalID: string };
const exitBody = (members: Member[], ExitDate: string, extra: object = {}) => ({
  ExitDate,
  ...extra,
  members: members.map((m) => ({
    EnrollmentID: m.EnrollmentID,
    version: m.version,
    ...rentalExit,
    assessment: {
      IncomeBenefits: { IncomeFromAnySource: 0, BenefitsFromAnySource: 0, InsuranceFromAnySource: 1, Medicaid: 1 },
      Disabilities: [5, 6, 7, 8, 9, 10].map((DisabilityType) => ({ DisabilityType, DisabilityResponse: 0 })),
    },
  })),
});
const first = <T>(a: T[]): T => {
  const [x] = a;
  if (x === undefined) throw new Error('empty');
  return x;
};

describe('exit', () => {
  it('exits the whole household with destinations and exit answers, and ends the case assignments', async () => {
    const h = await enrollFamily(t, cm, { EntryDate: addDays(today, -90) });
    const exitDate = addDays(today, -1);
    const res = await t
      .as(cm)
      .post(
        `/api/enrollments/${first(h.members).EnrollmentID}/exit`,
        exitBody(h.members, exitDate, { endCaseAssignment: true }),
      );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().members.every((m: { ExitDate: string }) => m.ExitDate === exitDate)).toBe(true);
    const exits = await t.database.db
      .select()
      .from(exitTable)
      .where(eq(exitTable.PersonalID, h.ids[2] ?? ''));
    expect(exits).toMatchObject([{ ExitDate: exitDate, Destination: 410 }]);
    const exitIncome = await t.database.db
      .select()
      .from(incomeBenefitsTable)
      .where(
        and(
          eq(incomeBenefitsTable.PersonalID, h.ids[0] ?? ''),
          eq(incomeBenefitsTable.DataCollectionStage, DataCollectionStage.ProjectExit),
        ),
      );
    expect(exitIncome).toMatchObject([
      { InformationDate: exitDate, IncomeFromAnySource: 0, TotalMonthlyIncome: '0.00' },
    ]);
    const assignments = await t.database.db
      .select()
      .from(caseAssignmentTable)
      .where(eq(caseAssignmentTable.personalId, h.ids[0] ?? ''));
    expect(assignments).toMatchObject([{ endDate: exitDate, endReason: 'exit' }]);
  });

  it('refuses an exit before entry or in the future, and a head of household leaving others enrolled', async () => {
    const h = await enrollFamily(t, cm, { EntryDate: addDays(today, -30) });
    const id = first(h.members).EnrollmentID;
    const early = await t.as(cm).post(`/api/enrollments/${id}/exit`, exitBody(h.members, addDays(today, -31)));
    expect(early.statusCode).toBe(400);
    expect(early.json().error.fields['members.0.ExitDate']).toBe(
      `Jo Park: The exit date (${addDays(today, -31)}) cannot be before the project start date (${addDays(today, -30)})`,
    );
    const future = await t.as(cm).post(`/api/enrollments/${id}/exit`, exitBody(h.members, addDays(today, 1)));
    expect(future.json().error.fields['members.0.ExitDate']).toMatch(/cannot be in the future/);
    const alone = await t.as(cm).post(`/api/enrollments/${id}/exit`, exitBody(h.members.slice(0, 1), today));
    expect(alone.json().error.fields.members).toMatch(
      /The head of household cannot exit while Max Park, Bea Park stay enrolled/,
    );
    const child = await t.as(cm).post(`/api/enrollments/${id}/exit`, exitBody(h.members.slice(2), today));
    expect(child.statusCode, child.body).toBe(200);
  });

  it('answers the exit pages from the last assessment when there was no exit interview', async () => {
    const h = await enrollFamily(t, cm, { EntryDate: addDays(today, -30), size: 1 });
    const m = first(h.members);
    const res = await t.as(cm).post(`/api/enrollments/${m.EnrollmentID}/exit`, {
      ExitDate: today,
      members: [
        { EnrollmentID: m.EnrollmentID, version: m.version, Destination: Destination.NoExitInterviewCompleted },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    const exitIncome = await t.database.db
      .select()
      .from(incomeBenefitsTable)
      .where(
        and(
          eq(incomeBenefitsTable.EnrollmentID, m.EnrollmentID),
          eq(incomeBenefitsTable.DataCollectionStage, DataCollectionStage.ProjectExit),
        ),
      );
    expect(exitIncome).toMatchObject([{ InformationDate: today, EarnedAmount: '850.00', SNAP: 1 }]);
    const disabilities = await t.database.db.$count(
      disabilitiesTable,
      and(eq(disabilitiesTable.EnrollmentID, m.EnrollmentID), eq(disabilitiesTable.DataCollectionStage, 3)),
    );
    expect(disabilities).toBe(6);
  });

  it('edits an exit: moving the exit date moves the exit assessment with it', async () => {
    const h = await enrollFamily(t, cm, { EntryDate: addDays(today, -30), size: 1 });
    const m = first(h.members);
    await t.as(cm).post(`/api/enrollments/${m.EnrollmentID}/exit`, exitBody([m], addDays(today, -2)));
    const res = await t.as(cm).put(`/api/enrollments/${m.EnrollmentID}/exit`, {
      members: [
        { EnrollmentID: m.EnrollmentID, version: m.version + 1, ExitDate: addDays(today, -5), Destination: 411 },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(first(res.json().members as { ExitDate: string; Destination: number }[])).toMatchObject({
      ExitDate: addDays(today, -5),
      Destination: 411,
    });
    const rows = await t.database.db
      .select({ d: incomeBenefitsTable.InformationDate })
      .from(incomeBenefitsTable)
      .where(and(eq(incomeBenefitsTable.EnrollmentID, m.EnrollmentID), eq(incomeBenefitsTable.DataCollectionStage, 3)));
    expect(rows).toEqual([{ d: addDays(today, -5) }]);
  });
});

describe('edit entry', () => {
  it('moves every entry assessment row with a changed project start date, in the same change', async () => {
    const h = await enrollFamily(t, cm, { EntryDate: addDays(today, -10), size: 1 });
    const m = first(h.members);
    const res = await t.as(cm).put(`/api/enrollments/${m.EnrollmentID}/entry`, {
      members: [{ EnrollmentID: m.EnrollmentID, version: m.version, EntryDate: addDays(today, -15) }],
    });
    expect(res.statusCode, res.body).toBe(200);
    for (const table of [incomeBenefitsTable, healthAndDvTable, disabilitiesTable]) {
      const dates = await t.database.db
        .selectDistinct({ d: table.InformationDate })
        .from(table)
        .where(and(eq(table.EnrollmentID, m.EnrollmentID), isNull(table.DateDeleted)));
      expect(dates).toEqual([{ d: addDays(today, -15) }]);
    }
  });

  it('changes the head of household for every member, asks the new one the head-of-household questions, and never makes a minor head', async () => {
    const h = await enrollFamily(t, cm, { EntryDate: addDays(today, -10) });
    const [hoh, spouse, child] = h.members;
    if (!hoh || !spouse || !child) throw new Error('three members expected');
    const toMinor = await t.as(cm).put(`/api/enrollments/${hoh.EnrollmentID}/entry`, {
      members: [
        { EnrollmentID: hoh.EnrollmentID, version: hoh.version, RelationshipToHoH: RelationshipToHoH.SpouseOrPartner },
        { EnrollmentID: child.EnrollmentID, version: child.version, RelationshipToHoH: RelationshipToHoH.Self },
      ],
    });
    expect(toMinor.statusCode).toBe(400);
    expect(toMinor.json().error.fields['members.1.RelationshipToHoH']).toMatch(
      /Bea Park is 7 .*a minor can be head of household only/,
    );
    const res = await t.as(cm).put(`/api/enrollments/${hoh.EnrollmentID}/entry`, {
      members: [
        { EnrollmentID: hoh.EnrollmentID, version: hoh.version, RelationshipToHoH: RelationshipToHoH.SpouseOrPartner },
        { EnrollmentID: spouse.EnrollmentID, version: spouse.version, RelationshipToHoH: RelationshipToHoH.Self },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    const members = res.json().members as { PersonalID: string; RelationshipToHoH: number }[];
    expect(members.map((x) => [x.PersonalID, x.RelationshipToHoH])).toEqual([
      [spouse.PersonalID, 1],
      [hoh.PersonalID, 3],
      [child.PersonalID, 2],
    ]);
    const twoHeads = await t.as(cm).put(`/api/enrollments/${hoh.EnrollmentID}/entry`, {
      members: [
        { EnrollmentID: hoh.EnrollmentID, version: hoh.version + 1, RelationshipToHoH: RelationshipToHoH.Self },
      ],
    });
    expect(twoHeads.json().error.fields['members.0.RelationshipToHoH']).toMatch(
      /Only one member can be head of household/,
    );
  });

  it('adds a family member to the enrollment with their own start date, never before the head of household', async () => {
    const h = await enrollFamily(t, cm, { EntryDate: addDays(today, -10), size: 1 });
    const baby = await addClient(t.database, { FirstName: 'Cy', LastName: 'Park', DOB: bornYearsAgo(0, 30) });
    const add = (EntryDate: string) =>
      t.as(cm).put(`/api/enrollments/${first(h.members).EnrollmentID}/entry`, {
        members: [
          { PersonalID: baby, RelationshipToHoH: RelationshipToHoH.Child, EntryDate, assessment: childEntryAnswers() },
        ],
      });
    const early = await add(addDays(today, -11));
    expect(early.json().error.fields['members.0.EntryDate']).toMatch(/cannot be before the head of household's/);
    const ok = await add(addDays(today, -3));
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().members).toHaveLength(2);
    expect(ok.json().members[1]).toMatchObject({ PersonalID: baby, EntryDate: addDays(today, -3) });
    expect(ok.json().members[1].caseManagers).toEqual([{ userId: 'USR-CM', name: 'Casey Manager' }]);
  });

  it('requires the head-of-household answers when an adult becomes head of household', async () => {
    const a = await addClient(t.database, { FirstName: 'Lu', LastName: 'Ortiz', DOB: bornYearsAgo(30) });
    const answers = adultEntryAnswers();
    const res = await t.as(cm).post('/api/enrollments', {
      ProjectID: 'PRJ-RRH',
      EntryDate: addDays(today, -5),
      members: [{ PersonalID: a, RelationshipToHoH: 1, assessment: answers }],
    });
    expect(res.statusCode).toBe(201);
    const m = res.json().members[0];
    const edited = await t.as(cm).put(`/api/enrollments/${m.EnrollmentID}/entry`, {
      members: [
        { EnrollmentID: m.EnrollmentID, version: m.version, assessment: { Enrollment: { LivingSituation: null } } },
      ],
    });
    expect(edited.json().error.fields['members.0.Enrollment.LivingSituation']).toMatch(
      /3.917 Prior Living Situation is required/,
    );
  });
});

describe('re-entry', () => {
  it('lets a case manager re-enter an exit made in error within 90 days', async () => {
    const h = await enrollFamily(t, cm, { EntryDate: addDays(today, -30) });
    const id = first(h.members).EnrollmentID;
    await t
      .as(cm)
      .post(`/api/enrollments/${id}/exit`, exitBody(h.members, addDays(today, -1), { endCaseAssignment: true }));
    const res = await t.as(cm).post(`/api/enrollments/${id}/reenter`, { version: first(h.members).version + 1 });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().members.every((m: { ExitDate: string | null }) => m.ExitDate === null)).toBe(true);
    expect(res.json().members[0].caseManagers).toHaveLength(1);
    const exitRows = await t.database.db
      .select()
      .from(incomeBenefitsTable)
      .where(
        and(
          eq(incomeBenefitsTable.EnrollmentID, id),
          eq(incomeBenefitsTable.DataCollectionStage, 3),
          isNull(incomeBenefitsTable.DateDeleted),
        ),
      );
    expect(exitRows).toEqual([]);
  });

  it('leaves re-entry after 90 days to an HMIS admin', async () => {
    const h = await enrollFamily(t, cm, { EntryDate: addDays(today, -200), size: 1 });
    const m = first(h.members);
    await t.as(cm).post(`/api/enrollments/${m.EnrollmentID}/exit`, exitBody([m], addDays(today, -100)));
    const refused = await t.as(cm).post(`/api/enrollments/${m.EnrollmentID}/reenter`, { version: m.version + 1 });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toMatch(/is 100 days old: only an HMIS admin can re-enter/);
    const ok = await t.as(admin).post(`/api/enrollments/${m.EnrollmentID}/reenter`, { version: m.version + 1 });
    expect(ok.statusCode, ok.body).toBe(200);
  });
});

describe('who may see and change', () => {
  it("hides a victim-service provider's enrollments from everyone outside it", async () => {
    await t.as(admin).put('/api/auth/organization', { organizationId: 'ORG-SH' });
    const h = await enrollFamily(t, admin, { ProjectID: 'PRJ-DV', EntryDate: addDays(today, -3), size: 1 });
    const m = first(h.members);
    expect((await t.as(admin).get(`/api/enrollments/${m.EnrollmentID}`)).statusCode).toBe(200);
    // Working as another organization, even an HMIS admin does not see the provider's client.
    await t.as(admin).put('/api/auth/organization', { organizationId: 'ORG-HHP' });
    expect((await t.as(admin).get(`/api/enrollments/${m.EnrollmentID}`)).statusCode).toBe(404);
    expect((await t.as(cm).get(`/api/enrollments/${m.EnrollmentID}`)).statusCode).toBe(404);
    expect((await t.as(cm).get(`/api/enrollments?PersonalID=${m.PersonalID}`)).statusCode).toBe(404);
    expect((await t.as(cm).get(`/api/case-assignments?PersonalID=${m.PersonalID}`)).statusCode).toBe(404);
  });

  it("keeps other organizations' users from changing the household, but lets them read it", async () => {
    const h = await enrollFamily(t, cm, { EntryDate: addDays(today, -10), size: 1 });
    const other = await t.login('casemanager2');
    const m = first(h.members);
    expect((await t.as(other).get(`/api/enrollments/${m.EnrollmentID}`)).statusCode).toBe(200);
    const res = await t.as(other).post(`/api/enrollments/${m.EnrollmentID}/exit`, exitBody([m], today));
    expect(res.statusCode).toBe(403);
    expect(res.json().error.message).toMatch(/belongs to Hearth Housing Partners. Switch to that organization/);
  });
});
