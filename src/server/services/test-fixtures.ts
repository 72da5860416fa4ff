// Clients and enrollments for tests and the benchmark. Enrollments go through the enrollments
// feature's API (intake, exit); clients are written straight to the HUD table until the clients
// feature's API is there. The benchmark inserts its 500 enrollments directly (set-up, not timed).
import type { TestApp } from '../../../test/support/test-app.ts';
import type { DbOrTx } from '../../db/connect.ts';
import { clientTable, enrollmentTable, exitTable } from '../../db/schema/index.ts';
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
const exitAnswers = () => ({
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
