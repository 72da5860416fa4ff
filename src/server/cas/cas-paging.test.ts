// The CAS caseloads and Incoming Housing Referrals come a page at a time, sorted and filtered by
// the database: a CoC with more households than the lists once loaded (5,000 cases, 2,000
// referrals) reaches every one of them.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { casSettingsTable } from '../../db/schema/index.ts';
import { addDays } from '../../hud/rules/dates.ts';
import { hudToday } from '../http/ids.ts';
import { auditedReads, type CasFamily, casIntake } from './cas.test-support.ts';
import { checkCasNoContact } from './check-cas-no-contact.ts';

let t: TestApp;
let access: string;
let ceManager: string;
let provider: string;
let f: CasFamily;
let eventId = '';
const today = hudToday();
const CASES = 5_100;
const REFERRALS = 2_100;

type Row = { PersonalID: string; LastName: string; householdSize: number; EventID?: string };
type Page = { items: Row[]; total: number };

beforeAll(async () => {
  t = await createTestApp();
  access = await t.login('accesspoint');
  ceManager = await t.login('cemanager');
  provider = await t.login('casemanager');
  const cas = await t.login('casadmin');
  f = await casIntake(t, access, { EntryDate: addDays(today, -20), lastName: 'Original' });
  const referred = await t.as(cas).post('/api/cas/referrals', { EnrollmentID: f.EnrollmentID, ProjectID: 'PRJ-PSH' });
  expect(referred.statusCode, referred.body).toBe(201);
  eventId = referred.json().id;
  // Copies of the household: each its own client and CAS enrollment at the same access point,
  // named Bulk00001…; and copies of the referral.
  await t.database.db.execute(sql`
    INSERT INTO client SELECT (jsonb_populate_record(NULL::client, to_jsonb(c) || jsonb_build_object(
        'personal_id', 'BULK-' || g, 'last_name', 'Bulk' || lpad(g::text, 5, '0')))).*
      FROM client c, generate_series(1, ${CASES}) g WHERE c.personal_id = ${f.hoh}`);
  await t.database.db.execute(sql`
    INSERT INTO enrollment SELECT (jsonb_populate_record(NULL::enrollment, to_jsonb(e) || jsonb_build_object(
        'enrollment_id', 'BULK-E' || g, 'personal_id', 'BULK-' || g, 'household_id', 'BULK-H' || g))).*
      FROM enrollment e, generate_series(1, ${CASES}) g WHERE e.enrollment_id = ${f.EnrollmentID}`);
  await t.database.db.execute(sql`
    INSERT INTO event SELECT (jsonb_populate_record(NULL::event, to_jsonb(ev) || jsonb_build_object(
        'event_id', 'BULK-EV' || g, 'event_date', ev.event_date - (g % 300)))).*
      FROM event ev, generate_series(1, ${REFERRALS}) g WHERE ev.event_id = ${eventId}`);
  await t.database.db.execute(sql`
    INSERT INTO cas_referral SELECT (jsonb_populate_record(NULL::cas_referral, to_jsonb(r) || jsonb_build_object(
        'event_id', 'BULK-EV' || g))).*
      FROM cas_referral r, generate_series(1, ${REFERRALS}) g WHERE r.event_id = ${eventId}`);
}, 300_000);
afterAll(() => t.close());

const page = async (cookie: string, url: string): Promise<Page> => {
  const res = await t.as(cookie).get(url);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

describe('Agency CAS Active Cases, a page at a time', () => {
  it('counts every case and reaches a page past the 5,000 the list once stopped at', async () => {
    const first = await page(ceManager, '/api/cas/cases/agency?pageSize=100');
    expect(first.total).toBe(CASES + 1);
    expect(first.items).toHaveLength(100);
    // Sorted by last name: Bulk00001 … Bulk05100, then Original.
    expect(first.items[0]?.LastName).toBe('Bulk00001');
    const last = await page(ceManager, '/api/cas/cases/agency?pageSize=100&page=52');
    expect(last.items.map((r) => r.LastName)).toEqual(['Original']);
    expect(last.items[0]?.PersonalID).toBe(f.hoh);
    const past = await page(ceManager, '/api/cas/cases/agency?pageSize=100&page=60');
    expect(past).toEqual({ items: [], total: CASES + 1 });
  }, 120_000);

  it('sorts and filters by a column in the database', async () => {
    const desc = await page(ceManager, '/api/cas/cases/agency?pageSize=3&sort=client&desc=true');
    expect(desc.items.map((r) => r.LastName)).toEqual(['Original', 'Bulk05100', 'Bulk05099']);
    const filtered = await page(ceManager, `/api/cas/cases/agency?filter.client=${encodeURIComponent('bulk0510')}`);
    expect(filtered.total).toBe(1);
    expect(filtered.items.map((r) => r.LastName)).toEqual(['Bulk05100']);
    // A "%" typed in a filter is a percent sign, not a wildcard.
    expect((await page(ceManager, '/api/cas/cases/agency?filter.client=%25')).total).toBe(0);
    // Only the original household was assessed and placed on the queue (the copies were not).
    const byStatus = await page(ceManager, '/api/cas/cases/agency?filter.status=Placed');
    expect(byStatus.items.map((r) => r.PersonalID)).toEqual([f.hoh]);
    expect((await page(ceManager, '/api/cas/cases/agency?filter.status=nothing-like-it')).total).toBe(0);
  }, 120_000);

  it('filters and sorts a labelled column by the labels the reader reads', async () => {
    const inSpanish = async (url: string): Promise<Page> => {
      const res = await t.app.inject({ method: 'GET', url, headers: { cookie: ceManager, 'accept-language': 'es' } });
      expect(res.statusCode, res.body).toBe(200);
      return res.json();
    };
    const placed = await inSpanish(`/api/cas/cases/agency?filter.status=${encodeURIComponent('incluido en la lista')}`);
    expect(placed.items.map((r) => r.PersonalID)).toEqual([f.hoh]);
    // The English label is not what a Spanish reader sees, so it finds nothing.
    expect((await inSpanish('/api/cas/cases/agency?filter.status=Placed')).total).toBe(0);
    const sorted = await inSpanish('/api/cas/cases/agency?pageSize=1&sort=status');
    expect(sorted.items.map((r) => r.PersonalID)).toEqual([f.hoh]);
    // Document Check as shown: its referral to PSH asks three documents more of the original.
    const docs = (text: string) => `/api/cas/cases/agency?filter.docs=${encodeURIComponent(text)}`;
    expect((await page(ceManager, docs('0 of 5'))).items.map((r) => r.PersonalID)).toEqual([f.hoh]);
    expect((await inSpanish(docs('0 de 5'))).items.map((r) => r.PersonalID)).toEqual([f.hoh]);
    expect((await inSpanish(docs('0 of 5'))).total).toBe(0);
    // Least ready first; of households with none ready, the one missing the most.
    const leastReady = await page(ceManager, '/api/cas/cases/agency?pageSize=1&sort=docs');
    expect(leastReady.items.map((r) => r.PersonalID)).toEqual([f.hoh]);
  }, 120_000);

  it('audits the clients of the page shown, and only them', async () => {
    const audited = () => auditedReads(t, 'USR-CEMANAGER', 'agency CAS active cases');
    const before = (await audited()).length;
    const shown = await page(ceManager, '/api/cas/cases/agency?pageSize=25&page=3');
    const after = await audited();
    expect(after.slice(before).sort()).toEqual(shown.items.map((r) => r.PersonalID).sort());
    expect(shown.items[0]?.LastName).toBe('Bulk00051');
  }, 120_000);

  it('refuses a page size the server does not serve, naming the field', async () => {
    const res = await t.as(ceManager).get('/api/cas/cases/agency?pageSize=5000');
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('pageSize');
  });
});

describe('Incoming Housing Referrals, a page at a time', () => {
  it('counts every referral and reaches a page past the 2,000 the list once stopped at', async () => {
    const first = await page(provider, '/api/cas/referrals/incoming?result=all&pageSize=200');
    expect(first.total).toBe(REFERRALS + 1);
    const last = await page(provider, '/api/cas/referrals/incoming?result=all&pageSize=200&page=11');
    expect(last.items).toHaveLength(REFERRALS + 1 - 2000);
    const seen = new Set<string>();
    for (let p = 1; p <= 11; p++) {
      for (const r of (await page(provider, `/api/cas/referrals/incoming?result=all&pageSize=200&page=${p}`)).items)
        seen.add(r.EventID ?? '');
    }
    expect(seen.size).toBe(REFERRALS + 1);
    expect(seen.has(eventId)).toBe(true);
  }, 120_000);

  it('sorts by days waiting in the database, longest first', async () => {
    const rows = (await page(provider, '/api/cas/referrals/incoming?pageSize=5&sort=waiting&desc=true'))
      .items as (Row & {
      daysWaiting: number;
    })[];
    const days = rows.map((r) => r.daysWaiting);
    expect(days).toEqual([...days].sort((a, b) => b - a));
    expect(days[0]).toBeGreaterThanOrEqual(299);
  }, 120_000);
});

describe('the daily no-contact check', () => {
  it('brings every overdue case to its case manager, past the 5,000 the lists once stopped at', async () => {
    // Each copied household gets its own copy of the original's case manager.
    await t.database.db.execute(sql`
      INSERT INTO case_assignment SELECT (jsonb_populate_record(NULL::case_assignment, to_jsonb(a) || jsonb_build_object(
          'id', 'BULK-CA' || g, 'personal_id', 'BULK-' || g,
          'enrollment_id', CASE WHEN a.enrollment_id IS NOT NULL THEN 'BULK-E' || g END))).*
        FROM case_assignment a, generate_series(1, ${CASES}) g WHERE a.personal_id = ${f.hoh} AND a.end_date IS NULL`);
    // The copies' last contact is their entry 20 days ago; the original was referred today.
    await t.database.db.update(casSettingsTable).set({ noContactDays: 10 });
    const { cases } = await checkCasNoContact({ database: t.database, config: t.config, storage: t.storage });
    expect(cases).toBe(CASES);
    const notified = await t.database.db.execute(
      sql`SELECT count(DISTINCT personal_id)::int AS n FROM notification WHERE kind = 'cas_no_contact'`,
    );
    expect((notified as unknown as { rows: { n: number }[] }).rows[0]?.n).toBe(CASES);
  }, 300_000);
});
