// The prioritization list comes a page at a time, ranked, sorted and filtered by the database:
// a CoC with more households on the queue than the list once loaded (5,000, in name order, then
// sorted by score) sees every one of them, the highest priority first.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { PrioritizationStatus } from '../../hud/codes.ts';
import { auditedReads, type CasFamily } from './cas.test-support.ts';
import { HIDDEN, NOT_PLACED, QUEUED, queueOf5100, TOP, VETERANS } from './prioritization-paging.test-support.ts';

let t: TestApp;
let cas: string;
let f: CasFamily;

type Row = {
  PersonalID: string;
  EnrollmentID: string;
  FirstName: string | null;
  LastName: string | null;
  rank: number;
  scoreValue: number | null;
  daysActive: number;
  PrioritizationStatus: number | null;
  veteran: boolean;
  documentCheck: { ready: number; required: number; missing: string[] } | null;
};
type Page = { items: Row[]; total: number };

beforeAll(async () => {
  t = await createTestApp();
  cas = await t.login('casadmin');
  f = await queueOf5100(t, await t.login('accesspoint'));
}, 300_000);
afterAll(() => t.close());

const LIST = '/api/cas/prioritization-list';

const page = async (query: string, headers: Record<string, string> = {}): Promise<Page> => {
  const res = await t.app.inject({ method: 'GET', url: `${LIST}?${query}`, headers: { cookie: cas, ...headers } });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};
const names = (p: Page) => p.items.map((r) => r.LastName);

/** The list's order as the screen once sorted it: status, score, days since CAS enrollment, then name. */
const before = (a: Row, b: Row) => {
  const placed = (r: Row) => (r.PrioritizationStatus === PrioritizationStatus.Placed ? 0 : 1);
  const text = (x: string | null, y: string | null) =>
    x === y ? 0 : x === null ? 1 : y === null ? -1 : x < y ? -1 : 1;
  return (
    placed(a) - placed(b) ||
    (b.scoreValue ?? Number.NEGATIVE_INFINITY) - (a.scoreValue ?? Number.NEGATIVE_INFINITY) ||
    b.daysActive - a.daysActive ||
    text(a.LastName, b.LastName) ||
    text(a.FirstName, b.FirstName) ||
    text(a.EnrollmentID, b.EnrollmentID)
  );
};

describe('the prioritization list, a page at a time', () => {
  it('puts the highest-scored household on page 1 though its name sorts past the 5,000th', async () => {
    const first = await page('');
    expect(first.total).toBe(QUEUED);
    expect(first.items).toHaveLength(50);
    expect(first.items[0]).toMatchObject({ LastName: TOP.name, rank: 1, scoreValue: TOP.score });
    // The next highest stays at a victim service provider's shelter: not listed, its place taken.
    expect(names(first)).not.toContain(HIDDEN.name);
    expect(first.items[1]).toMatchObject({ rank: 2, scoreValue: 19 });
  }, 120_000);

  it('pages through every household in the list’s order, ranked', async () => {
    const all: Row[] = [];
    for (let p = 1; p <= 26; p++) all.push(...(await page(`pageSize=200&page=${p}`)).items);
    expect(all).toHaveLength(QUEUED);
    expect(new Set(all.map((r) => r.PersonalID)).size).toBe(QUEUED);
    expect(all.map((r) => r.rank)).toEqual(all.map((_, i) => i + 1));
    expect(all.map((r) => r.EnrollmentID)).toEqual([...all].sort(before).map((r) => r.EnrollmentID));
    expect(all.map((r) => r.PersonalID)).toContain(f.hoh);
    expect(await page('pageSize=200&page=27')).toEqual({ items: [], total: QUEUED });
  }, 300_000);

  it('lists the households assessed but not placed after the placed ones when asked for all', async () => {
    const last = await page('status=all&pageSize=200&page=26');
    expect(last.total).toBe(QUEUED + NOT_PLACED);
    expect(last.items.map((r) => r.rank)).toEqual(last.items.map((_, i) => 5001 + i));
    const status = (r: Row) => `${r.rank > QUEUED ? 'after' : 'within'} ${r.PrioritizationStatus}`;
    expect(new Set(last.items.map(status))).toEqual(
      new Set([`within ${PrioritizationStatus.Placed}`, `after ${PrioritizationStatus.NotPlaced}`]),
    );
  }, 120_000);

  it('sorts and filters by a column in the database; each household keeps its rank', async () => {
    const byName = await page('pageSize=3&sort=client&desc=true');
    expect(names(byName)).toEqual(['Original', 'Bulk05100', 'Bulk05099']);
    const filtered = await page(`filter.client=${encodeURIComponent('bulk0505')}`);
    expect(filtered.total).toBe(10);
    expect(filtered.items[0]).toMatchObject({ LastName: TOP.name, rank: 1 });
    const ranks = filtered.items.map((r) => r.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect((await page(`filter.client=${HIDDEN.name}`)).total).toBe(0);
    expect(names(await page('filter.score=99'))).toEqual([TOP.name]);
    expect((await page('filter.client=%25')).total).toBe(0);
  }, 120_000);

  it('narrows to a household type, a sub-population and an area', async () => {
    const veterans = await page('subPopulation=veteran&pageSize=200');
    expect(veterans.total).toBe(VETERANS);
    expect(veterans.items.every((r) => r.veteran)).toBe(true);
    expect((await page('householdType=adults')).total).toBe(QUEUED);
    expect((await page('householdType=children')).total).toBe(0);
    // Only the original household has an area tie (AREA-02, from its intake).
    const tied = await page('areaId=AREA-02');
    expect(tied.items.map((r) => r.PersonalID)).toEqual([f.hoh]);
    expect(tied.total).toBe(1);
  }, 120_000);

  it('filters and sorts prioritization status by the labels the reader reads', async () => {
    const es = { 'accept-language': 'es' };
    expect((await page(`status=all&filter.status=${encodeURIComponent('no incluido')}`, es)).total).toBe(NOT_PLACED);
    expect((await page('status=all&filter.status=Not%20placed', es)).total).toBe(0);
    expect((await page('status=all&filter.status=Not%20placed')).total).toBe(NOT_PLACED);
    // "Incluido …" comes before "No incluido …"; "Not placed …" before "Placed …".
    const spanish = await page('status=all&sort=status&pageSize=1', es);
    expect(spanish.items[0]?.PrioritizationStatus).toBe(PrioritizationStatus.Placed);
    const english = await page('status=all&sort=status&pageSize=1');
    expect(english.items[0]?.PrioritizationStatus).toBe(PrioritizationStatus.NotPlaced);
  }, 120_000);

  it('audits the clients of the page shown, and only them', async () => {
    const audited = () => auditedReads(t, 'USR-CASADMIN', 'CAS prioritization list');
    const seen = (await audited()).length;
    const shown = await page('pageSize=25&page=3');
    expect(shown.items.map((r) => r.rank)).toEqual(shown.items.map((_, i) => 51 + i));
    expect((await audited()).slice(seen).sort()).toEqual(shown.items.map((r) => r.PersonalID).sort());
  }, 120_000);

  it('filters by an exact rank, a number', async () => {
    const fifth = await page('filter.rank=5');
    expect(fifth.items.map((r) => r.rank)).toEqual([5]);
    expect(fifth.total).toBe(1);
    expect((await page('filter.rank=%205%20&sort=client')).items.map((r) => r.rank)).toEqual([5]);
    expect((await page(`filter.rank=${QUEUED + 1}`)).total).toBe(0);
    const es = await t.app.inject({
      method: 'GET',
      url: `${LIST}?filter.rank=quinto`,
      headers: { cookie: cas, 'accept-language': 'es' },
    });
    expect(es.statusCode).toBe(400);
    expect(es.json().error.fields).toEqual({ 'filter.rank': 'Escriba una posición: un número entero' });
  }, 120_000);

  it('sorts and filters by Document Check, as the reader reads it', async () => {
    // Every household needs a photo ID and a homelessness verification; the top one has its photo ID.
    await t.database.db.execute(sql`INSERT INTO client_document (id, personal_id, document_type_id, status,
        verified_on, verified_by, organization_id) VALUES ('DOC-TOP', ${`BULK-${Number(TOP.name.slice(4))}`},
        'DOC-PHOTO-ID', 'verified', CURRENT_DATE, 'USR-CASADMIN', 'ORG-CE')`);
    const ready = await page(`filter.docs=${encodeURIComponent('1 of 2')}`);
    expect(ready.items.map((r) => [r.LastName, r.rank, r.documentCheck])).toEqual([
      [TOP.name, 1, { ready: 1, required: 2, missing: ['Homelessness verification'] }],
    ]);
    const es = { 'accept-language': 'es' };
    expect((await page(`filter.docs=${encodeURIComponent('1 de 2')}`, es)).items.map((r) => r.LastName)).toEqual([
      TOP.name,
    ]);
    expect((await page(`filter.docs=${encodeURIComponent('1 of 2')}`, es)).total).toBe(0);
    expect((await page(`filter.docs=${encodeURIComponent('0 of 2')}`)).total).toBe(QUEUED - 1);
    // Least ready first: the top household comes last, and first the other way.
    const leastReady = await page('sort=docs&pageSize=2');
    expect(leastReady.items.map((r) => r.rank)).toEqual([2, 3]);
    expect((await page('sort=docs&desc=true&pageSize=1')).items.map((r) => r.LastName)).toEqual([TOP.name]);
  }, 120_000);

  it.each([
    ['pageSize=500', 'pageSize'],
    ['sort=shoeSize', 'sort'],
    ['householdType=pets', 'householdType'],
    ['subPopulation=everyone', 'subPopulation'],
    ['status=some', 'status'],
    [`filter.client=${'x'.repeat(201)}`, 'filter.client'],
    ['filter.rank=5x', 'filter.rank'],
  ])('refuses %s, naming the field', async (query, field) => {
    const res = await t.as(cas).get(`${LIST}?${query}`);
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields ?? {})).toContain(field);
  });
});
