import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { servicesTable, serviceTable } from '../../db/schema/index.ts';
import { createClients, daysAgo, enroll } from './test-fixtures.ts';

let t: TestApp;
let cm: string;
let cm2: string;
const date = daysAgo(3);
let ids: string[];
let exited: string;
let future: string;
let elsewhere: string;

beforeAll(async () => {
  t = await createTestApp();
  [cm, cm2] = await Promise.all([t.login('casemanager'), t.login('casemanager2')]);
  const all = await createClients(
    t,
    cm2,
    Array.from({ length: 8 }, () => ({})),
  );
  ids = all.slice(0, 5);
  [exited = '', future = '', elsewhere = ''] = all.slice(5);
  await enroll(t, cm2, [
    ...ids.map((PersonalID) => ({ PersonalID, ProjectID: 'PRJ-NBN', EntryDate: daysAgo(10) })),
    // Exited before the date, starts after it, and enrolled elsewhere: none is listed.
    { PersonalID: exited, ProjectID: 'PRJ-NBN', EntryDate: daysAgo(20), ExitDate: daysAgo(5) },
    { PersonalID: future, ProjectID: 'PRJ-NBN', EntryDate: daysAgo(1) },
    { PersonalID: elsewhere, ProjectID: 'PRJ-SO', EntryDate: daysAgo(10) },
  ]);
});
afterAll(() => t.close());

const clients = async (cookie: string, query: string) => {
  const res = await t.as(cookie).get(`/api/quick-services/clients${query}`);
  return { status: res.statusCode, ids: (res.json().items ?? []).map((c: { PersonalID: string }) => c.PersonalID) };
};

describe('Quick Services – Multiple Clients', () => {
  it('offers the projects of the organization the user works as', async () => {
    const res = await t.as(cm2).get('/api/services/projects');
    expect(
      res
        .json()
        .items.map((p: { ProjectID: string }) => p.ProjectID)
        .sort(),
    ).toEqual(['PRJ-NBN', 'PRJ-SO', 'PRJ-SSO']);
  });

  it('lists only the clients with an enrollment in the project open on the date', async () => {
    expect(await clients(cm2, `?projectId=PRJ-NBN&date=${date}&serviceTypeId=SVC-001`)).toEqual({
      status: 200,
      ids,
    });
    expect((await clients(cm, `?projectId=PRJ-NBN&date=${date}`)).status).toBe(403);
  });

  it('records the service for five ticked clients in one save', async () => {
    const res = await t.as(cm2).post('/api/quick-services', {
      projectId: 'PRJ-NBN',
      serviceTypeId: 'SVC-001',
      DateProvided: date,
      units: 1,
      unitValue: 0,
      personalIds: ids,
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({ recorded: 5 });
    const hud = await t.database.db.select().from(servicesTable).where(eq(servicesTable.DateProvided, date));
    expect(hud.map((h) => h.PersonalID).sort()).toEqual([...ids].sort());
    const list = await t
      .as(cm2)
      .get(`/api/quick-services/clients?projectId=PRJ-NBN&date=${date}&serviceTypeId=SVC-001`);
    expect(list.json().items.every((c: { alreadyRecorded: boolean }) => c.alreadyRecorded)).toBe(true);
  });

  it('names the project and service left unchosen', async () => {
    const res = await t.as(cm2).post('/api/quick-services', {
      projectId: '',
      serviceTypeId: '',
      DateProvided: date,
      units: 1,
      personalIds: [ids[0]],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toMatchObject({
      projectId: 'Choose the project',
      serviceTypeId: 'Choose a service',
    });
  });

  it('saves all or none: one client without an open enrollment stops the save and is named', async () => {
    const before = await t.database.db.$count(serviceTable);
    const res = await t.as(cm2).post('/api/quick-services', {
      projectId: 'PRJ-NBN',
      serviceTypeId: 'SVC-003',
      DateProvided: date,
      units: 1,
      personalIds: [ids[0], exited],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.personalIds).toContain(exited);
    expect(await t.database.db.$count(serviceTable)).toBe(before);
  });

  it('refuses to count the same bed nights twice and writes none of the batch', async () => {
    const before = await t.database.db.$count(serviceTable);
    const [late = ''] = await createClients(t, cm2, [{ LastName: 'Late' }]);
    await enroll(t, cm2, [{ PersonalID: late, ProjectID: 'PRJ-NBN', EntryDate: daysAgo(10) }]);
    const res = await t.as(cm2).post('/api/quick-services', {
      projectId: 'PRJ-NBN',
      serviceTypeId: 'SVC-001',
      DateProvided: date,
      units: 1,
      personalIds: [late, ids[1]],
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain(ids[1]);
    expect(await t.database.db.$count(serviceTable)).toBe(before);
  });
});
