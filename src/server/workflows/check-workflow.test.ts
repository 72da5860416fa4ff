// A page's check runs Finish's rules on the values so far and writes nothing.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { auditEventTable, clientTable, enrollmentTable } from '../../db/schema/index.ts';
import { addDays } from '../../hud/rules/dates.ts';
import {
  addClient,
  adultEntryAnswers,
  bornYearsAgo,
  childEntryAnswers,
  enrollFamily,
} from '../enrollments/fixtures.test-support.ts';
import { hudToday } from '../http/ids.ts';

let t: TestApp;
let cm: string;
beforeAll(async () => {
  t = await createTestApp();
  cm = await t.login('casemanager');
});
afterAll(() => t.close());

const start = addDays(hudToday(), -3);
const check = async (id: string, data: Record<string, unknown>) => {
  const res = await t.as(cm).post(`/api/workflows/${id}/check`, { data });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { ok: boolean; message: string | null; fields: Record<string, string> };
};

describe('checking a workflow page', () => {
  it('reports what Finish would refuse, and writes nothing (not even the quick-added client)', async () => {
    const d = (await t.as(cm).post('/api/workflows', { kind: 'intake' })).json();
    const audits = await t.database.db.$count(auditEventTable);
    const input = {
      ProjectID: 'PRJ-RRH',
      EntryDate: start,
      members: [
        {
          newClient: { FirstName: 'Odile', LastName: 'Checkley', DOB: bornYearsAgo(30), NameDataQuality: 1 },
          RelationshipToHoH: 1,
          assessment: { Enrollment: { LivingSituation: 116, LengthOfStay: 4 } },
        },
      ],
    };
    const r = await check(d.id, { input });
    expect(r.ok).toBe(false);
    // 3.917 follow-ups are reported on the prior living situation's own keys.
    expect(r.fields['members.0.Enrollment.DateToStreetESSH']).toMatch(/approximate date this episode/);
    expect(await t.database.db.$count(clientTable, eq(clientTable.LastName, 'Checkley'))).toBe(0);
    expect(await t.database.db.$count(auditEventTable)).toBe(audits);

    const enrollments = await t.database.db.$count(enrollmentTable);
    const ok = await check(d.id, {
      input: { ...input, members: [{ ...input.members[0], assessment: adultEntryAnswers() }] },
    });
    expect(ok).toEqual({ ok: true, code: null, message: null, fields: {} });
    expect(await t.database.db.$count(clientTable, eq(clientTable.LastName, 'Checkley'))).toBe(0);
    expect(await t.database.db.$count(enrollmentTable)).toBe(enrollments);
  });

  it('reports a minor head of household alone, not the answers that only follow from it', async () => {
    const child = await addClient(t.database, { FirstName: 'Tamsin', LastName: 'Young', DOB: bornYearsAgo(11) });
    const mom = await addClient(t.database, { FirstName: 'Greta', LastName: 'Young', DOB: bornYearsAgo(35) });
    const d = (await t.as(cm).post('/api/workflows', { kind: 'intake', PersonalID: child })).json();
    const r = await check(d.id, {
      input: {
        ProjectID: 'PRJ-ES',
        EntryDate: start,
        members: [
          { PersonalID: child, RelationshipToHoH: 1, assessment: childEntryAnswers() },
          { PersonalID: mom, RelationshipToHoH: 4, assessment: {} },
        ],
      },
    });
    expect(r.fields).toEqual({
      'members.0.RelationshipToHoH': expect.stringMatching(
        /Tamsin Young is 11 on the project start date .*a minor can be head of household only in an RHY-funded project/,
      ),
    });
  });

  it('checks the annual window on the assessment’s first page', async () => {
    const yearAgo = addDays(hudToday(), -365);
    const fam = await enrollFamily(t, cm, { EntryDate: yearAgo, size: 1 });
    const hoh = fam.members[0];
    if (!hoh) throw new Error('no member');
    const d = (await t.as(cm).post('/api/workflows', { kind: 'assessment', EnrollmentID: hoh.EnrollmentID })).json();
    const input = (date: string) => ({
      DataCollectionStage: 5,
      InformationDate: date,
      members: [{ EnrollmentID: hoh.EnrollmentID, version: hoh.version, assessment: {} }],
    });
    const outside = await check(d.id, { input: input(addDays(hudToday(), -45)) });
    expect(outside.fields.InformationDate).toMatch(/within 30 days before or after an anniversary/);
    const inside = await check(d.id, { input: input(hudToday()) });
    expect(inside.fields.InformationDate).toBeUndefined();
  });

  it('answers 404 for another user’s workflow', async () => {
    const d = (await t.as(cm).post('/api/workflows', { kind: 'intake' })).json();
    const other = await t.login('manager');
    expect((await t.as(other).post(`/api/workflows/${d.id}/check`, { data: {} })).statusCode).toBe(404);
  });
});
