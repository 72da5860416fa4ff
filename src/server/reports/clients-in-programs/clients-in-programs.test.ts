// Clients in Programs: a count per program, organization or project type, each count's
// drill-down listing exactly the clients it counted, and the downloads.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { addPerson, addStay, readCsv, readXlsx } from '../reports.test-support.ts';

let t: TestApp;
let manager: string;
const ids: Record<string, string> = {};
const base = 'startDate=2026-01-01&endDate=2026-01-31';

type Result = {
  items: { PersonalID: string }[];
  total: number;
  summary: {
    groupLabel: string;
    counts: { key: string }[];
    groups: { key: string; label: string; counts: Record<string, number> }[];
    totals: Record<string, number>;
  };
};
const get = async (qs: string) => {
  const res = await t.as(manager).get(`/api/reports/clients-in-programs?${base}&${qs}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Result;
};

beforeAll(async () => {
  t = await createTestApp();
  manager = await t.login('manager');
  const d = t.database;
  ids.mom = await addPerson(d, { first: 'Ottilie', last: 'Marchbanks', dob: '1990-01-01' });
  ids.kid = await addPerson(d, { first: 'Peregrine', last: 'Marchbanks', dob: '2019-01-01' });
  await addStay(d, {
    personalId: ids.mom,
    projectId: 'PRJ-ES',
    householdId: 'F1',
    entry: '2025-12-01',
    exit: '2026-01-10',
  });
  await addStay(d, {
    personalId: ids.kid,
    projectId: 'PRJ-ES',
    householdId: 'F1',
    relationship: 2,
    entry: '2025-12-01',
    exit: '2026-01-10',
  });
  await addStay(d, { personalId: ids.mom, projectId: 'PRJ-RRH', householdId: 'F2', entry: '2026-01-11' });
  await addStay(d, {
    personalId: ids.kid,
    projectId: 'PRJ-RRH',
    householdId: 'F2',
    relationship: 2,
    entry: '2026-01-11',
  });
  ids.single = await addPerson(d, { first: 'Quintus', last: 'Solitaire', dob: '1975-01-01' });
  // Two stays in the same shelter during the month: counted once there.
  await addStay(d, {
    personalId: ids.single,
    projectId: 'PRJ-ES',
    householdId: 'S1',
    entry: '2026-01-02',
    exit: '2026-01-05',
  });
  await addStay(d, { personalId: ids.single, projectId: 'PRJ-ES', householdId: 'S2', entry: '2026-01-20' });
  ids.th = await addPerson(d, { first: 'Rosalind', last: 'Transit', dob: '1982-01-01' });
  await addStay(d, { personalId: ids.th, projectId: 'PRJ-TH', householdId: 'T1', entry: '2025-08-01' });
});
afterAll(() => t.close());

describe('Clients in Programs', () => {
  it('counts clients per program, once each however many stays', async () => {
    const r = await get('runBy=program');
    expect(r.items).toEqual([]);
    expect(r.summary.groupLabel).toBe('Program');
    const es = r.summary.groups.find((g) => g.label === 'Hearth Family Shelter');
    expect(es?.counts).toMatchObject({
      clients: 3,
      households: 2,
      adults: 2,
      children: 1,
      entered: 1,
      exited: 2,
      stayers: 1,
    });
    expect(r.summary.groups.map((g) => g.label)).toEqual([
      'Hearth Family Shelter',
      'Hearth Rapid Re-Housing',
      'Hearth Transitional Housing',
    ]);
    expect(r.summary.totals.clients).toBe(6);
  });

  it('every count drills down to exactly the clients it counted', async () => {
    for (const runBy of ['program', 'organization', 'project_type']) {
      const r = await get(`runBy=${runBy}`);
      for (const g of r.summary.groups) {
        for (const { key } of r.summary.counts) {
          const drill = await get(`runBy=${runBy}&group=${encodeURIComponent(g.key)}&count=${key}`);
          expect(drill.total, `${runBy} ${g.label} ${key}`).toBe(g.counts[key]);
          expect(drill.items).toHaveLength(g.counts[key] ?? -1);
          expect(new Set(drill.items.map((i) => i.PersonalID)).size).toBe(drill.items.length);
        }
      }
      const all = await get(`runBy=${runBy}&count=clients`);
      expect(all.total).toBe(r.summary.totals.clients);
    }
    const th = await get('runBy=program&group=PRJ-TH&count=clients');
    expect(th.items.map((i) => i.PersonalID)).toEqual([ids.th]);
  });

  it('groups by organization and by project type', async () => {
    const byOrg = await get('runBy=organization');
    expect(byOrg.summary.groups).toEqual([
      expect.objectContaining({ label: 'Hearth Housing Partners', counts: expect.objectContaining({ clients: 4 }) }),
    ]);
    const byType = await get('runBy=project_type');
    expect(byType.summary.groups.map((g) => [g.label, g.counts.clients])).toEqual([
      ['Emergency Shelter - Entry Exit', 3],
      ['PH - Rapid Re-Housing', 2],
      ['Transitional Housing', 1],
    ]);
  });

  it('downloads the counts and the clients: Excel sheets with filters, CSV of the clients', async () => {
    const xlsx = await t.as(manager).get(`/api/reports/clients-in-programs/download?${base}&format=xlsx`);
    const sheets = await readXlsx(xlsx.rawPayload);
    expect(sheets.Summary?.rows[0]).toEqual(expect.arrayContaining(['Program', 'Clients', 'Households']));
    expect(sheets.Summary?.rows.at(-1)?.slice(0, 2)).toEqual(['Total', '6']);
    expect(sheets.Summary?.autoFilter).toBeTruthy();
    expect(sheets.Clients?.rows).toHaveLength(7);
    expect(sheets.Clients?.autoFilter).toMatch(/^A1:/);
    const csv = await t.as(manager).get(`/api/reports/clients-in-programs/download?${base}&format=csv`);
    const rows = readCsv(csv.body);
    expect(rows[0]?.[0]).toBe('PersonalID');
    expect(rows).toHaveLength(7);
  });

  it('refuses a count it does not have and dates out of order', async () => {
    const res = await t.as(manager).get(`/api/reports/clients-in-programs?${base}&count=pirates`);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.count).toMatch(/Choose one of the counts/);
    const dates = await t.as(manager).get('/api/reports/clients-in-programs?startDate=2026-02-01&endDate=2026-01-01');
    expect(dates.json().error.fields.endDate).toMatch(/before the start date/);
  });
});
