// SSN and date of birth for roles that see them masked: entering and correcting them, and the
// audited Reveal.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { DOBDataQuality, SSNDataQuality } from '../../hud/codes.ts';
import { addClient } from './test-kit.ts';

let t: TestApp;
let cm: string;
let dqo: string;
let admin: string;
beforeAll(async () => {
  t = await createTestApp();
  cm = await t.login('casemanager');
  dqo = await t.login('dqo');
  admin = await t.login('admin');
});
afterAll(() => t.close());

const read = async (cookie: string, id: string) => (await t.as(cookie).get(`/api/clients/${id}`)).json();
const piiViews = async (id: string) =>
  ((await t.as(admin).get(`/api/admin/audit?clientId=${id}&action=client.pii_view&limit=100`)).json().items as {
    username: string;
  }[]) ?? [];

describe('a case manager and SSN / date of birth', () => {
  it('records an SSN and a date of birth on a client that had none, and then sees them masked', async () => {
    const c = await addClient(t, cm, { FirstName: 'Pia', LastName: 'Maskell' });
    const res = await t.as(cm).patch(`/api/clients/${c.PersonalID}`, {
      SSN: '219-44-5083',
      SSNDataQuality: SSNDataQuality.Full,
      DOB: '1979-06-02',
      DOBDataQuality: DOBDataQuality.Full,
      version: c.version,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      piiMasked: true,
      DOB: null,
      ssnDisplay: '***-**-5083',
      dobDisplay: '**/**/1979',
    });
    expect(await read(dqo, c.PersonalID)).toMatchObject({ SSN: '219445083', DOB: '1979-06-02' });
  });

  it('corrects them, and what a masked reader sends back unchanged keeps the stored values', async () => {
    const c = await addClient(t, cm, { FirstName: 'Ravi', LastName: 'Maskell', SSN: '219445084', DOB: '1980-01-01' });
    const seen = await read(cm, c.PersonalID);
    // The edit form sends back what it read: the partial SSN and no DOB.
    const same = await t.as(cm).patch(`/api/clients/${c.PersonalID}`, {
      SSN: seen.SSN,
      DOB: seen.DOB,
      MiddleName: 'K',
      version: seen.version,
    });
    expect(same.statusCode, same.body).toBe(200);
    expect(await read(dqo, c.PersonalID)).toMatchObject({ SSN: '219445084', DOB: '1980-01-01', MiddleName: 'K' });
    const fixed = await t.as(cm).patch(`/api/clients/${c.PersonalID}`, {
      SSN: '219445085',
      DOB: '1981-02-03',
      version: same.json().version,
    });
    expect(fixed.statusCode, fixed.body).toBe(200);
    expect(await read(dqo, c.PersonalID)).toMatchObject({ SSN: '219445085', DOB: '1981-02-03' });
  });

  it('clears them only when the data quality says there is none', async () => {
    const c = await addClient(t, cm, { FirstName: 'Una', LastName: 'Maskell', SSN: '219445086', DOB: '1982-01-01' });
    const res = await t.as(cm).patch(`/api/clients/${c.PersonalID}`, {
      SSN: null,
      SSNDataQuality: SSNDataQuality.ClientPrefersNotToAnswer,
      version: c.version,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(await read(dqo, c.PersonalID)).toMatchObject({ SSN: null, DOB: '1982-01-01' });
  });

  it('reveals the full values with an audited PII view, one audit row per reveal', async () => {
    const c = await addClient(t, cm, { FirstName: 'Vera', LastName: 'Maskell', SSN: '219445087', DOB: '1983-04-05' });
    const before = (await piiViews(c.PersonalID)).length;
    const res = await t.as(cm).post(`/api/clients/${c.PersonalID}/pii-view`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      SSN: '219445087',
      DOB: '1983-04-05',
      ssnDisplay: '219-44-5087',
      dobDisplay: '04/05/1983',
    });
    const views = await piiViews(c.PersonalID);
    expect(views.length).toBe(before + 1);
    expect(views[0]?.username).toBe('casemanager');
    // An ordinary read stays masked afterwards.
    expect((await read(cm, c.PersonalID)).piiMasked).toBe(true);
  });

  it('answers 404 for a client the user may not see, and writes no PII view', async () => {
    expect((await t.as(admin).put('/api/auth/organization', { organizationId: 'ORG-SH' })).statusCode).toBe(200);
    const hidden = await addClient(t, admin, { FirstName: 'Hana', LastName: 'Hiddenly', SSN: '219445088' });
    expect((await t.as(admin).put('/api/auth/organization', { organizationId: 'ORG-HHP' })).statusCode).toBe(200);
    const res = await t.as(cm).post(`/api/clients/${hidden.PersonalID}/pii-view`);
    expect(res.statusCode).toBe(404);
    expect(await piiViews(hidden.PersonalID)).toEqual([]);
    expect((await t.as(cm).post('/api/clients/999999999/pii-view')).statusCode).toBe(404);
  });
});
