import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { addDays } from '../../hud/rules/dates.ts';
import { enrollFamily } from '../enrollments/fixtures.test-support.ts';
import { hudToday } from '../http/ids.ts';

let t: TestApp;
let cm: string;
let cm2: string;
let manager: string;
let dqo: string;
let admin: string;
let family: Awaited<ReturnType<typeof enrollFamily>>;
const today = hudToday();

beforeAll(async () => {
  t = await createTestApp();
  cm = await t.login('casemanager');
  cm2 = await t.login('casemanager2');
  manager = await t.login('manager');
  dqo = await t.login('dqo');
  admin = await t.login('admin');
  family = await enrollFamily(t, cm, { EntryDate: addDays(today, -20) });
});
afterAll(() => t.close());

type Item = { PersonalID: string; fix?: string; element?: string };
const audited = async (view: string) =>
  (
    await t.database.raw.query<{ client_id: string }>(
      `SELECT client_id FROM audit_event WHERE action = 'client.read' AND detail->>'view' = $1`,
      [view],
    )
  ).rows.map((r) => r.client_id);

describe('case manager dashboard', () => {
  it('shows my caseload, recently viewed clients and the Q6 problems in my clients, audited', async () => {
    const opened = await t.as(cm).get(`/api/clients/${family.ids[0]}`);
    expect(opened.statusCode, opened.body).toBe(200);
    const res = await t.as(cm).get('/api/dashboard/case-manager');
    expect(res.statusCode, res.body).toBe(200);
    const d = res.json();
    expect(d.caseload.total).toBeGreaterThanOrEqual(3);
    expect(d.caseload.items.map((i: Item) => i.PersonalID)).toEqual(expect.arrayContaining(family.ids));
    expect(d.recentlyViewed[0].PersonalID).toBe(family.ids[0]);
    // The fixture's clients have no SSN ("data not collected"): Q6a counts it as missing.
    const ssn = d.dataQuality.items.filter(
      (i: Item) => i.element === 'Social Security Number (3.02)' && family.ids.includes(i.PersonalID),
    );
    expect(ssn.length).toBe(3);
    expect(ssn[0].fix).toBe(`/clients/${ssn[0].PersonalID}/edit`);
    expect(d.notifications.unread).toBeGreaterThanOrEqual(0);
    expect(await audited('home:case-manager')).toEqual(expect.arrayContaining(family.ids));
  });

  it('shows another case manager none of these clients', async () => {
    const d = (await t.as(cm2).get('/api/dashboard/case-manager')).json();
    const ids = [...d.caseload.items, ...d.dataQuality.items, ...d.recentlyViewed].map((i: Item) => i.PersonalID);
    expect(ids.filter((id) => family.ids.includes(id))).toEqual([]);
  });
});

describe('program manager dashboard', () => {
  it('charts caseloads per case manager, utilization against inventory, entries and exits', async () => {
    const res = await t.as(manager).get('/api/dashboard/program-manager');
    expect(res.statusCode, res.body).toBe(200);
    const d = res.json();
    expect(d.caseloads.find((c: { userId: string }) => c.userId === 'USR-CM').clients).toBeGreaterThanOrEqual(3);
    expect(d.entriesExits).toHaveLength(12);
    const thisMonth = d.entriesExits.find((m: { month: string }) => m.month === addDays(today, -20).slice(0, 7));
    expect(thisMonth.entries).toBeGreaterThanOrEqual(3);
    const rrh = d.utilization.find((p: { ProjectID: string }) => p.ProjectID === 'PRJ-RRH');
    expect(rrh.months).toHaveLength(12);
    expect(rrh.months.at(-1).beds).toBeGreaterThan(0);
    expect(rrh.months.at(-1).averagePersons).toBeGreaterThan(0);
  });

  it('is refused to a case manager', async () => {
    expect((await t.as(cm).get('/api/dashboard/program-manager')).statusCode).toBe(403);
  });
});

describe('data quality dashboard', () => {
  it('counts APR Q6 per project and drills down to the records, audited', async () => {
    const res = await t.as(dqo).get('/api/dashboard/data-quality');
    expect(res.statusCode, res.body).toBe(200);
    const d = res.json();
    const rrh = d.projects.find((p: { ProjectID: string }) => p.ProjectID === 'PRJ-RRH');
    expect(rrh.records).toBeGreaterThanOrEqual(3);
    const ssn = rrh.elements.find((e: { table: string; key: string }) => e.table === 'Q6a' && e.key === 'ssn');
    expect(ssn.missing).toBeGreaterThanOrEqual(3);
    expect(rrh.timeliness.length).toBeGreaterThan(0);
    expect(d.trend).toHaveLength(12);
    expect(d.projects.some((p: { ProjectID: string }) => p.ProjectID === 'PRJ-DV')).toBe(false);

    const rec = await t
      .as(dqo)
      .get('/api/dashboard/data-quality/records?projectId=PRJ-RRH&table=Q6a&element=ssn&problem=missing');
    expect(rec.statusCode, rec.body).toBe(200);
    const r = rec.json();
    expect(r.counted).toBe(ssn.missing);
    expect(r.items.map((i: Item) => i.PersonalID)).toEqual(expect.arrayContaining(family.ids));
    expect(await audited('home:data-quality')).toEqual(expect.arrayContaining(family.ids));
  });

  it('answers 404 for a project outside the user’s organizations and 400 for an unknown element', async () => {
    const hidden = await t.as(dqo).get('/api/dashboard/data-quality/records?projectId=PRJ-DV&table=Q6a&element=ssn');
    expect(hidden.statusCode).toBe(404);
    const bad = await t.as(dqo).get('/api/dashboard/data-quality/records?projectId=PRJ-RRH&table=Q6a&element=shoe');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.element).toMatch(/shoe/);
    const late = await t.as(dqo).get('/api/dashboard/data-quality?from=2026-05-01&to=2026-01-01');
    expect(late.statusCode).toBe(400);
    expect((await t.as(cm).get('/api/dashboard/data-quality')).statusCode).toBe(403);
  });
});

describe('HMIS admin dashboard', () => {
  it('counts organizations, users signed in this week and jobs', async () => {
    const res = await t.as(admin).get('/api/dashboard/admin');
    expect(res.statusCode, res.body).toBe(200);
    const d = res.json();
    expect(d.organizations).toMatchObject({ total: 4, victimServiceProviders: 1 });
    expect(d.users.signedInThisWeek).toBeGreaterThanOrEqual(5);
    expect((await t.as(manager).get('/api/dashboard/admin')).statusCode).toBe(403);
  });
});
