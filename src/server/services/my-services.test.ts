import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { auditEventTable, servicesTable } from '../../db/schema/index.ts';
import { FundingSource } from '../../hud/codes.ts';
import { addGrant, createClients, daysAgo, enroll } from './test-fixtures.ts';

let t: TestApp;
let cm: string;
let manager: string;
let admin: string;
let enrollment: string;
let c1: string;
let c2: string;
const today = daysAgo(0);
type Item = { id: string; version: number; PersonalID: string; DateProvided: string; ServicesID: string | null };

beforeAll(async () => {
  t = await createTestApp();
  [cm, manager, admin] = await Promise.all([t.login('casemanager'), t.login('manager'), t.login('admin')]);
  [c1, c2] = (await createClients(t, cm, [{}, {}])) as [string, string];
  const [first, other] = await enroll(t, cm, [
    { PersonalID: c1, ProjectID: 'PRJ-PSH', EntryDate: daysAgo(100) },
    { PersonalID: c2, ProjectID: 'PRJ-PSH', EntryDate: daysAgo(100) },
  ]);
  enrollment = first ?? '';
  // HOPWA services are recorded in HOPWA-funded projects: the demo PSH gets a HOPWA grant too.
  await addGrant(t.database.db, {
    ProjectID: 'PRJ-PSH',
    Funder: FundingSource.HopwaPermanentHousing,
    StartDate: daysAgo(200),
  });
  const add = (cookie: string, personalId: string, EnrollmentID: string, serviceTypeId: string, date: string) =>
    t.as(cookie).post(`/api/clients/${personalId}/services`, {
      EnrollmentID,
      serviceTypeId,
      DateProvided: date,
      units: 1,
      unitValue: 2.5,
    });
  for (const r of await Promise.all([
    add(cm, c1, enrollment, 'SVC-003', today),
    add(cm, c1, enrollment, 'SVC-009', today),
    add(cm, c1, enrollment, 'SVC-005', daysAgo(7)),
    add(cm, c2, other ?? '', 'SVC-003', today),
    add(manager, c1, enrollment, 'SVC-004', today),
  ]))
    expect(r.statusCode).toBe(201);
});
afterAll(() => t.close());

const search = async (cookie: string, query = '') => {
  const res = await t.as(cookie).get(`/api/my-services${query}`);
  expect(res.statusCode).toBe(200);
  return res.json() as { items: (Item & { serviceName: string })[]; total: number };
};

describe('My Services', () => {
  it('shows only what the signed-in user recorded, today by default', async () => {
    const mine = await search(cm);
    expect(mine.items.map((s) => s.serviceName).sort()).toEqual(['HOPWA Case Management', 'Meal', 'Meal']);
    expect(mine.items[0]).toMatchObject({
      ProjectName: 'Hearth Permanent Supportive Housing',
      EntryDate: daysAgo(100),
    });
    expect((await search(manager)).items.map((s) => s.serviceName)).toEqual(['Hygiene Kit']);
  });

  it('searches by client ID, service and date range', async () => {
    expect((await search(cm, `?personalId=${c2}`)).total).toBe(1);
    expect((await search(cm, '?serviceTypeId=SVC-003')).total).toBe(2);
    const week = await search(cm, `?from=${daysAgo(10)}&to=${today}`);
    expect(week.total).toBe(4);
    const old = await search(cm, `?from=${daysAgo(10)}&to=${daysAgo(1)}`);
    expect(old.items.map((s) => s.serviceName)).toEqual(['Bus Pass']);
  });

  it('deletes a service the user recorded, with its HUD row, once', async () => {
    const hopwa = (await search(cm, '?serviceTypeId=SVC-009')).items[0] as Item;
    expect(hopwa.ServicesID).not.toBeNull();
    const stale = await t.as(cm).delete(`/api/services/${hopwa.id}?version=${hopwa.version + 1}`);
    expect(stale.statusCode).toBe(409);
    const del = await t.as(cm).delete(`/api/services/${hopwa.id}?version=${hopwa.version}`);
    expect(del.statusCode).toBe(200);
    expect((await search(cm, '?serviceTypeId=SVC-009')).total).toBe(0);
    const [hud] = await t.database.db
      .select()
      .from(servicesTable)
      .where(eq(servicesTable.ServicesID, hopwa.ServicesID ?? ''));
    expect(hud?.DateDeleted).toMatch(/^\d{4}-\d{2}-\d{2} /);
    const again = await t.as(cm).delete(`/api/services/${hopwa.id}?version=${hopwa.version}`);
    expect(again.statusCode).toBe(404);
    const audit = await t.database.db.select().from(auditEventTable).where(eq(auditEventTable.entityId, hopwa.id));
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['service.record', 'service.delete']));
  });
});

describe('deleting someone else’s service', () => {
  it('is refused to a case manager, who can request deletion from an HMIS admin instead', async () => {
    const list = await t.as(cm).get(`/api/clients/${c1}/services?serviceTypeId=SVC-004`);
    const kit = list.json().items[0] as Item & { canDelete: boolean };
    expect(kit.canDelete).toBe(false);
    const del = await t.as(cm).delete(`/api/services/${kit.id}?version=${kit.version}`);
    expect(del.statusCode).toBe(403);
    expect(del.json().error.message).toContain('Request deletion');

    const ask = await t.as(cm).post(`/api/services/${kit.id}/deletion-requests`, { reason: 'Wrong client' });
    expect(ask.statusCode).toBe(201);
    const twice = await t.as(cm).post(`/api/services/${kit.id}/deletion-requests`, { reason: 'Wrong client' });
    expect(twice.statusCode).toBe(409);
    expect((await t.as(cm).post(`/api/services/${kit.id}/deletion-requests`, { reason: ' ' })).statusCode).toBe(400);

    expect((await t.as(cm).get('/api/admin/service-deletion-requests')).statusCode).toBe(403);
    const inbox = await t.as(admin).get('/api/admin/service-deletion-requests');
    expect(inbox.statusCode).toBe(200);
    const [request] = inbox.json().items;
    expect(request).toMatchObject({
      reason: 'Wrong client',
      requestedBy: { name: 'Casey Manager' },
      service: { id: kit.id, serviceName: 'Hygiene Kit', recordedBy: { name: 'Morgan Manager' } },
    });
    const approve = await t.as(admin).post(`/api/admin/service-deletion-requests/${request.id}/approve`, {
      version: request.version,
    });
    expect(approve.statusCode).toBe(200);
    expect((await t.as(cm).get(`/api/clients/${c1}/services?serviceTypeId=SVC-004`)).json().total).toBe(0);
    expect((await t.as(admin).get('/api/admin/service-deletion-requests')).json().items).toEqual([]);
    const done = await t.as(admin).get('/api/admin/service-deletion-requests?status=approved');
    expect(done.json().items[0].service).toMatchObject({ id: kit.id, deleted: true });
  });

  it('lets an admin decline a request, keeping the service', async () => {
    const list = await t.as(manager).get(`/api/clients/${c2}/services`);
    const meal = list.json().items[0] as Item;
    await t.as(manager).post(`/api/services/${meal.id}/deletion-requests`, { reason: 'Duplicate entry' });
    const [request] = (await t.as(admin).get('/api/admin/service-deletion-requests')).json().items;
    const decline = await t.as(admin).post(`/api/admin/service-deletion-requests/${request.id}/decline`, {
      version: request.version,
    });
    expect(decline.statusCode).toBe(200);
    const repeat = await t.as(admin).post(`/api/admin/service-deletion-requests/${request.id}/approve`, {
      version: request.version + 1,
    });
    expect(repeat.statusCode).toBe(409);
    expect(repeat.json().error.message).toContain('already declined');
    expect((await t.as(manager).get(`/api/clients/${c2}/services`)).json().total).toBe(1);
  });

  it('lets an HMIS admin delete any service directly', async () => {
    const meal = (await search(cm, `?personalId=${c2}`)).items[0] as Item;
    const del = await t.as(admin).delete(`/api/services/${meal.id}?version=${meal.version}`);
    expect(del.statusCode).toBe(200);
    expect((await search(cm, `?personalId=${c2}`)).total).toBe(0);
  });
});
