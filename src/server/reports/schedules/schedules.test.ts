// Scheduled reports: bad schedules refused by field; pause, edit, delete; a schedule fires by
// itself (pg-boss cron), its file lands on the owner's Files on Server and the owner is told;
// each run happens once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { addPerson, addStay, readXlsx } from '../reports.test-support.ts';
import { fireDueSchedules } from './fire-due-schedules.ts';
import { nextRunAfter } from './next-run.ts';

let t: TestApp;
let cm: string;
const inMinutes = (m: number) => new Date(Date.now() + m * 60_000).toISOString();
const bnl = { startDate: '2026-01-01', endDate: '2026-01-31', hidePii: true };
const schedule = (over: Record<string, unknown> = {}) => ({
  report: 'bnl',
  name: 'January BNL',
  parameters: bnl,
  format: 'xlsx',
  frequency: 'weekly',
  runAt: inMinutes(60),
  ...over,
});

beforeAll(async () => {
  t = await createTestApp();
  cm = await t.login('casemanager');
  const id = await addPerson(t.database, { first: 'Sebastiana', last: 'Scheduled', dob: '1980-01-01' });
  await addStay(t.database, { personalId: id, projectId: 'PRJ-ES', householdId: 'SCH', entry: '2026-01-04' });
});
afterAll(() => t.close());

describe('scheduled reports', () => {
  it('refuses a time in the past, dates out of order and programs outside the user’s organizations', async () => {
    const bad = async (body: Record<string, unknown>) => {
      const res = await t.as(cm).post('/api/report-schedules', schedule(body));
      expect(res.statusCode).toBe(400);
      return res.json().error.fields as Record<string, string>;
    };
    expect((await bad({ runAt: inMinutes(-5) })).runAt).toMatch(/in the past/);
    expect((await bad({ parameters: { ...bnl, endDate: '2025-12-01' } })).endDate).toMatch(/before the start date/);
    expect((await bad({ parameters: { ...bnl, projectIds: ['PRJ-NBN'] } })).projectIds).toMatch(/not in the chosen/);
    expect((await bad({ report: 'nothing' })).report).toMatch(/no report named/);
    expect((await bad({ frequency: 'hourly' })).frequency).toBeTruthy();
    const admins = await t.as(cm).post('/api/report-schedules', schedule({ report: 'user-tracker', parameters: {} }));
    expect(admins.statusCode).toBe(403);
  });

  it('lists my schedules; pause, edit and delete them, with stale edits refused', async () => {
    const created = await t.as(cm).post('/api/report-schedules', schedule());
    expect(created.statusCode, created.body).toBe(201);
    const s = created.json();
    expect(s).toMatchObject({ reportTitle: 'HMIS Active Client List', frequency: 'weekly', paused: false });
    const list = (await t.as(cm).get('/api/report-schedules')).json().items;
    expect(list.map((x: { id: string }) => x.id)).toContain(s.id);
    const paused = await t
      .as(cm)
      .put(`/api/report-schedules/${s.id}`, { ...schedule(), runAt: s.runAt, paused: true, version: s.version });
    expect(paused.statusCode, paused.body).toBe(200);
    expect(paused.json().paused).toBe(true);
    const stale = await t
      .as(cm)
      .put(`/api/report-schedules/${s.id}`, { ...schedule(), runAt: s.runAt, version: s.version });
    expect(stale.statusCode).toBe(409);
    const edited = await t.as(cm).put(`/api/report-schedules/${s.id}`, {
      ...schedule({ name: 'Monthly BNL', frequency: 'monthly' }),
      runAt: s.runAt,
      version: paused.json().version,
    });
    expect(edited.json()).toMatchObject({ name: 'Monthly BNL', frequency: 'monthly', paused: false });
    const other = await t.login('casemanager2');
    expect((await t.as(other).delete(`/api/report-schedules/${s.id}`)).statusCode).toBe(404);
    expect((await t.as(cm).delete(`/api/report-schedules/${s.id}`)).statusCode).toBe(204);
    expect((await t.as(cm).get('/api/report-schedules')).json().items).toEqual([]);
  });

  it('computes recurring runs at the same time of day, skipping those already past', () => {
    const first = new Date(2026, 0, 31, 7, 30);
    expect(nextRunAfter('monthly', first, new Date(2026, 1, 1))).toEqual(new Date(2026, 1, 28, 7, 30));
    expect(nextRunAfter('weekly', first, new Date(2026, 1, 7, 8))).toEqual(new Date(2026, 1, 14, 7, 30));
    expect(nextRunAfter('daily', first, new Date(2026, 5, 1, 7))).toEqual(new Date(2026, 5, 1, 7, 30));
    expect(nextRunAfter('once', first, new Date(2026, 1, 1))).toBeNull();
  });

  it('runs a due schedule once, however many ticks claim it at the same time', async () => {
    const s = (
      await t.as(cm).post('/api/report-schedules', schedule({ name: 'Once', frequency: 'once', runAt: inMinutes(1) }))
    ).json();
    const later = new Date(Date.now() + 2 * 60_000);
    const fired = await Promise.all([fireDueSchedules(t, later), fireDueSchedules(t, later)]);
    expect(fired.reduce((a, b) => a + b, 0)).toBe(1);
    const jobs = await t.database.raw.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM job_run WHERE parameters->>'scheduleId' = $1`,
      [s.id],
    );
    expect(jobs.rows[0]?.n).toBe(1);
    await t.as(cm).delete(`/api/report-schedules/${s.id}`);
  });

  it('fires by itself and leaves the file on the owner’s Files on Server', { timeout: 180_000 }, async () => {
    const s = (
      await t
        .as(cm)
        .post(
          '/api/report-schedules',
          schedule({ name: 'Soon', frequency: 'once', runAt: new Date(Date.now() + 3000).toISOString() }),
        )
    ).json();
    let last: { status: string; fileId: string | null; message: string | null } | null = null;
    for (let i = 0; i < 170 && last?.status !== 'done'; i++) {
      await new Promise((r) => setTimeout(r, 1000));
      const mine = (await t.as(cm).get('/api/report-schedules'))
        .json()
        .items.find((x: { id: string }) => x.id === s.id);
      last = mine?.lastJob ?? null;
      if (last?.status === 'failed') throw new Error(JSON.stringify(last));
    }
    expect(last?.status).toBe('done');
    expect(last?.message).toBe('1 rows');
    const files = (await t.as(cm).get('/api/files')).json().items as { id: string; name: string; jobTitle: string }[];
    const file = files.find((f) => f.id === last?.fileId);
    expect(file?.jobTitle).toBe('HMIS Active Client List: Soon (scheduled)');
    const download = await t.as(cm).get(`/api/files/${last?.fileId}/download`);
    const sheet = (await readXlsx(download.rawPayload))['Active clients'];
    expect(sheet?.rows[0]).toContain('MoveInDate');
    expect(sheet?.rows[0]).not.toContain('FirstName');
    expect(sheet?.rows).toHaveLength(2);
    const after = (await t.as(cm).get('/api/report-schedules')).json().items.find((x: { id: string }) => x.id === s.id);
    expect(after.nextRunAt).toBeNull();
    const told = (await t.as(cm).get('/api/notifications')).json().items as { title: string; link: string }[];
    expect(told.find((n) => n.link === `/reports/files/${after.lastJob.id}`)?.title).toBe(
      'Report ready: HMIS Active Client List',
    );
  });
});
