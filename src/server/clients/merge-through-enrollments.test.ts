// Merging two clients moves the merged client's records to the survivor; undo puts them back.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { enrollmentTable } from '../../db/schema/index.ts';
import { NoYesReasons, RelationshipToHoH } from '../../hud/codes.ts';

let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
});
afterAll(() => t.close());

const stamp = { DateCreated: '2026-01-05 10:00:00', DateUpdated: '2026-01-05 10:00:00', UserID: 'USR-ADMIN' };

async function clientWithEnrollment(first: string, enrollmentId: string) {
  const res = await t.as(admin).post('/api/clients', { FirstName: first, LastName: 'Mergeson' });
  expect(res.statusCode).toBe(201);
  const client = res.json() as { PersonalID: string; version: number };
  await t.database.db.insert(enrollmentTable).values({
    EnrollmentID: enrollmentId,
    PersonalID: client.PersonalID,
    ProjectID: 'PRJ-ES',
    EntryDate: '2026-01-05',
    HouseholdID: `H-${enrollmentId}`,
    RelationshipToHoH: RelationshipToHoH.Self,
    DisablingCondition: NoYesReasons.DataNotCollected,
    ...stamp,
  });
  return client;
}

const enrollmentsOf = async (personalId: string) =>
  (
    await t.database.db
      .select({ id: enrollmentTable.EnrollmentID })
      .from(enrollmentTable)
      .where(eq(enrollmentTable.PersonalID, personalId))
  )
    .map((r) => r.id)
    .sort();

describe('merge and undo', () => {
  it('moves the enrollments to the survivor, answers 404 for the merged client, and undo restores both', async () => {
    const survivor = await clientWithEnrollment('Sam', 'E-SURV');
    const merged = await clientWithEnrollment('Samuel', 'E-MERGED');
    const res = await t.as(admin).post('/api/clients/merges', {
      survivorId: survivor.PersonalID,
      mergedId: merged.PersonalID,
      survivorVersion: survivor.version,
      mergedVersion: merged.version,
    });
    expect(res.statusCode).toBe(200);
    const { mergeId } = res.json();
    expect((await t.as(admin).get(`/api/clients/${merged.PersonalID}`)).statusCode).toBe(404);
    expect((await t.as(admin).get(`/api/clients/${survivor.PersonalID}`)).statusCode).toBe(200);
    expect(await enrollmentsOf(survivor.PersonalID)).toEqual(['E-MERGED', 'E-SURV']);
    expect(await enrollmentsOf(merged.PersonalID)).toEqual([]);

    const undo = await t.as(admin).post(`/api/clients/merges/${mergeId}/undo`);
    expect(undo.statusCode).toBe(200);
    const back = await t.as(admin).get(`/api/clients/${merged.PersonalID}`);
    expect(back.statusCode).toBe(200);
    expect(back.json().FirstName).toBe('Samuel');
    expect((await t.as(admin).get(`/api/clients/${survivor.PersonalID}`)).json().FirstName).toBe('Sam');
    expect(await enrollmentsOf(survivor.PersonalID)).toEqual(['E-SURV']);
    expect(await enrollmentsOf(merged.PersonalID)).toEqual(['E-MERGED']);
  });
});
