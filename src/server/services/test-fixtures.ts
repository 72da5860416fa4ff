// Clients and enrollments written straight to the HUD tables, for tests and the benchmark
// (the clients and enrollments features own the real intake screens and APIs).
import type { DbOrTx } from '../../db/connect.ts';
import { clientTable, enrollmentTable, exitTable } from '../../db/schema/index.ts';
import {
  Destination,
  DOBDataQuality,
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
      DOBDataQuality: DOBDataQuality.DataNotCollected,
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

/** Enrolls each person as head of their own household; returns the EnrollmentIDs in order. */
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
