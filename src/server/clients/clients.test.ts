// Clients API: create with validation and duplicate check, Find Client, edit with optimistic locking, privacy.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { SSNDataQuality } from '../../hud/codes.ts';
import { addEnrollment } from './test-kit.ts';

let t: TestApp;
let cm: string;
beforeAll(async () => {
  t = await createTestApp();
  cm = await t.login('casemanager');
});
afterAll(() => t.close());

const maria = { FirstName: 'Maria', LastName: 'Quintero', SSN: '123-45-6781', DOB: '1985-03-14' };

async function search(cookie: string, q: string) {
  const res = await t.as(cookie).get(`/api/clients?search=${encodeURIComponent(q)}`);
  expect(res.statusCode).toBe(200);
  return res.json() as { items: { PersonalID: string; ssnDisplay: string | null }[]; total: number };
}

describe('create', () => {
  let created: { PersonalID: string; version: number };

  it('answers 201 with a numeric PersonalID and a version', async () => {
    const res = await t.as(cm).post('/api/clients', maria);
    expect(res.statusCode).toBe(201);
    created = res.json();
    expect(created.PersonalID).toMatch(/^\d+$/);
    expect(Number(created.PersonalID)).toBeGreaterThanOrEqual(1000001);
    expect(created.version).toBe(1);
  });

  it.each([
    ['an invalid SSN', { SSN: '000123456', SSNDataQuality: SSNDataQuality.Full }, 'SSN', /000/],
    ['a future DOB', { DOB: '2999-01-01' }, 'DOB', /future/],
    ['a DOB before 1900', { DOB: '1899-12-31' }, 'DOB', /1900/],
    ['a first name over 50 characters', { FirstName: 'A'.repeat(51) }, 'FirstName', /50/],
    ['an unknown Sex code', { Sex: 7 }, 'Sex', /not a HUD answer/],
  ])('refuses %s with a message for the field, and stores nothing', async (_, change, field, message) => {
    const body = { FirstName: 'Zebulon', LastName: 'Wrongfield', ...change };
    const res = await t.as(cm).post('/api/clients', body);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[field]).toMatch(message);
    expect((await search(cm, 'Zebulon Wrongfield')).total).toBe(0);
  });

  it('answers 409 with the first client as a candidate for the same SSN and DOB, and 201 once confirmed', async () => {
    const again = { FirstName: 'Mary', LastName: 'Kent', SSN: maria.SSN, DOB: maria.DOB };
    const dup = await t.as(cm).post('/api/clients', again);
    expect(dup.statusCode).toBe(409);
    const ids = dup.json().error.candidates.map((c: { PersonalID: string }) => c.PersonalID);
    expect(ids).toContain(created.PersonalID);
    const confirmed = await t.as(cm).post('/api/clients', { ...again, confirmedNotDuplicate: true });
    expect(confirmed.statusCode).toBe(201);
    expect(confirmed.json().PersonalID).not.toBe(created.PersonalID);
  });

  describe('search', () => {
    it.each([
      ['first letters', 'mar qui'],
      ['a full name with a typo', 'Maria Quintaro'],
      ['the date of birth', '1985-03-14'],
      ['the full SSN', '123456781'],
      ['the last 4 of the SSN', '6781'],
    ])('finds the client by %s', async (_, q) => {
      const found = await search(cm, q);
      expect(found.items.map((c) => c.PersonalID)).toContain(created.PersonalID);
      if (q === 'mar qui') expect(found.items[0]?.PersonalID).toBe(created.PersonalID);
    });

    it('finds the client by client ID', async () => {
      const found = await search(cm, created.PersonalID);
      expect(found.items[0]?.PersonalID).toBe(created.PersonalID);
    });

    it('finds nothing for an unmatched search', async () => {
      expect((await search(cm, 'Xylophone Nobodyhere')).total).toBe(0);
    });

    it('shows the SSN masked to a case manager', async () => {
      const hit = (await search(cm, 'mar qui')).items.find((c) => c.PersonalID === created.PersonalID);
      expect(hit?.ssnDisplay).toBeTruthy();
      expect(hit?.ssnDisplay).not.toContain('12345');
      expect(hit?.ssnDisplay).toContain('6781');
      const view = (await t.as(cm).get(`/api/clients/${created.PersonalID}`)).json();
      expect(view.SSN ?? '').not.toContain('12345');
    });
  });

  describe('edit', () => {
    it('saves with the version read and bumps it; the old version then gets 409 stale_version', async () => {
      const read = (await t.as(cm).get(`/api/clients/${created.PersonalID}`)).json();
      const ok = await t
        .as(cm)
        .patch(`/api/clients/${created.PersonalID}`, { MiddleName: 'Luz', version: read.version });
      expect(ok.statusCode).toBe(200);
      expect(ok.json().version).toBe(read.version + 1);
      expect(ok.json().MiddleName).toBe('Luz');
      const stale = await t.as(cm).patch(`/api/clients/${created.PersonalID}`, {
        MiddleName: 'Other',
        version: read.version,
      });
      expect(stale.statusCode).toBe(409);
      expect(stale.json().error.code).toBe('stale_version');
      expect((await t.as(cm).get(`/api/clients/${created.PersonalID}`)).json().MiddleName).toBe('Luz');
    });
  });
});

describe('privacy', () => {
  it('hides a client created at a victim-service provider from another organization', async () => {
    const admin = await t.login('admin');
    expect((await t.as(admin).put('/api/auth/organization', { organizationId: 'ORG-SH' })).statusCode).toBe(200);
    const res = await t.as(admin).post('/api/clients', { FirstName: 'Hidalia', LastName: 'Shelterton' });
    expect(res.statusCode).toBe(201);
    const id = res.json().PersonalID;
    expect((await search(admin, 'Hidalia Shelterton')).total).toBe(1);
    const cm2 = await t.login('casemanager2');
    expect((await search(cm2, 'Hidalia Shelterton')).total).toBe(0);
    expect((await search(cm2, id)).total).toBe(0);
  });

  it('writes a client-read audit row for every client view', async () => {
    const admin = await t.login('admin');
    const id = (await t.as(cm).post('/api/clients', { FirstName: 'Audra', LastName: 'Readings' })).json().PersonalID;
    const reads = async () => {
      const res = await t.as(admin).get(`/api/admin/audit?clientId=${id}&limit=100`);
      expect(res.statusCode).toBe(200);
      return (res.json().items as { action: string }[]).filter((r) => r.action === 'client.read').length;
    };
    const before = await reads();
    expect((await t.as(cm).get(`/api/clients/${id}`)).statusCode).toBe(200);
    expect((await t.as(cm).get(`/api/clients/${id}`)).statusCode).toBe(200);
    expect(await reads()).toBe(before + 2);
  });
});

describe('dashboard', () => {
  it('shows the current household with its size and the latest enrollment, or neither for a client never enrolled', async () => {
    const add = async (FirstName: string) =>
      ((await t.as(cm).post('/api/clients', { FirstName, LastName: 'Okafor' })).json() as { PersonalID: string })
        .PersonalID;
    const [mother, son, loner] = [await add('Adaeze'), await add('Chidi'), await add('Nneka')];
    await addEnrollment(t.database, {
      personalId: mother,
      projectId: 'PRJ-ES',
      entryDate: '2025-01-10',
      exitDate: '2025-03-01',
    });
    await addEnrollment(t.database, {
      personalId: mother,
      projectId: 'PRJ-RRH',
      entryDate: '2025-04-01',
      householdId: 'HH-OKAFOR',
    });
    await addEnrollment(t.database, {
      personalId: son,
      projectId: 'PRJ-RRH',
      entryDate: '2025-04-01',
      householdId: 'HH-OKAFOR',
    });
    const dashboard = async (id: string) => {
      const res = await t.as(cm).get(`/api/clients/${id}`);
      expect(res.statusCode).toBe(200);
      return res.json() as { household: unknown; latestEnrollment: unknown };
    };
    const seen = await dashboard(mother);
    expect(seen.household).toEqual({ HouseholdID: 'HH-OKAFOR', size: 2 });
    expect(seen.latestEnrollment).toMatchObject({
      ProjectName: 'Hearth Rapid Re-Housing',
      EntryDate: '2025-04-01',
      ExitDate: null,
    });
    expect(await dashboard(loner)).toMatchObject({ household: null, latestEnrollment: null });
  });
});
