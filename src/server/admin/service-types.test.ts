import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { RecordType } from '../../hud/codes.ts';

let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
});
afterAll(() => t.close());

type Item = { id: string; name: string; active: boolean; version: number };

describe('service-type catalog', () => {
  it('every signed-in user reads the active service types with HUD labels', async () => {
    const cm = await t.login('casemanager');
    const res = await t.as(cm).get('/api/service-types');
    expect(res.statusCode).toBe(200);
    const bedNight = res.json().items.find((i: Item) => i.name === 'Bed Night');
    expect(bedNight).toMatchObject({
      recordType: RecordType.BedNight,
      typeProvided: 200,
      recordTypeLabel: 'Bed Night',
      typeProvidedLabel: 'Bed Night',
      unitLabel: 'Night',
    });
  });

  it('an HMIS admin adds a HUD-mapped service type; TypeProvided must fit its RecordType', async () => {
    const wrong = await t.as(admin).post('/api/admin/service-types', {
      name: 'SSVF Outreach',
      category: 'SSVF',
      unitLabel: 'Contact',
      recordType: RecordType.SsvfService,
      typeProvided: 99,
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields).toEqual({
      typeProvided: 'Choose a type provided from HUD list V2.2 for this record type',
    });
    const half = await t.as(admin).post('/api/admin/service-types', {
      name: 'SSVF Outreach',
      category: 'SSVF',
      unitLabel: 'Contact',
      recordType: RecordType.SsvfService,
    });
    expect(half.json().error.fields).toEqual({ typeProvided: 'Choose the HUD type of service provided' });
    const ok = await t.as(admin).post('/api/admin/service-types', {
      name: 'SSVF Outreach',
      category: 'SSVF',
      unitLabel: 'Contact',
      recordType: RecordType.SsvfService,
      typeProvided: 1,
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ typeProvidedLabel: 'Outreach services', active: true, version: 1 });
    const dup = await t
      .as(admin)
      .post('/api/admin/service-types', { name: 'ssvf outreach', category: 'x', unitLabel: 'y' });
    expect(dup.json().error.fields).toEqual({ name: 'Another service type already has this name' });
  });

  it('an inactive service type disappears from the picker list but stays in the admin list', async () => {
    const created = (
      await t
        .as(admin)
        .post('/api/admin/service-types', { name: 'Laundry', category: 'Basic Needs', unitLabel: 'Load' })
    ).json();
    const url = `/api/admin/service-types/${created.id}`;
    const body = { name: 'Laundry', category: 'Basic Needs', unitLabel: 'Load', active: false, version: 1 };
    const res = await t.as(admin).put(url, body);
    expect(res.json()).toMatchObject({ active: false, version: 2 });
    expect((await t.as(admin).put(url, { ...body, unitLabel: 'Bag' })).statusCode).toBe(409);
    const bad = await t.as(admin).put(url, { ...body, name: '', recordType: 999, version: 2 });
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(['name', 'recordType']);
    const visible = (await t.as(admin).get('/api/service-types')).json().items.map((i: Item) => i.name);
    expect(visible).not.toContain('Laundry');
    const everything = (await t.as(admin).get('/api/admin/service-types')).json().items.map((i: Item) => i.name);
    expect(everything).toContain('Laundry');
    const audit = (await t.as(admin).get(`/api/admin/audit?entityId=${created.id}`)).json().items;
    expect(audit.map((a: { action: string }) => a.action)).toEqual([
      'admin.service_type_updated',
      'admin.service_type_created',
    ]);
  });

  it('is for HMIS admins only', async () => {
    const dqo = t.as(await t.login('dqo'));
    expect((await dqo.get('/api/admin/service-types')).statusCode).toBe(403);
    expect((await dqo.post('/api/admin/service-types', {})).statusCode).toBe(403);
    expect((await dqo.put('/api/admin/service-types/SVC-001', {})).statusCode).toBe(403);
    expect((await dqo.get('/api/admin/audit/actions')).statusCode).toBe(403);
  });

  it('lists the audit trail’s action names for the audit screen filter', async () => {
    const res = await t.as(admin).get('/api/admin/audit/actions');
    expect(res.json().items).toEqual(expect.arrayContaining(['admin.service_type_created', 'auth.login']));
  });
});
