import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { servicesTable, serviceTable } from '../../db/schema/index.ts';
import { RecordType } from '../../hud/codes.ts';
import { createClients, daysAgo, enroll } from '../services/test-fixtures.ts';
import { isUniqueViolation } from '../services/write-services.ts';

let t: TestApp;
let cm2: string;
let cm: string;
let c1: string;
let c2: string;
let walkIn: string;
let c4: string;
const night = daysAgo(1);

beforeAll(async () => {
  t = await createTestApp();
  [cm, cm2] = await Promise.all([t.login('casemanager'), t.login('casemanager2')]);
  [c1, c2, walkIn, c4] = (await createClients(t, cm2, [{}, {}, {}, {}])) as [string, string, string, string];
  await enroll(t, cm2, [
    { PersonalID: c1, ProjectID: 'PRJ-NBN', EntryDate: daysAgo(30) },
    { PersonalID: c2, ProjectID: 'PRJ-NBN', EntryDate: daysAgo(30) },
    { PersonalID: c4, ProjectID: 'PRJ-NBN', EntryDate: daysAgo(30) },
  ]);
});
afterAll(() => t.close());

const newBatch = async (cookie = cm2, body: Record<string, unknown> = {}) =>
  t.as(cookie).post('/api/batches', {
    name: 'Tuesday night',
    projectId: 'PRJ-NBN',
    serviceTypeId: 'SVC-001',
    DateProvided: night,
    units: 1,
    unitValue: 0,
    ...body,
  });
const scan = (batchId: string, personalId: string) => t.as(cm2).post(`/api/batches/${batchId}/entries`, { personalId });

describe('service batches', () => {
  it('creates a batch for a project of the user’s organization only, with a valid service', async () => {
    const res = await newBatch();
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      name: 'Tuesday night',
      ProjectName: 'Open Door Night Shelter',
      serviceName: 'Bed Night',
      status: 'open',
      entryCount: 0,
      createdBy: { name: 'Jordan Rivera' },
    });
    expect((await newBatch(cm)).statusCode).toBe(403);
    const bad = await newBatch(cm2, { serviceTypeId: 'SVC-404', units: -2 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.units).toContain('more than 0');
    const unknown = await newBatch(cm2, { serviceTypeId: 'SVC-404' });
    expect(unknown.json().error.fields.serviceTypeId).toContain('Unknown service type');
    const list = await t.as(cm2).get('/api/batches');
    expect(list.json().items.map((b: { name: string }) => b.name)).toEqual(['Tuesday night']);
    expect((await t.as(cm).get('/api/batches')).json().items).toEqual([]);
  });

  it('flags No open enrollment and Duplicate, refuses unknown IDs, and posts once even when posted twice', async () => {
    const batch = (await newBatch()).json();
    const first = await scan(batch.id, c1);
    expect(first.statusCode).toBe(201);
    expect(first.json().entry).toMatchObject({ PersonalID: c1, flagLabel: 'Ready' });
    expect((await scan(batch.id, c2)).json().entry.flagLabel).toBe('Ready');
    expect((await scan(batch.id, walkIn)).json().entry.flagLabel).toBe('No open enrollment');
    const dup = await scan(batch.id, c1);
    expect(dup.json().entry).toMatchObject({
      flagLabel: 'Duplicate',
      flagReason: 'Scanned earlier in this batch: only the first scan is posted',
    });
    expect(dup.json().summary).toEqual({ ready: 2, noOpenEnrollment: 1, duplicate: 1, alreadyServed: 0, posted: 0 });
    const unknown = await scan(batch.id, '9999999');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.fields.personalId).toContain('No client has the ID 9999999');

    const review = await t.as(cm2).get(`/api/batches/${batch.id}`);
    expect(review.statusCode).toBe(200);
    const { entries, batch: current } = review.json();
    expect(entries.map((e: { flagLabel: string }) => e.flagLabel)).toEqual([
      'Ready',
      'Ready',
      'No open enrollment',
      'Duplicate',
    ]);
    expect(current.entryCount).toBe(4);

    const stale = await t.as(cm2).post(`/api/batches/${batch.id}/post`, { version: batch.version });
    expect(stale.statusCode).toBe(409);

    const [a, b] = await Promise.all([
      t.as(cm2).post(`/api/batches/${batch.id}/post`, { version: current.version }),
      t.as(cm2).post(`/api/batches/${batch.id}/post`, { version: current.version }),
    ]);
    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
    const results = [a.json(), b.json()].sort((x, y) => Number(x.alreadyPosted) - Number(y.alreadyPosted));
    expect(results[0]).toMatchObject({ posted: 2, skipped: 2, alreadyPosted: false, batch: { status: 'posted' } });
    expect(results[1]).toMatchObject({ posted: 0, alreadyPosted: true, batch: { status: 'posted', postedCount: 2 } });
    const retry = await t.as(cm2).post(`/api/batches/${batch.id}/post`, { version: current.version });
    expect(retry.json()).toMatchObject({ alreadyPosted: true });

    const services = await t.database.db.select().from(serviceTable).where(eq(serviceTable.dateProvided, night));
    expect(services.map((s) => s.personalId).sort()).toEqual([c1, c2].sort());
    const hud = await t.database.db.select().from(servicesTable).where(eq(servicesTable.DateProvided, night));
    expect(hud.map((h) => [h.PersonalID, h.RecordType]).sort()).toEqual(
      [
        [c1, RecordType.BedNight],
        [c2, RecordType.BedNight],
      ].sort(),
    );
    const after = (await t.as(cm2).get(`/api/batches/${batch.id}`)).json();
    expect(after.summary).toMatchObject({ posted: 2 });
    expect((await scan(batch.id, c4)).statusCode).toBe(409);

    // The database itself refuses a second service for the same scanned entry.
    const [posted] = services;
    if (!posted) throw new Error('no posted service');
    const refused = await t.database.db
      .insert(serviceTable)
      .values({ ...posted, id: 'second-try', servicesId: null, bedNight: false })
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(isUniqueViolation(refused, 'service_batch_entry_once')).toBe(true);
  });

  it('says when a client already has the night from another batch (not Duplicate), and removes entries', async () => {
    const batch = (await newBatch(cm2, { name: 'Second look' })).json();
    const served = await scan(batch.id, c2);
    expect(served.json().entry).toMatchObject({
      flag: 'already_served',
      flagLabel: `Already received this service on ${night}`,
      flagReason: 'It was recorded outside this batch, so it will not be posted again',
    });
    expect(served.json().summary).toMatchObject({ duplicate: 0, alreadyServed: 1 });
    const extra = (await scan(batch.id, c4)).json().entry;
    const twice = (await scan(batch.id, c4)).json().entry;
    expect(twice.flagLabel).toBe('Duplicate');
    const del = await t.as(cm2).delete(`/api/batches/${batch.id}/entries/${extra.id}`);
    expect(del.statusCode).toBe(200);
    const review = (await t.as(cm2).get(`/api/batches/${batch.id}`)).json();
    expect(review.entries.map((e: { id: string; flagLabel: string }) => [e.id, e.flagLabel])).toEqual([
      [expect.any(String), `Already received this service on ${night}`],
      [twice.id, 'Ready'],
    ]);
    // A Spanish reader reads the same flags and reasons in Spanish.
    const inSpanish = await t.app.inject({
      method: 'GET',
      url: `/api/batches/${batch.id}`,
      headers: { cookie: cm2, 'accept-language': 'es' },
    });
    expect(
      inSpanish
        .json()
        .entries.map((e: { flagLabel: string; flagReason: string | null }) => [e.flagLabel, e.flagReason]),
    ).toEqual([
      [`Ya recibió este servicio el ${night}`, 'Se registró fuera de este lote, así que no se registrará de nuevo'],
      ['Listo', null],
    ]);
    const posted = await t.as(cm2).post(`/api/batches/${batch.id}/post`, { version: review.batch.version });
    expect(posted.json()).toMatchObject({ posted: 1, skipped: 1 });
    expect((await t.as(cm2).delete(`/api/batches/${batch.id}/entries/${twice.id}`)).statusCode).toBe(409);
  });

  it('hides a batch from other organizations, and posts nothing from a batch with no Ready entry', async () => {
    const batch = (await newBatch()).json();
    await scan(batch.id, walkIn);
    const review = (await t.as(cm2).get(`/api/batches/${batch.id}`)).json();
    const empty = await t.as(cm2).post(`/api/batches/${batch.id}/post`, { version: review.batch.version });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.message).toContain('Nothing to post');
    expect((await t.as(cm2).get(`/api/batches/${batch.id}`)).json().batch.status).toBe('open');
    expect((await t.as(cm).get(`/api/batches/${batch.id}`)).statusCode).toBe(404);
    expect((await t.as(cm).post(`/api/batches/${batch.id}/entries`, { personalId: c1 })).statusCode).toBe(404);
  });
});
