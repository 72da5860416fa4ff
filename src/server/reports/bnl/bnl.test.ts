// HMIS Active Client List (BNL): who appears by report type, method and filters; PIT/HIC lists;
// PII masked per role and left out of every format with Hide PII; bad input named by field.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import {
  addBedNight,
  addContact,
  addPerson,
  addStay,
  readCsv,
  readPdfText,
  readXlsx,
} from '../reports.test-support.ts';

let t: TestApp;
let cm: string;
let dqo: string;
const ids: Record<string, string> = {};

const query = (params: Record<string, string | string[] | boolean | undefined>) => {
  const s = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined) continue;
    for (const one of Array.isArray(v) ? v : [v]) s.append(k, String(one));
  }
  return s.toString();
};
const JANUARY = { startDate: '2026-01-01', endDate: '2026-01-31' };
type Item = Record<string, unknown> & { PersonalID: string };
async function run(cookie: string, params: Record<string, string | string[] | boolean | undefined>) {
  const res = await t.as(cookie).get(`/api/reports/bnl?${query({ ...JANUARY, ...params })}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { items: Item[]; total: number; empty: string | null; columns: { key: string }[] };
}
const who = (items: Item[]) => items.map((i) => i.PersonalID).sort();
const named = (...keys: string[]) => keys.map((k) => ids[k]).sort();

beforeAll(async () => {
  t = await createTestApp();
  [cm, dqo] = [await t.login('casemanager'), await t.login('dqo')];
  const d = t.database;
  ids.hoh = await addPerson(d, { first: 'Abigail', last: 'Quennell', dob: '1985-03-04', ssn: '123456789' });
  ids.child = await addPerson(d, { first: 'Barnaby', last: 'Quennell', dob: '2018-05-05' });
  await addStay(d, { personalId: ids.hoh, projectId: 'PRJ-ES', householdId: 'HA', entry: '2025-12-20' });
  await addStay(d, {
    personalId: ids.child,
    projectId: 'PRJ-ES',
    householdId: 'HA',
    relationship: 2,
    entry: '2025-12-20',
    livingSituation: null,
  });
  ids.vet = await addPerson(d, { first: 'Cornelius', last: 'Vetter', dob: '1970-01-01', veteran: 1 });
  await addStay(d, {
    personalId: ids.vet,
    projectId: 'PRJ-TH',
    householdId: 'HV',
    entry: '2026-01-10',
    exit: '2026-01-20',
  });
  ids.chronic = await addPerson(d, { first: 'Delphine', last: 'Longstreet', dob: '1979-02-02' });
  const chronicStay = await addStay(d, {
    personalId: ids.chronic,
    projectId: 'PRJ-ES',
    householdId: 'HC',
    entry: '2026-01-05',
    disabling: 1,
    dateToStreet: '2024-01-01',
    incomeAtStart: false,
  });
  await addBedNight(d, chronicStay, ids.chronic, '2026-01-12');
  ids.youth = await addPerson(d, { first: 'Evander', last: 'Youngblood', dob: '2005-06-01' });
  await addStay(d, { personalId: ids.youth, projectId: 'PRJ-RRH', householdId: 'HY', entry: '2026-01-03' });
  ids.housed = await addPerson(d, { first: 'Florentyna', last: 'Homewood', dob: '1960-07-07' });
  await addStay(d, {
    personalId: ids.housed,
    projectId: 'PRJ-PSH',
    householdId: 'HP',
    entry: '2025-11-01',
    moveIn: '2025-11-15',
  });
  ids.old = await addPerson(d, { first: 'Gideon', last: 'Oldfield', dob: '1950-01-01' });
  await addStay(d, {
    personalId: ids.old,
    projectId: 'PRJ-ES',
    householdId: 'HO',
    entry: '2025-06-01',
    exit: '2025-12-15',
  });
  // A victim-service provider's client (also in an ES of Hearth Housing Partners) and a client restricted to Open Door.
  ids.vsp = await addPerson(d, { first: 'Hortensia', last: 'Safeharbor', dob: '1990-01-01' });
  await addStay(d, { personalId: ids.vsp, projectId: 'PRJ-DV', householdId: 'HS', entry: '2026-01-05' });
  await addStay(d, { personalId: ids.vsp, projectId: 'PRJ-ES', householdId: 'HS2', entry: '2026-01-06' });
  ids.restricted = await addPerson(d, { first: 'Ignatius', last: 'Private', dob: '1991-01-01' });
  await addStay(d, { personalId: ids.restricted, projectId: 'PRJ-ES', householdId: 'HR', entry: '2026-01-07' });
  await d.raw.query(`INSERT INTO client_profile (personal_id, restricted_organization_id) VALUES ($1, 'ORG-ODO')`, [
    ids.restricted,
  ]);
  // Open Door Outreach: night-by-night shelter and street outreach.
  ids.nbnNight = await addPerson(d, { first: 'Jessamine', last: 'Nightly', dob: '1988-01-01' });
  const nbn = await addStay(d, {
    personalId: ids.nbnNight,
    projectId: 'PRJ-NBN',
    householdId: 'HN1',
    entry: '2026-01-02',
  });
  await addBedNight(d, nbn, ids.nbnNight, '2026-01-28');
  ids.nbnAway = await addPerson(d, { first: 'Kasimir', last: 'Elsewhere', dob: '1987-01-01' });
  const away = await addStay(d, {
    personalId: ids.nbnAway,
    projectId: 'PRJ-NBN',
    householdId: 'HN2',
    entry: '2026-01-02',
  });
  await addBedNight(d, away, ids.nbnAway, '2026-01-27');
  ids.contacted = await addPerson(d, { first: 'Leopoldine', last: 'Streetly', dob: '1986-01-01' });
  const so = await addStay(d, {
    personalId: ids.contacted,
    projectId: 'PRJ-SO',
    householdId: 'HC1',
    entry: '2025-10-01',
  });
  await addContact(d, so, ids.contacted, '2026-01-15');
  ids.unseen = await addPerson(d, { first: 'Maximilian', last: 'Unseen', dob: '1985-01-01' });
  const so2 = await addStay(d, {
    personalId: ids.unseen,
    projectId: 'PRJ-SO',
    householdId: 'HC2',
    entry: '2025-10-01',
  });
  await addContact(d, so2, ids.unseen, '2025-10-05');
});
afterAll(() => t.close());

describe('HMIS Active Client List', () => {
  it('lists each client active in the organization’s programs once, never VSP or restricted clients', async () => {
    const r = await run(cm, {});
    expect(who(r.items)).toEqual(named('hoh', 'child', 'vet', 'chronic', 'youth', 'housed'));
    expect(r.total).toBe(6);
    const hoh = r.items.find((i) => i.PersonalID === ids.hoh);
    expect(hoh).toMatchObject({
      HouseholdID: 'HA',
      RelationshipToHoH: 'Self (head of household)',
      EntryDate: '2025-12-20',
      ExitDate: null,
      ProjectName: 'Hearth Family Shelter',
      HouseholdType: 'Adults and children',
    });
    expect(r.items.find((i) => i.PersonalID === ids.housed)?.MoveInDate).toBe('2025-11-15');
    expect(r.columns.map((c) => c.key)).toContain('MoveInDate');
  });

  it('answers by report type: active on a date, entered, exited', async () => {
    expect(who((await run(cm, { reportType: 'entered' })).items)).toEqual(named('vet', 'chronic', 'youth'));
    expect(who((await run(cm, { reportType: 'exited' })).items)).toEqual(named('vet'));
    const onDate = await run(cm, { reportType: 'active_on', startDate: '2026-01-28', endDate: '2026-01-28' });
    expect(who(onDate.items)).toEqual(named('hoh', 'child', 'chronic', 'youth', 'housed'));
  });

  it('finds active clients by services and bed nights, or by contacts', async () => {
    expect(who((await run(cm, { method: 'services' })).items)).toEqual(named('chronic'));
    const contacts = await run(dqo, { method: 'contacts', organizationIds: 'ORG-ODO' });
    expect(who(contacts.items)).toEqual(named('contacted'));
  });

  it('filters by sub-population, heads of household, programs and case managers', async () => {
    const sub = async (s: string) => who((await run(cm, { subPopulations: s })).items);
    expect(await sub('veterans')).toEqual(named('vet'));
    expect(await sub('chronic')).toEqual(named('chronic'));
    expect(await sub('youth')).toEqual(named('youth'));
    expect(await sub('families')).toEqual(named('hoh', 'child'));
    expect(await sub('adults_only')).toEqual(named('vet', 'chronic', 'youth', 'housed'));
    expect(await sub('children_only')).toEqual([]);
    expect(who((await run(cm, { subPopulations: ['veterans', 'youth'] })).items)).toEqual(named('vet', 'youth'));
    expect(who((await run(cm, { headsOfHouseholdOnly: true })).items)).toEqual(
      named('hoh', 'vet', 'chronic', 'youth', 'housed'),
    );
    expect(who((await run(cm, { projectIds: ['PRJ-TH', 'PRJ-PSH'] })).items)).toEqual(named('vet', 'housed'));
    expect((await run(cm, { caseManagerIds: 'USR-CM2' })).items).toEqual([]);
  });

  it('builds a PIT/HIC list: sheltered that night, bed nights in night-by-night shelters, PH only once moved in', async () => {
    const pit = { reportType: 'active_on', startDate: '2026-01-28', endDate: '2026-01-28', pitHic: true };
    expect(who((await run(cm, pit)).items)).toEqual(named('hoh', 'child', 'chronic', 'housed'));
    expect(who((await run(dqo, { ...pit, organizationIds: 'ORG-ODO' })).items)).toEqual(named('nbnNight'));
  });

  it('names the data elements each client is missing', async () => {
    const r = await run(cm, {});
    const chronic = r.items.find((i) => i.PersonalID === ids.chronic);
    expect(chronic?.ChronicallyHomeless).toBe(true);
    expect(String(chronic?.MissingDataElements)).toContain('3.02 SSN');
    expect(String(chronic?.MissingDataElements)).toContain('4.02 Income at Start');
    const hoh = r.items.find((i) => i.PersonalID === ids.hoh);
    expect(hoh?.MissingDataElements).toBe('');
    expect(String(r.items.find((i) => i.PersonalID === ids.child)?.MissingDataElements)).not.toContain('Prior Living');
  });

  it('fills the missing data elements on every page, and sorts and filters by them across all rows', async () => {
    const all = await run(cm, { pageSize: '100' });
    const missingOf = new Map(all.items.map((i) => [i.PersonalID, i.MissingDataElements]));
    for (let page = 1; page <= all.total; page++) {
      const [item] = (await run(cm, { pageSize: '1', page: String(page) })).items;
      expect(item?.MissingDataElements).toBe(missingOf.get(String(item?.PersonalID)));
    }
    const byCount = (await run(cm, { sort: 'MissingCount', dir: 'desc', pageSize: '1' })).items[0];
    expect(byCount?.MissingCount).toBe(Math.max(...all.items.map((i) => Number(i.MissingCount))));
    const filtered = await run(cm, { filter: 'MissingDataElements:3.02 SSN' });
    expect(who(filtered.items)).toEqual(
      all.items
        .filter((i) => String(i.MissingDataElements).includes('3.02 SSN'))
        .map((i) => i.PersonalID)
        .sort(),
    );
    expect(filtered.items.length).toBeGreaterThan(0);
  });

  it('masks SSN and DOB for case managers, shows them to data quality officers, and audits the clients shown', async () => {
    const mine = (await run(cm, {})).items.find((i) => i.PersonalID === ids.hoh);
    expect(mine).toMatchObject({ SSN: '***-**-6789', DOB: '**/**/1985', FirstName: 'Abigail' });
    const full = (await run(dqo, { organizationIds: 'ORG-HHP' })).items.find((i) => i.PersonalID === ids.hoh);
    expect(full).toMatchObject({ SSN: '123456789', DOB: '1985-03-04' });
    const reads = await t.database.raw.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'client.read' AND client_id = $1 AND detail->>'view' = 'report:bnl'`,
      [ids.hoh],
    );
    expect(reads.rows[0]?.n).toBeGreaterThanOrEqual(2);
    const vspReads = await t.database.raw.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_event WHERE client_id = $1`,
      [ids.vsp],
    );
    expect(vspReads.rows[0]?.n).toBe(0);
  });

  it('with Hide PII leaves names, DOB and SSN out of the screen, Excel, PDF and CSV', async () => {
    const secrets = ['Abigail', 'Quennell', 'Delphine', '1985-03-04', '03/04/1985', '123456789', '123-45-6789'];
    const params = { organizationIds: 'ORG-HHP', hidePii: true };
    const screen = await run(dqo, params);
    expect(screen.items).toHaveLength(6);
    for (const key of ['FirstName', 'LastName', 'DOB', 'SSN']) {
      expect(screen.columns.map((c) => c.key)).not.toContain(key);
      for (const item of screen.items) expect(item).not.toHaveProperty(key);
    }
    const body = JSON.stringify(screen);
    for (const s of secrets) expect(body).not.toContain(s);
    const download = async (format: string) => {
      const res = await t.as(dqo).get(`/api/reports/bnl/download?${query({ ...JANUARY, ...params, format })}`);
      expect(res.statusCode, res.body).toBe(200);
      return res.rawPayload;
    };
    const sheets = await readXlsx(await download('xlsx'));
    const clients = sheets['Active clients'];
    expect(clients?.rows[0]).toContain('MoveInDate');
    expect(clients?.rows[0]).not.toContain('FirstName');
    expect(clients?.rows).toHaveLength(7);
    const pdf = (await readPdfText(await download('pdf'))).join('\n');
    expect(pdf).toContain(ids.hoh);
    const csv = (await download('csv')).toString('utf8');
    expect(readCsv(csv)).toHaveLength(7);
    for (const text of [JSON.stringify(sheets), pdf, csv]) for (const s of secrets) expect(text).not.toContain(s);
  });

  it('downloads Excel with the filter row on the frozen header, and a PDF with the header on every page', async () => {
    const res = await t.as(cm).get(`/api/reports/bnl/download?${query({ ...JANUARY, format: 'xlsx' })}`);
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="bnl-\d{4}-\d{2}-\d{2}\.xlsx"/);
    const sheet = (await readXlsx(res.rawPayload))['Active clients'];
    expect(sheet?.autoFilter).toMatch(/^A1:[A-Z]+1$/);
    expect(sheet?.frozen).toBe(true);
    expect(
      sheet?.rows
        .slice(1)
        .map((r) => r[0])
        .sort(),
    ).toEqual(named('hoh', 'child', 'vet', 'chronic', 'youth', 'housed'));
    const pdf = await t.as(cm).get(`/api/reports/bnl/download?${query({ ...JANUARY, format: 'pdf' })}`);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const pages = await readPdfText(pdf.rawPayload);
    expect(pages[0]).toContain('HMIS Active Client List');
    expect(pages.at(-1)).toContain(`Page ${pages.length} of ${pages.length}`);
  });

  it('says so when nothing matches', async () => {
    const r = await run(cm, { startDate: '2020-01-01', endDate: '2020-01-31' });
    expect(r.items).toEqual([]);
    expect(r.empty).toMatch(/No clients match/);
  });

  it('refuses bad input with a message naming the field', async () => {
    const bad = async (params: Record<string, string | boolean>) => {
      const res = await t.as(cm).get(`/api/reports/bnl?${query({ ...JANUARY, ...params })}`);
      expect(res.statusCode).toBe(400);
      return res.json().error as { message: string; fields: Record<string, string> };
    };
    expect((await bad({ startDate: '2026-02-01' })).fields.endDate).toMatch(/before the start date/);
    expect((await bad({ projectIds: 'PRJ-NBN' })).fields.projectIds).toMatch(
      /PRJ-NBN is not in the chosen organizations/,
    );
    expect((await bad({ organizationIds: 'ORG-ODO' })).fields.organizationIds).toMatch(/do not work for/);
    expect((await bad({ pitHic: true })).fields.reportType).toMatch(/Active on a date/);
    expect((await bad({ reportType: 'active_on' })).fields.endDate).toMatch(/same as the start date/);
    expect((await bad({ startDate: 'yesterday' })).fields.startDate).toMatch(/date/);
    expect((await bad({ subPopulations: 'pirates' })).fields).toHaveProperty('subPopulations.0');
  });
});

// The screen pages in SQL (household types and details for the page shown); every download builds
// all rows in memory. Both must list the same clients in the same order.
describe('HMIS Active Client List on screen, paged in SQL', () => {
  const csvOf = async (params: Record<string, string | boolean>) => {
    const res = await t.as(dqo).get(`/api/reports/bnl/download?${query({ ...JANUARY, ...params, format: 'csv' })}`);
    expect(res.statusCode, res.body).toBe(200);
    const [head, ...rows] = readCsv(res.body);
    return rows.map((r) => r[head?.indexOf('PersonalID') ?? -1]);
  };
  const HHP = { organizationIds: 'ORG-HHP' };

  it('sorts and filters as the download of the same view does', async () => {
    const views: Record<string, string>[] = [
      {},
      { sort: 'LastName', dir: 'desc' },
      { sort: 'FirstName' },
      { sort: 'Age', dir: 'desc' },
      { sort: 'HouseholdType' },
      { sort: 'HouseholdType', dir: 'desc' },
      { sort: 'ProjectType' },
      { sort: 'ExitDate' },
      { sort: 'EnrollmentsInRange', dir: 'desc' },
      { sort: 'MissingCount', dir: 'desc' },
      { sort: 'DOB' },
      { filter: 'HouseholdType:adults only', sort: 'LastName' },
      { filter: 'ProjectType:shelter' },
      { filter: 'CaseManager:zzz' },
      { hidePii: 'true' },
      { hidePii: 'true', sort: 'EntryDate', dir: 'desc' },
    ];
    for (const v of views) {
      const screen = await run(dqo, { ...HHP, ...v });
      const file = await csvOf({ ...HHP, ...v });
      expect(
        screen.items.map((i) => i.PersonalID),
        JSON.stringify(v),
      ).toEqual(file);
      expect(screen.total, JSON.stringify(v)).toBe(file.length);
    }
  });

  it('fills household type and missing data on each page, and keeps the total past the last page', async () => {
    const all = await run(dqo, { ...HHP, sort: 'LastName' });
    for (let page = 1; page <= 3; page++) {
      const shown = await run(dqo, { ...HHP, sort: 'LastName', pageSize: '2', page: String(page) });
      expect(shown.total).toBe(6);
      expect(shown.items).toEqual(all.items.slice((page - 1) * 2, page * 2));
    }
    expect(all.items.find((i) => i.PersonalID === ids.child)).toMatchObject({ HouseholdType: 'Adults and children' });
    const past = await run(dqo, { ...HHP, pageSize: '2', page: '9' });
    expect([past.items.length, past.total, past.empty]).toEqual([0, 6, null]);
  });

  it('orders names with numbers, capitals and accents on screen exactly as in the download', async () => {
    const march = { startDate: '2024-03-01', endDate: '2024-03-31', ...HHP };
    const people = [
      ['Unit 12', 'Bed 10'],
      ['Unit 1B', 'Bed 9'],
      ['unit 3', 'bed 2'],
      ['Unit 3', 'Bed 2'],
      ['Ünit 20', 'Béd 3'],
    ];
    for (const [first, last] of people) {
      const id = await addPerson(t.database, { first: String(first), last: String(last), dob: '1980-01-01' });
      await addStay(t.database, { personalId: id, projectId: 'PRJ-ES', householdId: `H-${id}`, entry: '2024-03-05' });
    }
    const views: Record<string, string>[] = [
      { sort: 'LastName' },
      { sort: 'LastName', dir: 'desc' },
      { sort: 'FirstName' },
      {},
    ];
    for (const v of views) {
      const screen = await run(dqo, { ...march, ...v });
      expect(
        screen.items.map((i) => i.PersonalID),
        JSON.stringify(v),
      ).toEqual(await csvOf({ ...march, ...v }));
    }
    const byLast = await run(dqo, { ...march, sort: 'LastName' });
    expect(byLast.items.map((i) => String(i.LastName).toLowerCase())).toEqual([
      'bed 2',
      'bed 2',
      'béd 3',
      'bed 9',
      'bed 10',
    ]);
  });

  it('tells an empty list from a filter that matches no one', async () => {
    const filtered = await run(dqo, { ...HHP, filter: 'LastName:nobody-has-this' });
    expect([filtered.items, filtered.total, filtered.empty]).toEqual([[], 0, null]);
    const none = await run(dqo, { ...HHP, startDate: '2020-01-01', endDate: '2020-01-31', filter: 'LastName:q' });
    expect(none.empty).toMatch(/No clients match/);
    const drill = await t.as(dqo).get(`/api/reports/bnl?${query({ ...JANUARY, count: 'clients' })}`);
    expect(drill.statusCode).toBe(400);
    expect(drill.json().error.fields.group).toMatch(/no counts/);
  });
});
