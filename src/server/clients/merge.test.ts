import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { hudNow, newId } from '../http/ids.ts';
import { addClient, addEnrollment, importClient, upload } from './test-kit.ts';

let t: TestApp;
let cm: string;
let dqo: string;
let admin: string;

beforeAll(async () => {
  t = await createTestApp();
  [cm, dqo, admin] = [await t.login('casemanager'), await t.login('dqo'), await t.login('admin')];
  // Tables another feature might add later: the merge must find them without being told.
  await t.database.raw.exec(`
    CREATE TABLE later_feature_assignment (id serial PRIMARY KEY, personal_id varchar(32) NOT NULL, note text,
      version integer NOT NULL DEFAULT 1, updated_at timestamptz NOT NULL DEFAULT now());
    CREATE TABLE later_feature_tag (client_id varchar(32) NOT NULL, tag text NOT NULL);`);
});
afterAll(() => t.close());

type Pair = { a: { PersonalID: string }; b: { PersonalID: string }; reasons: string[] };
const report = async (cookie = dqo) => {
  const res = await t.as(cookie).get('/api/reports/duplicate-candidates');
  expect(res.statusCode).toBe(200);
  return res.json().items as Pair[];
};
const pairOf = (items: Pair[], x: string, y: string) =>
  items.find((p) => [p.a.PersonalID, p.b.PersonalID].sort().join() === [x, y].sort().join());

async function rowsOf(personalId: string) {
  const q = async (sqlText: string) =>
    (await t.database.raw.query<{ k: string }>(sqlText, [personalId])).rows.map((r) => r.k).sort();
  return {
    enrollment: await q('SELECT enrollment_id AS k FROM enrollment WHERE personal_id = $1'),
    exit: await q('SELECT exit_id AS k FROM exit WHERE personal_id = $1'),
    services: await q('SELECT services_id AS k FROM services WHERE personal_id = $1'),
    file: await q('SELECT id AS k FROM client_file WHERE personal_id = $1'),
    photo: await q('SELECT id AS k FROM client_photo WHERE personal_id = $1'),
    other: await q('SELECT id AS k FROM interested_other WHERE personal_id = $1'),
    assignment: await q('SELECT id::text AS k FROM later_feature_assignment WHERE personal_id = $1'),
    tag: await q('SELECT tag AS k FROM later_feature_tag WHERE client_id = $1'),
  };
}

describe('duplicates', () => {
  it('lets any user flag two records, and lists flags and 2-of-3 pairs on the report', async () => {
    // Imported records skip the create-time check, so the report is where they surface.
    const a = await importClient(t.database, {
      FirstName: 'Peter',
      LastName: 'Abernathy',
      DOB: '1950-01-01',
      SSN: '111223333',
    });
    const b = await importClient(t.database, {
      FirstName: 'Pete',
      LastName: 'Abernathy',
      DOB: '1950-01-01',
      SSN: '111223333',
    });
    const c = await addClient(t, cm, { FirstName: 'Clementine', LastName: 'Pennyfeather', DOB: '1992-02-02' });
    const d = await addClient(t, cm, { FirstName: 'Clem', LastName: 'Pennyfeather', DOB: '1992-03-03' });
    const flag = await t.as(cm).post('/api/clients/duplicate-flags', {
      personalIdA: d.PersonalID,
      personalIdB: c.PersonalID,
      note: 'Same person, nickname',
    });
    expect(flag.json()).toMatchObject({ alreadyFlagged: false });
    const again = await t
      .as(cm)
      .post('/api/clients/duplicate-flags', { personalIdA: c.PersonalID, personalIdB: d.PersonalID });
    expect(again.json()).toMatchObject({ alreadyFlagged: true, flagId: flag.json().flagId });

    const items = await report();
    expect(pairOf(items, a, b)?.reasons).toEqual(['SSN', 'date of birth']);
    expect(pairOf(items, c.PersonalID, d.PersonalID)?.reasons).toEqual(['flagged by a user']);
    expect(items[0]?.reasons[0]).toBe('flagged by a user');
    expect((await t.as(cm).get('/api/reports/duplicate-candidates')).statusCode).toBe(403);
  });

  it('takes a pair marked "not the same person" off the report', async () => {
    const x = await importClient(t.database, { FirstName: 'Twin', LastName: 'Sameday', DOB: '2001-01-01' });
    const y = await importClient(t.database, { FirstName: 'Twin', LastName: 'Sameday', DOB: '2001-01-01' });
    expect(pairOf(await report(), x, y)?.reasons).toEqual(['name', 'date of birth']);
    const res = await t.as(dqo).post('/api/clients/not-duplicates', { personalIdA: y, personalIdB: x });
    expect(res.statusCode).toBe(200);
    expect(pairOf(await report(), x, y)).toBeUndefined();
  });
});

describe('merge and undo', () => {
  let survivor: { PersonalID: string; version: number };
  let merged: { PersonalID: string; version: number };
  let before: Awaited<ReturnType<typeof rowsOf>>;
  let mergedBefore: Record<string, unknown>;
  let mergeId = '';

  beforeAll(async () => {
    survivor = await addClient(t, cm, {
      FirstName: 'Hector',
      LastName: 'Escaton',
      DOB: '1966-06-06',
      SSN: '222-33-4444',
    });
    merged = await addClient(t, cm, {
      FirstName: 'Hector',
      LastName: 'Escaton',
      DOB: '1966-06-16',
      SSN: '222-33-4444',
    });
    const m = merged.PersonalID;
    const enrollmentId = await addEnrollment(t.database, {
      personalId: m,
      projectId: 'PRJ-ES',
      entryDate: '2024-02-01',
      exitDate: '2024-03-01',
    });
    await t.database.raw.query(
      `INSERT INTO services (services_id, enrollment_id, personal_id, date_provided, record_type, type_provided,
         date_created, date_updated, user_id) VALUES ($1, $2, $3, '2024-02-02', 200, 200, $4, $4, 'USR-ADMIN')`,
      [newId(), enrollmentId, m, hudNow()],
    );
    const photo = await sharp({ create: { width: 20, height: 20, channels: 3, background: '#123' } })
      .png()
      .toBuffer();
    await upload(t, cm, `/api/clients/${m}/photo`, [
      { name: 'photo', filename: 'p.png', type: 'image/png', data: photo },
    ]);
    await upload(t, cm, `/api/clients/${m}/files`, [
      { name: 'file', filename: 'id.txt', type: 'text/plain', data: Buffer.from('id') },
    ]);
    await t.as(cm).post(`/api/clients/${m}/interested-others`, { otherType: 'Friend', name: 'Lawrence' });
    await t.database.raw.query('INSERT INTO later_feature_assignment (personal_id, note) VALUES ($1, $2)', [m, 'CM']);
    await t.database.raw.query('INSERT INTO later_feature_tag (client_id, tag) VALUES ($1, $2)', [
      m,
      'veteran-outreach',
    ]);
    before = await rowsOf(m);
    mergedBefore = (await t.as(admin).get(`/api/clients/${m}`)).json();
    merged = { ...merged, version: mergedBefore.version as number };
  });

  it('is for HMIS admins only', async () => {
    const res = await t.as(dqo).post('/api/clients/merges', {
      survivorId: survivor.PersonalID,
      mergedId: merged.PersonalID,
      survivorVersion: survivor.version,
      mergedVersion: merged.version,
    });
    expect(res.statusCode).toBe(403);
  });

  it('refuses a stale version', async () => {
    const res = await t.as(admin).post('/api/clients/merges', {
      survivorId: survivor.PersonalID,
      mergedId: merged.PersonalID,
      survivorVersion: survivor.version,
      mergedVersion: merged.version + 1,
    });
    expect(res.statusCode).toBe(409);
  });

  it('moves every row of the merged client to the survivor, with the chosen values, in one step', async () => {
    const compare = await t.as(admin).get(`/api/clients/compare?a=${survivor.PersonalID}&b=${merged.PersonalID}`);
    expect(compare.json().rows[1]).toMatchObject({ enrollment: 1, services: 1, client_file: 1, later_feature_tag: 1 });
    const res = await t.as(admin).post('/api/clients/merges', {
      survivorId: survivor.PersonalID,
      mergedId: merged.PersonalID,
      survivorVersion: survivor.version,
      mergedVersion: merged.version,
      choices: { dob: 'merged', photo: 'merged' },
    });
    expect(res.statusCode).toBe(200);
    mergeId = res.json().mergeId;
    expect(res.json().survivor).toMatchObject({ DOB: '1966-06-16', hasPhoto: true });
    expect(res.json().moved).toMatchObject({
      enrollment: 1,
      exit: 1,
      services: 1,
      later_feature_assignment: 1,
      later_feature_tag: 1,
    });

    const after = await rowsOf(survivor.PersonalID);
    for (const [table, ids] of Object.entries(before)) expect(after[table as keyof typeof after], table).toEqual(ids);
    const gone = await t.as(cm).get(`/api/clients/${merged.PersonalID}`);
    expect(gone.statusCode).toBe(404);
    expect(gone.json().error).toMatchObject({ code: 'client_merged', mergedInto: survivor.PersonalID });
    const search = await t.as(cm).get('/api/clients?search=hector%20escaton');
    expect(search.json().items.map((i: { PersonalID: string }) => i.PersonalID)).toEqual([survivor.PersonalID]);
    const audit = await t.as(admin).get(`/api/admin/audit?clientId=${merged.PersonalID}&action=client.merged`);
    expect(audit.json().items[0].detail).toMatchObject({ survivorId: survivor.PersonalID });
  });

  it('undoes exactly: the moved rows go back, later rows stay, both clients are as before', async () => {
    await upload(t, cm, `/api/clients/${survivor.PersonalID}/files`, [
      { name: 'file', filename: 'after-merge.txt', type: 'text/plain', data: Buffer.from('new') },
    ]);
    const res = await t.as(admin).post(`/api/clients/merges/${mergeId}/undo`);
    expect(res.statusCode).toBe(200);
    expect(await rowsOf(merged.PersonalID)).toEqual(before);
    const survivorRows = await rowsOf(survivor.PersonalID);
    expect(survivorRows.enrollment).toEqual([]);
    expect(survivorRows.file).toHaveLength(1);

    const back = (await t.as(admin).get(`/api/clients/${merged.PersonalID}`)).json();
    const { version, DateUpdated, ...same } = mergedBefore;
    expect(back).toMatchObject(same);
    const survivorNow = (await t.as(admin).get(`/api/clients/${survivor.PersonalID}`)).json();
    expect(survivorNow).toMatchObject({ DOB: '1966-06-06', hasPhoto: false });
    expect((await t.as(admin).post(`/api/clients/merges/${mergeId}/undo`)).statusCode).toBe(409);
    const history = (await t.as(admin).get('/api/clients/merges')).json().items;
    expect(history[0]).toMatchObject({ id: mergeId, undoneAt: expect.any(String) });
  });

  it('never merges across the privacy boundary of a restricted record', async () => {
    const open = await addClient(t, cm, { FirstName: 'Open', LastName: 'Record', DOB: '1977-07-07' });
    const closed = await addClient(t, cm, {
      FirstName: 'Open',
      LastName: 'Record',
      DOB: '1977-07-07',
      restrictToOrganization: true,
    });
    const res = await t.as(admin).post('/api/clients/merges', {
      survivorId: open.PersonalID,
      mergedId: closed.PersonalID,
      survivorVersion: 1,
      mergedVersion: 1,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('privacy_boundary');
  });
});
