// Clients and enrollments for tests and the benchmark, through the clients and enrollments
// features' APIs (POST /api/clients, intake, exit). The benchmark writes its 500 clients and
// enrollments straight to the HUD tables (set-up, not what it times).
import type { TestApp } from '../../../test/support/test-app.ts';
import type { DbOrTx } from '../../db/connect.ts';
import { clientTable, enrollmentTable, exitTable, funderTable } from '../../db/schema/index.ts';
import {
  Destination,
  DOBDataQuality,
  LivingSituation,
  NameDataQuality,
  NoYes,
  NoYesReasons,
  RelationshipToHoH,
  SSNDataQuality,
} from '../../hud/codes.ts';
import { hudNow, hudToday, newId } from '../http/ids.ts';

const stamp = () => ({ DateCreated: hudNow(), DateUpdated: hudNow(), UserID: 'USR-CM' });

/** Creates clients through POST /api/clients (as the cookie's user); returns their PersonalIDs. */
export async function createClients(
  t: TestApp,
  cookie: string,
  people: { FirstName?: string; LastName?: string }[],
): Promise<string[]> {
  const ids: string[] = [];
  for (const [i, p] of people.entries()) {
    const res = await t.as(cookie).post('/api/clients', clientBody(p, i));
    if (res.statusCode !== 201) throw new Error(`client create failed: ${res.statusCode} ${res.body}`);
    ids.push(res.json().PersonalID);
  }
  return ids;
}

/** POST /api/clients body: an adult with a full name and date of birth, not a veteran. */
export const clientBody = (p: { FirstName?: string; LastName?: string }, i = 0) => ({
  FirstName: p.FirstName ?? 'Test',
  LastName: p.LastName ?? `Client ${String.fromCharCode(65 + (i % 26))}`,
  NameDataQuality: NameDataQuality.Full,
  SSNDataQuality: SSNDataQuality.DataNotCollected,
  DOB: '1980-05-01',
  DOBDataQuality: DOBDataQuality.Full,
  Sex: 0,
  White: NoYes.Yes,
  VeteranStatus: NoYesReasons.No,
  confirmedNotDuplicate: true,
});

/** Writes clients straight to the HUD table (benchmark set-up). */
export async function addClients(db: DbOrTx, people: { PersonalID: string; FirstName?: string; LastName?: string }[]) {
  if (!people.length) return;
  await db.insert(clientTable).values(
    people.map((p) => ({
      PersonalID: p.PersonalID,
      FirstName: p.FirstName ?? 'Test',
      LastName: p.LastName ?? `Client ${p.PersonalID}`,
      NameDataQuality: NameDataQuality.Full,
      SSNDataQuality: SSNDataQuality.DataNotCollected,
      DOB: '1980-05-01',
      DOBDataQuality: DOBDataQuality.Full,
      AmIndAKNative: NoYes.No,
      Asian: NoYes.No,
      BlackAfAmerican: NoYes.No,
      HispanicLatinao: NoYes.No,
      MidEastNAfrican: NoYes.No,
      NativeHIPacific: NoYes.No,
      White: NoYes.Yes,
      VeteranStatus: NoYesReasons.No,
      ...stamp(),
    })),
  );
}

export type EnrollInput = { PersonalID: string; ProjectID: string; EntryDate: string; ExitDate?: string };

/**
 * Enrolls each person as head of their own household through POST /api/enrollments (and exits
 * through POST /api/enrollments/:id/exit when ExitDate is given); returns the EnrollmentIDs.
 * The cookie's user must work as the project's organization.
 */
export async function enroll(t: TestApp, cookie: string, list: EnrollInput[]): Promise<string[]> {
  const ids: string[] = [];
  for (const e of list) {
    const res = await t.as(cookie).post('/api/enrollments', intakeBody(e));
    if (res.statusCode !== 201) throw new Error(`intake failed: ${res.statusCode} ${res.body}`);
    const [member] = res.json().members as { EnrollmentID: string; version: number }[];
    if (!member) throw new Error('intake returned no member');
    ids.push(member.EnrollmentID);
    if (!e.ExitDate) continue;
    const exit = await t.as(cookie).post(`/api/enrollments/${member.EnrollmentID}/exit`, {
      ExitDate: e.ExitDate,
      members: [{ EnrollmentID: member.EnrollmentID, version: member.version, ...exitAnswers() }],
    });
    if (exit.statusCode !== 200) throw new Error(`exit failed: ${exit.statusCode} ${exit.body}`);
  }
  return ids;
}

/** POST /api/enrollments body: the person as head of their own household, with full answers. */
export const intakeBody = (e: Pick<EnrollInput, 'PersonalID' | 'ProjectID' | 'EntryDate'>) => ({
  ProjectID: e.ProjectID,
  EntryDate: e.EntryDate,
  members: [{ PersonalID: e.PersonalID, RelationshipToHoH: RelationshipToHoH.Self, assessment: entryAnswers() }],
});

// What an adult answers at project start and exit (no income, no disabilities, not a survivor).
const noDisabilities = () =>
  [5, 6, 7, 8, 9, 10].map((DisabilityType) => ({ DisabilityType, DisabilityResponse: NoYesReasons.No }));
const entryAnswers = () => ({
  Client: { Sex: 0 },
  Enrollment: {
    LivingSituation: LivingSituation.PlaceNotMeantForHabitation,
    LengthOfStay: 4,
    DateToStreetESSH: '2024-01-01',
    TimesHomelessPastThreeYears: 1,
    MonthsHomelessPastThreeYears: 101,
    DisablingCondition: NoYesReasons.No,
  },
  IncomeBenefits: {
    IncomeFromAnySource: NoYesReasons.No,
    BenefitsFromAnySource: NoYesReasons.No,
    InsuranceFromAnySource: NoYesReasons.Yes,
    Medicaid: 1,
  },
  HealthAndDV: { DomesticViolenceSurvivor: NoYesReasons.No },
  Disabilities: noDisabilities(),
});
/** Exit answers for a CoC project's head of household (no interview, no income, Medicaid). */
export const exitAnswers = () => ({
  Destination: Destination.NoExitInterviewCompleted,
  assessment: {
    IncomeBenefits: { IncomeFromAnySource: 0, BenefitsFromAnySource: 0, InsuranceFromAnySource: 1, Medicaid: 1 },
    Disabilities: noDisabilities(),
  },
});

/** Enrolls each person directly in the HUD tables (benchmark set-up); returns the EnrollmentIDs. */
export async function addEnrollments(db: DbOrTx, list: EnrollInput[]): Promise<string[]> {
  const ids = list.map(() => newId());
  if (!list.length) return ids;
  await db.insert(enrollmentTable).values(
    list.map((e, i) => ({
      EnrollmentID: ids[i] ?? '',
      PersonalID: e.PersonalID,
      ProjectID: e.ProjectID,
      EntryDate: e.EntryDate,
      HouseholdID: newId(),
      RelationshipToHoH: RelationshipToHoH.Self,
      DisablingCondition: NoYesReasons.DataNotCollected,
      ...stamp(),
    })),
  );
  const exits = list.flatMap((e, i) =>
    e.ExitDate
      ? [
          {
            ExitID: newId(),
            EnrollmentID: ids[i] ?? '',
            PersonalID: e.PersonalID,
            ExitDate: e.ExitDate,
            Destination: Destination.DataNotCollected,
            ...stamp(),
          },
        ]
      : [],
  );
  if (exits.length) await db.insert(exitTable).values(exits);
  return ids;
}

/** A date `days` before today, as yyyy-mm-dd. */
export function daysAgo(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() - days);
  return hudToday(d);
}

/**
 * Gives a project one more grant (a Funder.csv row) straight in the HUD table. Tests add it after
 * their intakes, so those ask only what the demo project's own grants ask.
 */
export async function addGrant(
  db: DbOrTx,
  grant: { ProjectID: string; Funder: number; StartDate: string; EndDate?: string },
): Promise<void> {
  await db.insert(funderTable).values({
    FunderID: newId(),
    ProjectID: grant.ProjectID,
    Funder: grant.Funder,
    GrantID: `TEST-${grant.Funder}`,
    StartDate: grant.StartDate,
    EndDate: grant.EndDate ?? null,
    ...stamp(),
  });
}
