import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { clientTable } from '../../db/schema/index.ts';
import { addDays } from '../../hud/rules/dates.ts';
import { hudToday } from '../http/ids.ts';
import { addClient, adultEntryAnswers, bornYearsAgo, childEntryAnswers } from './fixtures.test-support.ts';

let t: TestApp;
let cm: string;
beforeAll(async () => {
  t = await createTestApp();
  cm = await t.login('casemanager');
});
afterAll(() => t.close());

const start = addDays(hudToday(), -2);

describe('intake with people not yet in HMIS', () => {
  it('creates a quick-added family member with the household, in the same transaction', async () => {
    const mom = await addClient(t.database, { FirstName: 'Nia', LastName: 'Stone', DOB: bornYearsAgo(29) });
    const res = await t.as(cm).post('/api/enrollments', {
      ProjectID: 'PRJ-RRH',
      EntryDate: start,
      members: [
        { PersonalID: mom, RelationshipToHoH: 1, assessment: adultEntryAnswers() },
        {
          newClient: { FirstName: 'Zuri', LastName: 'Stone', DOB: bornYearsAgo(3), Sex: 0 },
          RelationshipToHoH: 2,
          assessment: childEntryAnswers(),
        },
      ],
    });
    expect(res.statusCode, res.body).toBe(201);
    const baby = res.json().members.find((m: { FirstName: string }) => m.FirstName === 'Zuri');
    expect(baby).toMatchObject({ LastName: 'Stone', RelationshipToHoH: 2, EntryDate: start });
    expect(baby.PersonalID).toMatch(/^\d+$/);
  });

  it('refuses a likely duplicate until the user confirms it is someone else, naming the member', async () => {
    await addClient(t.database, { FirstName: 'Omar', LastName: 'Haddad', DOB: '1990-04-12' });
    const body = (confirmedNotDuplicate?: boolean) => ({
      ProjectID: 'PRJ-RRH',
      EntryDate: start,
      members: [
        {
          newClient: { FirstName: 'Omar', LastName: 'Haddad', DOB: '1990-04-12', Sex: 1 },
          confirmedNotDuplicate,
          RelationshipToHoH: 1,
          assessment: adultEntryAnswers(),
        },
      ],
    });
    const refused = await t.as(cm).post('/api/enrollments', body());
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({ code: 'possible_duplicate', member: 0 });
    expect(refused.json().error.candidates.length).toBeGreaterThan(0);
    const ok = await t.as(cm).post('/api/enrollments', body(true));
    expect(ok.statusCode, ok.body).toBe(201);
  });

  it('leaves no new client behind when the intake is refused', async () => {
    const before = await t.database.db.$count(clientTable, eq(clientTable.LastName, 'Quist'));
    const res = await t.as(cm).post('/api/enrollments', {
      ProjectID: 'PRJ-RRH',
      EntryDate: start,
      members: [{ newClient: { FirstName: 'Ivo', LastName: 'Quist', DOB: bornYearsAgo(40) }, RelationshipToHoH: 1 }],
    });
    expect(res.statusCode).toBe(400);
    expect(await t.database.db.$count(clientTable, eq(clientTable.LastName, 'Quist'))).toBe(before);
  });

  it('needs either a client ID or a new client for each member', async () => {
    const res = await t.as(cm).post('/api/enrollments', {
      ProjectID: 'PRJ-RRH',
      EntryDate: start,
      members: [{ RelationshipToHoH: 1 }],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/PersonalID of an existing client or a newClient/);
  });
});
