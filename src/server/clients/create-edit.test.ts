import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { clientTable } from '../../db/schema/index.ts';
import { loadAuthUser } from '../auth/session-hook.ts';
import { clientInputSchema } from './client-schemas.ts';
import { createClient } from './create-client.ts';
import { addClient } from './test-kit.ts';

let t: TestApp;
let cm: string;
const clientCount = async () => t.database.db.$count(clientTable);

beforeAll(async () => {
  t = await createTestApp();
  cm = await t.login('casemanager');
});
afterAll(() => t.close());

describe('create client', () => {
  it('answers 201 with the client, a numeric PersonalID from 1000001 and version 1', async () => {
    const res = await t.as(cm).post('/api/clients', {
      FirstName: 'Dolores',
      LastName: 'Abernathy',
      SSN: '345-67-8901',
      DOB: '1979-02-11',
      Sex: 0,
      White: 1,
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      PersonalID: '1000001',
      FirstName: 'Dolores',
      NameDataQuality: 1,
      SSNDataQuality: 1,
      DOBDataQuality: 1,
      RaceNone: null,
      VeteranStatus: 99,
      version: 1,
      SSN: 'xxxxx8901',
      ssnDisplay: '***-**-8901',
    });
  });

  it('skips a PersonalID an import already used', async () => {
    await t.database.db.insert(clientTable).values({
      PersonalID: '1000002',
      FirstName: 'Imported',
      LastName: 'Person',
      NameDataQuality: 1,
      SSNDataQuality: 99,
      DOBDataQuality: 99,
      AmIndAKNative: 0,
      Asian: 0,
      BlackAfAmerican: 0,
      HispanicLatinao: 0,
      MidEastNAfrican: 0,
      NativeHIPacific: 0,
      White: 0,
      RaceNone: 99,
      VeteranStatus: 99,
      DateCreated: '2020-01-01 00:00:00',
      DateUpdated: '2020-01-01 00:00:00',
      UserID: 'import',
    });
    const created = await addClient(t, cm, { FirstName: 'Teddy', LastName: 'Flood', DOB: '1985-06-01' });
    expect(created.PersonalID).toBe('1000003');
  });

  it('refuses a likely duplicate with 409 and the candidates, then creates it once confirmed', async () => {
    const twin = { FirstName: 'Delores', LastName: 'Abernathy', DOB: '1979-02-11', White: 1 };
    const before = await clientCount();
    const res = await t.as(cm).post('/api/clients', twin);
    expect(res.statusCode).toBe(409);
    const body = res.json().error;
    expect(body.code).toBe('possible_duplicate');
    expect(body.candidates).toEqual([
      expect.objectContaining({ PersonalID: '1000001', reasons: ['date of birth', 'similar name'] }),
    ]);
    expect(await clientCount()).toBe(before);

    const ok = await t.as(cm).post('/api/clients', { ...twin, confirmedNotDuplicate: true });
    expect(ok.statusCode).toBe(201);
    const id = ok.json().PersonalID;
    const { rows } = await t.database.raw.query<{ reason: string }>(
      'SELECT reason FROM client_not_duplicate WHERE personal_id_b = $1',
      [id],
    );
    const [pair] = rows;
    expect(pair?.reason).toBe('confirmed_at_create');
    const admin = await t.login('admin');
    const audit = await t.as(admin).get(`/api/admin/audit?clientId=${id}&action=client.duplicate_override`);
    expect(audit.json().items[0].detail).toEqual({ candidateIds: ['1000001'] });
  });

  it('applies the 2-of-3 rule: SSN and DOB agree although the name does not', async () => {
    const res = await t
      .as(cm)
      .post('/api/clients', { FirstName: 'Wyatt', LastName: 'Earp', SSN: '345678901', DOB: '1979-02-11' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.candidates[0].reasons).toEqual(['SSN', 'date of birth']);
  });

  it('creates without a warning when only the name agrees', async () => {
    const res = await t.as(cm).post('/api/clients', { FirstName: 'Teddy', LastName: 'Flood', DOB: '1990-12-12' });
    expect(res.statusCode).toBe(201);
  });

  it('answers 400 with a message for each bad field and writes nothing', async () => {
    const before = await clientCount();
    const res = await t.as(cm).post('/api/clients', {
      FirstName: 'x'.repeat(51),
      LastName: 'Valid',
      SSN: '000-12-3456',
      SSNDataQuality: 1,
      DOB: '2999-01-01',
      Sex: 7,
      VeteranStatus: 0,
      MilitaryBranch: 1,
    });
    expect(res.statusCode).toBe(400);
    const { fields } = res.json().error;
    expect(fields).toMatchObject({
      FirstName: 'Names can be at most 50 characters',
      SSN: expect.stringContaining('000'),
      DOB: 'The date of birth cannot be in the future',
      Sex: expect.stringContaining('not a HUD answer'),
      MilitaryBranch: 'Only recorded for veterans',
    });
    expect(await clientCount()).toBe(before);
  });

  it.each([
    [{ DOB: '1899-12-31' }, 'DOB', 'The date of birth cannot be before 1900'],
    [{ DOB: '2023-02-30' }, 'DOB', 'Enter a real date of birth as yyyy-mm-dd'],
    [{ SSN: '123-45-6789' }, 'SSN', 'This is a well-known placeholder, not a real SSN'],
    [{ SSN: '12345678' }, 'SSN', 'A full SSN has exactly 9 digits'],
    [{ SSN: '234-56-7890', SSNDataQuality: 99 }, 'SSNDataQuality', 'An SSN is entered: choose full or partial SSN'],
    [{ NameDataQuality: 1, LastName: null }, 'LastName', 'Enter the last name, or choose a partial name'],
    [{ White: 1, RaceNone: 99 }, 'RaceNone', expect.stringContaining('leave')],
    [{ Sex: 'female' }, 'Sex', 'Choose one of the listed answers'],
  ])('rejects %j', async (bad, field, message) => {
    const res = await t.as(cm).post('/api/clients', { FirstName: 'Maeve', LastName: 'Millay', ...bad });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[field]).toEqual(message);
  });

  it('is usable inside another feature’s transaction: a later failure leaves nothing behind', async () => {
    const user = await loadAuthUser({ database: t.database } as Parameters<typeof loadAuthUser>[0], 'USR-CM');
    if (!user) throw new Error('no demo case manager');
    const ctx = { user, sessionId: 'test', ip: '127.0.0.1' };
    const before = await clientCount();
    await expect(
      t.database.db.transaction(async (tx) => {
        const input = clientInputSchema.parse({ FirstName: 'Quick', LastName: 'Added', DOB: '2015-05-05' });
        const child = await createClient(tx, ctx, input);
        expect(child.PersonalID).toMatch(/^\d{7}$/);
        throw new Error('the intake failed later');
      }),
    ).rejects.toThrow('the intake failed later');
    expect(await clientCount()).toBe(before);
  });
});

describe('edit client', () => {
  it('saves against the version read, and answers 409 to a stale version', async () => {
    const c = await addClient(t, cm, { FirstName: 'Bernard', LastName: 'Lowe', DOB: '1970-04-04', SSN: '456-78-9012' });
    const first = await t.as(cm).patch(`/api/clients/${c.PersonalID}`, { version: 1, MiddleName: 'Arnold' });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ MiddleName: 'Arnold', version: 2 });
    const stale = await t.as(cm).patch(`/api/clients/${c.PersonalID}`, { version: 1, MiddleName: 'Other' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('stale_version');
    const now = await t.as(cm).get(`/api/clients/${c.PersonalID}`);
    expect(now.json()).toMatchObject({ MiddleName: 'Arnold', version: 2 });
  });

  it('refuses veteran status here: it changes only through enrollment workflows', async () => {
    const c = await addClient(t, cm, { FirstName: 'Logan', LastName: 'Delos', DOB: '1980-01-01' });
    const res = await t.as(cm).patch(`/api/clients/${c.PersonalID}`, { version: 1, VeteranStatus: 1 });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.VeteranStatus).toContain('enrollment workflow');
  });

  it('keeps the SSN when the masked value comes back, and derives data quality from a new value', async () => {
    const c = await addClient(t, cm, { FirstName: 'Elsie', LastName: 'Hughes', SSN: '567-89-0123' });
    const same = await t
      .as(cm)
      .patch(`/api/clients/${c.PersonalID}`, { version: 1, SSN: 'xxxxx0123', MiddleName: 'K' });
    expect(same.statusCode).toBe(200);
    const dqo = await t.login('dqo');
    expect((await t.as(dqo).get(`/api/clients/${c.PersonalID}`)).json().SSN).toBe('567890123');
    const dob = await t.as(cm).patch(`/api/clients/${c.PersonalID}`, { version: 2, DOB: '1988-08-18' });
    expect(dob.json()).toMatchObject({ DOBDataQuality: 1, dobDisplay: '**/**/1988' });
  });

  it('answers 404 for a client that does not exist', async () => {
    expect((await t.as(cm).patch('/api/clients/9999999', { version: 1, MiddleName: 'X' })).statusCode).toBe(404);
  });
});

describe('client dashboard', () => {
  it('lists missing and not-collected universal data elements, and audits the view', async () => {
    const c = await addClient(t, cm, { FirstName: 'Angela', LastName: 'Nobody' });
    const res = await t.as(cm).get(`/api/clients/${c.PersonalID}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().dataQualityAlerts.map((a: { message: string }) => a.message)).toEqual([
      'SSN: data not collected',
      'Date of birth: data not collected',
      'Sex: data not collected',
      'Race and ethnicity: data not collected',
      'Veteran status: data not collected',
    ]);
    const admin = await t.login('admin');
    const audit = await t.as(admin).get(`/api/admin/audit?clientId=${c.PersonalID}&action=client.read`);
    expect(audit.json().items[0]).toMatchObject({ username: 'casemanager', detail: { view: 'dashboard' } });
  });
});
