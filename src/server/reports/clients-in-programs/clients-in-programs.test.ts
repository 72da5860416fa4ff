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
      ageUnknown: 0,
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

// The screen counts and pages in SQL; every download builds all rows in memory. Both must agree.
describe('Clients in Programs on screen, counted and paged in SQL', () => {
  const csvOf = async (qs: string) => {
    const res = await t.as(manager).get(`/api/reports/clients-in-programs/download?${base}&format=csv&${qs}`);
    expect(res.statusCode, res.body).toBe(200);
    const [head, ...rows] = readCsv(res.body);
    const at = (name: string) => head?.indexOf(name) ?? -1;
    return rows.map((r) => `${r[at('PersonalID')]} ${r[at('ProjectName')]}`);
  };
  const shown = (r: Result) =>
    (r.items as unknown as Record<string, string>[]).map((i) => `${i.PersonalID} ${i.ProjectName}`);

  it('gives the same counts as the Excel summary built from every row, on the range’s edges too', async () => {
    const ranges = [base, 'startDate=2026-01-02&endDate=2026-01-10', 'startDate=2026-01-11&endDate=2026-01-20'];
    for (const range of ranges)
      for (const runBy of ['program', 'organization', 'project_type']) {
        const res = await t.as(manager).get(`/api/reports/clients-in-programs?${range}&runBy=${runBy}`);
        const screen = res.json() as Result;
        const xlsx = await t
          .as(manager)
          .get(`/api/reports/clients-in-programs/download?${range}&runBy=${runBy}&format=xlsx`);
        const summary = (await readXlsx(xlsx.rawPayload)).Summary?.rows ?? [];
        const keys = screen.summary.counts.map((c) => c.key);
        const fromScreen = [
          ...screen.summary.groups.map((g) => [g.label, ...keys.map((k) => String(g.counts[k]))]),
          ['Total', ...keys.map((k) => String(screen.summary.totals[k]))],
        ];
        expect(
          summary.slice(1).map((r) => r.slice(0, keys.length + 1)),
          `${range} ${runBy}`,
        ).toEqual(fromScreen);
        expect(screen.total).toBe(screen.summary.totals.clients);
      }
  });

  it('sorts and filters a drill-down as the download of the same view does', async () => {
    const views = [
      'sort=LastName&dir=asc',
      'sort=LastName&dir=desc',
      'sort=Age&dir=desc',
      'sort=ProjectType&dir=asc',
      'sort=HouseholdType&dir=desc',
      'sort=ExitDate&dir=asc',
      'sort=ExitDate&dir=desc',
      'sort=RelationshipToHoH&dir=asc',
      'sort=EnrollmentsInRange&dir=desc',
      'filter=ProjectType:shelter',
      'filter=HouseholdType:adults%20and',
      'filter=RelationshipToHoH:child&sort=FirstName',
      'filter=EntryDate:2026-01',
      'filter=Age:3',
    ];
    for (const v of views) {
      const screen = await get(`count=clients&${v}`);
      const file = await csvOf(`count=clients&${v}`);
      expect(shown(screen), v).toEqual(file);
      expect(screen.total, v).toBe(file.length);
    }
    const adults = await get('count=adults&group=PRJ-ES&sort=LastName');
    expect(shown(adults)).toEqual(await csvOf('count=adults&group=PRJ-ES&sort=LastName'));
    expect(shown(adults)).toHaveLength(2);
  });

  it('fills each shown row as the download does, and pages with the total kept', async () => {
    const screen = await get('count=clients&group=PRJ-ES&sort=FirstName');
    const kid = (screen.items as unknown as Record<string, unknown>[]).find((i) => i.PersonalID === ids.kid);
    expect(kid).toMatchObject({ HouseholdType: 'Adults and children', RelationshipToHoH: 'Child', Age: 7 });
    const page2 = await get('count=clients&sort=LastName&pageSize=4&page=2');
    expect(page2.total).toBe(6);
    expect(shown(page2)).toEqual((await csvOf('count=clients&sort=LastName')).slice(4));
    const past = await get('count=clients&pageSize=4&page=9');
    expect([past.items.length, past.total]).toEqual([0, 6]);
  });

  it('sorts by a masked column in memory, leaves names out with Hide PII, and audits the clients shown', async () => {
    const byDob = await get('count=clients&sort=DOB&dir=desc');
    expect(shown(byDob)).toEqual(await csvOf('count=clients&sort=DOB&dir=desc'));
    const hidden = await get('count=clients&hidePii=true&sort=ProjectName');
    expect(hidden.items[0]).not.toHaveProperty('FirstName');
    expect(hidden.items[0]).not.toHaveProperty('DOB');
    const sort = await t
      .as(manager)
      .get(`/api/reports/clients-in-programs?${base}&count=clients&hidePii=true&sort=LastName`);
    expect(sort.statusCode).toBe(400);
    expect(sort.json().error.fields.sort).toMatch(/not a column/);
    await get(`count=clients&group=PRJ-TH`);
    const reads = await t.database.raw.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'client.read' AND client_id = $1 AND detail->>'view' = 'report:clients-in-programs'`,
      [ids.th],
    );
    expect(reads.rows[0]?.n).toBeGreaterThan(0);
  });
  it('counts those without a date of birth as age unknown, so adults, children and unknown add up', async () => {
    const nobody = await addPerson(t.database, { first: 'Ursa', last: 'Undated', dob: null });
    await addStay(t.database, { personalId: nobody, projectId: 'PRJ-TH', householdId: 'U1', entry: '2026-01-15' });
    const r = await get('runBy=program');
    const th = r.summary.groups.find((g) => g.label === 'Hearth Transitional Housing');
    expect(th?.counts).toMatchObject({ clients: 2, adults: 1, children: 0, ageUnknown: 1 });
    const drill = await get('runBy=program&group=PRJ-TH&count=ageUnknown');
    expect(drill.items.map((i) => i.PersonalID)).toEqual([nobody]);
  });
});
