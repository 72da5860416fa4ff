// HMIS Data Entry Timing: days from an event to its entry, bucketed per program; every count
// drills down to exactly its events; grants, scope and VSP visibility; the Excel summary
// matches the screen.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { hudToday } from '../../http/ids.ts';
import { addPerson, addStay, readXlsx } from '../reports.test-support.ts';

let t: TestApp;
let dqo: string;
const base = 'startDate=2026-01-01&endDate=2026-01-31&organizationIds=ORG-HHP';

type Summary = {
  counts: { key: string }[];
  groups: { key: string; label: string; counts: Record<string, number>; measures: Record<string, number | null> }[];
  totals: Record<string, number>;
  totalMeasures: Record<string, number | null>;
};
type Result = { items: Record<string, unknown>[]; total: number; summary: Summary; empty: string | null };

async function get(who: string, qs: string): Promise<Result> {
  const res = await t.as(who).get(`/api/reports/data-entry-timing?${qs}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Result;
}

const sql = (text: string, params: unknown[]) => t.database.raw.query(text, params);
/** An enrollment whose start was entered `late` days after it. */
async function entry(projectId: string, date: string, late: number, name: string) {
  const id = await addPerson(t.database, { first: name, last: 'Timely', dob: '1980-05-05' });
  const e = await addStay(t.database, { personalId: id, projectId, householdId: `H-${name}`, entry: date });
  await sql(`UPDATE enrollment SET date_created = $2::date + $3::int + time '09:30' WHERE enrollment_id = $1`, [
    e,
    date,
    late,
  ]);
  return { personalId: id, enrollmentId: e };
}

beforeAll(async () => {
  t = await createTestApp();
  dqo = await t.login('dqo');
  for (const [late, name] of [
    [0, 'Ada'],
    [2, 'Bea'],
    [5, 'Cal'],
    [10, 'Dov'],
    [20, 'Eli'],
  ] as const)
    await entry('PRJ-ES', '2026-01-05', late, name);
  // Dated ahead of its entry: counts as same day.
  await entry('PRJ-TH', '2026-01-10', -3, 'Fay');
  // Outside the range: not counted.
  await entry('PRJ-ES', '2025-12-20', 1, 'Gus');
  // A victim-service provider's client: never shown outside Safe Harbor.
  await entry('PRJ-DV', '2026-01-06', 4, 'Hal');
  // Exits: one entered a week late.
  const x = await entry('PRJ-RRH', '2025-11-01', 0, 'Ivy');
  await sql(
    `INSERT INTO exit (exit_id, enrollment_id, personal_id, exit_date, destination, date_created, date_updated, user_id)
     VALUES ('X-IVY', $1, $2, '2026-01-12', 410, '2026-01-19 16:00:00', '2026-01-19 16:00:00', 'USR-CM')`,
    [x.enrollmentId, x.personalId],
  );
});
afterAll(() => t.close());

describe('HMIS Data Entry Timing', () => {
  it('buckets entries per program with average and median days', async () => {
    const r = await get(dqo, `${base}&type=entries`);
    const es = r.summary.groups.find((g) => g.key === 'PRJ-ES');
    expect(es?.counts).toEqual({ all: 5, sameDay: 1, days1to3: 1, days4to7: 1, days8to14: 1, over14: 1 });
    expect(es?.measures).toEqual({ averageDays: 7.4, medianDays: 5 });
    const th = r.summary.groups.find((g) => g.key === 'PRJ-TH');
    expect(th?.counts).toMatchObject({ all: 1, sameDay: 1 });
    expect(r.summary.totals.all).toBe(6);
    expect(r.summary.totalMeasures.medianDays).toBe(3.5);
    expect(r.summary.groups.map((g) => g.label)).not.toContain('Safe Harbor Emergency Shelter');
  });

  it('every count drills down to exactly its events', async () => {
    const r = await get(dqo, `${base}&type=entries`);
    for (const g of [...r.summary.groups, { key: '', counts: r.summary.totals }]) {
      for (const { key } of r.summary.counts) {
        const drill = await get(dqo, `${base}&type=entries&group=${g.key}&count=${key}`);
        expect(drill.total, `${g.key} ${key}`).toBe(g.counts[key]);
        expect(drill.items).toHaveLength(g.counts[key] ?? -1);
      }
    }
    const late = await get(dqo, `${base}&type=entries&group=PRJ-ES&count=over14`);
    expect(late.items[0]).toMatchObject({
      FirstName: 'Eli',
      eventDate: '2026-01-05',
      dateEntered: '2026-01-25',
      days: 20,
    });
  });

  it('times exits, and services recorded in Hearth by who recorded them', async () => {
    const exits = await get(dqo, `${base}&type=exits`);
    expect(exits.summary.groups).toEqual([
      expect.objectContaining({ key: 'PRJ-RRH', counts: expect.objectContaining({ all: 1, days4to7: 1 }) }),
    ]);
    const drill = await get(dqo, `${base}&type=exits&count=all`);
    expect(drill.items[0]).toMatchObject({ FirstName: 'Ivy', days: 7, enteredBy: 'Casey Manager' });

    // A service given three days ago, recorded now through the API.
    const cm = await t.login('casemanager');
    const today = hudToday();
    const day = (n: number) => hudToday(new Date(Date.now() - n * 86_400_000));
    const p = await entry('PRJ-ES', day(30), 0, 'Jo');
    const res = await t.as(cm).post(`/api/clients/${p.personalId}/services`, {
      EnrollmentID: p.enrollmentId,
      serviceTypeId: 'SVC-003',
      DateProvided: day(3),
      units: 1,
    });
    expect(res.statusCode, res.body).toBe(201);
    const services = await get(
      dqo,
      `startDate=${day(10)}&endDate=${today}&organizationIds=ORG-HHP&type=services&count=all`,
    );
    expect(services.items).toEqual([
      expect.objectContaining({
        FirstName: 'Jo',
        detail: 'Meal',
        days: 3,
        enteredBy: 'Casey Manager',
        dateEntered: today,
      }),
    ]);
  });

  it('filters by grant of the chosen programs and refuses grants of other programs', async () => {
    const r = await get(dqo, `${base}&type=entries&projectIds=PRJ-ES&projectIds=PRJ-TH&grantIds=PRJ-TH-F1`);
    expect(r.summary.groups.map((g) => g.key)).toEqual(['PRJ-TH']);
    const bad = await t.as(dqo).get(`/api/reports/data-entry-timing?${base}&projectIds=PRJ-ES&grantIds=PRJ-TH-F1`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.grantIds).toMatch(/PRJ-TH-F1 does not fund the chosen programs/);
  });

  it('refuses dates out of order, programs and organizations outside the user’s, and says when nothing is found', async () => {
    const dates = await t.as(dqo).get('/api/reports/data-entry-timing?startDate=2026-02-01&endDate=2026-01-01');
    expect(dates.statusCode).toBe(400);
    expect(dates.json().error.fields.endDate).toMatch(/before the start date/);
    const org = await t.as(dqo).get(`/api/reports/data-entry-timing?${base}&organizationIds=ORG-SH`);
    expect(org.json().error.fields.organizationIds).toMatch(/You do not work for organization ORG-SH/);
    const prog = await t.as(dqo).get(`/api/reports/data-entry-timing?${base}&projectIds=PRJ-DV`);
    expect(prog.json().error.fields.projectIds).toMatch(/PRJ-DV is not in the chosen organizations/);
    const type = await t.as(dqo).get(`/api/reports/data-entry-timing?${base}&type=phone_calls`);
    expect(type.json().error.fields.type).toMatch(/Choose a type/);
    const none = await get(dqo, `${base}&type=contacts`);
    expect(none.empty).toMatch(/Nothing of this type was dated in the range/);
    const cm = await t.login('casemanager');
    expect((await t.as(cm).get(`/api/reports/data-entry-timing?${base}`)).statusCode).toBe(403);
  });

  it('never shows a victim-service provider’s events to an HMIS admin working as another organization', async () => {
    const admin = await t.login('admin');
    const r = await get(admin, 'startDate=2026-01-01&endDate=2026-01-31&organizationIds=ORG-SH&type=entries');
    expect(r.empty).toBeTruthy();
    expect(r.summary.totals.all ?? 0).toBe(0);
  });

  it('downloads Excel in the screen’s layout: programs, buckets, average and median, then the events', async () => {
    const res = await t.as(dqo).get(`/api/reports/data-entry-timing/download?${base}&type=entries&format=xlsx`);
    const sheets = await readXlsx(res.rawPayload);
    expect(sheets.Summary?.rows[0]).toEqual([
      'Program',
      'Total',
      'Same day',
      '1–3 days',
      '4–7 days',
      '8–14 days',
      'Over 14 days',
      'Average days',
      'Median days',
    ]);
    expect(sheets.Summary?.rows.find((r) => r[0] === 'Hearth Family Shelter')).toEqual([
      'Hearth Family Shelter',
      '5',
      '1',
      '1',
      '1',
      '1',
      '1',
      '7.4',
      '5',
    ]);
    expect(sheets.Summary?.autoFilter).toBeTruthy();
    expect(sheets.Entries?.rows).toHaveLength(7);
    expect(sheets.Entries?.autoFilter).toMatch(/^A1:/);
  });
});
