// Test fixtures for the enrollment workflows: clients inserted directly (the clients feature
// owns client creation) and complete answer sets a case manager would give.
import { randomInt } from 'node:crypto';
import type { TestApp } from '../../../test/support/test-app.ts';
import type { Database } from '../../db/connect.ts';
import { clientTable, funderTable } from '../../db/schema/index.ts';
import { DOBDataQuality, NameDataQuality, NoYesReasons, SSNDataQuality } from '../../hud/codes.ts';
import { addDays, addYears } from '../../hud/rules/dates.ts';
import { hudNow, hudToday } from '../http/ids.ts';

export async function addClient(
  database: Database,
  c: { FirstName: string; LastName: string; DOB: string | null; VeteranStatus?: number },
): Promise<string> {
  const PersonalID = String(randomInt(100_000, 999_999_999));
  const now = hudNow();
  await database.db.insert(clientTable).values({
    PersonalID,
    FirstName: c.FirstName,
    LastName: c.LastName,
    NameDataQuality: NameDataQuality.Full,
    SSNDataQuality: SSNDataQuality.DataNotCollected,
    DOB: c.DOB,
    DOBDataQuality: c.DOB ? DOBDataQuality.Full : DOBDataQuality.DataNotCollected,
    AmIndAKNative: 0,
    Asian: 0,
    BlackAfAmerican: 0,
    HispanicLatinao: 1,
    MidEastNAfrican: 0,
    NativeHIPacific: 0,
    White: 0,
    VeteranStatus: c.VeteranStatus ?? NoYesReasons.No,
    DateCreated: now,
    DateUpdated: now,
    UserID: 'demo-system',
  });
  return PersonalID;
}

/** A date of birth that makes the person `years` old today. */
export const bornYearsAgo = (years: number, days = 10) => addDays(addYears(hudToday(), -years), -days);

export const noDisabilities = () =>
  [5, 6, 7, 8, 9, 10].map((DisabilityType) => ({ DisabilityType, DisabilityResponse: NoYesReasons.No }));

/** Project start answers for an adult in a CoC rapid re-housing project, sleeping outside. */
export const adultEntryAnswers = (startedHomeless = '2025-06-01') => ({
  Client: { Sex: 0 },
  Enrollment: {
    LivingSituation: 116,
    LengthOfStay: 4,
    DateToStreetESSH: startedHomeless,
    TimesHomelessPastThreeYears: 1,
    MonthsHomelessPastThreeYears: 106,
    DisablingCondition: NoYesReasons.No,
  },
  IncomeBenefits: {
    IncomeFromAnySource: NoYesReasons.Yes,
    EarnedAmount: 850,
    BenefitsFromAnySource: NoYesReasons.Yes,
    SNAP: 1,
    InsuranceFromAnySource: NoYesReasons.Yes,
    Medicaid: 1,
  },
  HealthAndDV: { DomesticViolenceSurvivor: NoYesReasons.No },
  Disabilities: noDisabilities(),
});

export const childEntryAnswers = () => ({
  Client: { Sex: 1 },
  Enrollment: { DisablingCondition: NoYesReasons.No },
  IncomeBenefits: { InsuranceFromAnySource: NoYesReasons.Yes, Medicaid: 1 },
  Disabilities: noDisabilities(),
});

/** Adds a funder (e.g. an RHY grant) to a demo project. */
export async function addFunder(database: Database, projectId: string, funder: number) {
  const now = hudNow();
  await database.db.insert(funderTable).values({
    FunderID: `${projectId}-F${funder}`,
    ProjectID: projectId,
    Funder: funder,
    GrantID: `TEST-${funder}`,
    StartDate: '2024-01-01',
    DateCreated: now,
    DateUpdated: now,
    UserID: 'demo-system',
  });
}

export type Household = {
  HouseholdID: string;
  members: { EnrollmentID: string; PersonalID: string; version: number; ExitDate: string | null }[];
};

/** Enrolls an adult head of household (and optionally a spouse and a child) through the API. */
export async function enrollFamily(
  t: TestApp,
  cookie: string,
  o: { ProjectID?: string; EntryDate: string; size?: 1 | 2 | 3; hohDob?: string },
): Promise<Household & { ids: string[] }> {
  const hoh = await addClient(t.database, { FirstName: 'Jo', LastName: 'Park', DOB: o.hohDob ?? bornYearsAgo(40) });
  const spouse = await addClient(t.database, { FirstName: 'Max', LastName: 'Park', DOB: bornYearsAgo(38) });
  const child = await addClient(t.database, { FirstName: 'Bea', LastName: 'Park', DOB: bornYearsAgo(7) });
  const members = [
    { PersonalID: hoh, RelationshipToHoH: 1, assessment: adultEntryAnswers() },
    { PersonalID: spouse, RelationshipToHoH: 3, assessment: adultEntryAnswers() },
    { PersonalID: child, RelationshipToHoH: 2, assessment: childEntryAnswers() },
  ].slice(0, o.size ?? 3);
  const res = await t
    .as(cookie)
    .post('/api/enrollments', { ProjectID: o.ProjectID ?? 'PRJ-RRH', EntryDate: o.EntryDate, members });
  if (res.statusCode !== 201) throw new Error(`intake failed: ${res.body}`);
  return { ...res.json(), ids: [hoh, spouse, child] };
}
