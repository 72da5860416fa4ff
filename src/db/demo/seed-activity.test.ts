// The demo's recent activity fills each demo role's Home and work screens for the default period.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { hudToday } from '../../server/http/ids.ts';
import { seedDemoActivity } from './seed-activity.ts';

let t: TestApp;
let seeded: { clients: number; enrollments: number };
const today = hudToday();
const get = async (username: string, url: string) => {
  const res = await t.as(await t.login(username)).get(url);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

beforeAll(async () => {
  t = await createTestApp();
  seeded = await seedDemoActivity(t.database);
});
afterAll(() => t.close());

describe('demo activity of the last year', () => {
  it('gives the case manager a caseload, annual assessments due now and overdue, and problems to fix', async () => {
    expect(seeded.clients).toBeGreaterThan(50);
    const home = await get('casemanager', '/api/dashboard/case-manager');
    expect(home.caseload.total).toBeGreaterThanOrEqual(8);
    expect(home.caseload.items).toHaveLength(8);
    expect(home.annualAssessments.dueNow).toBeGreaterThanOrEqual(2);
    expect(home.annualAssessments.overdue).toBeGreaterThanOrEqual(2);
    expect(home.dataQuality.total).toBeGreaterThan(0);
    const elements = new Set(home.dataQuality.items.map((p: { element: string }) => p.element));
    expect(elements.size).toBeGreaterThan(1);
  });

  it('gives the program manager caseloads, utilization and entries and exits in each of the last 12 months', async () => {
    const home = await get('manager', '/api/dashboard/program-manager');
    const withClients = home.caseloads.filter((c: { clients: number }) => c.clients > 0);
    expect(withClients.map((c: { name: string }) => c.name).sort()).toEqual(['Casey Manager', 'Morgan Manager']);
    expect(home.entriesExits).toHaveLength(12);
    for (const m of home.entriesExits) {
      expect(m.entries, m.month).toBeGreaterThan(0);
      expect(m.exits, m.month).toBeGreaterThan(0);
    }
    expect(home.utilization.map((p: { ProjectID: string }) => p.ProjectID).sort()).toEqual([
      'PRJ-ES',
      'PRJ-PSH',
      'PRJ-RRH',
      'PRJ-TH',
    ]);
    for (const p of home.utilization) {
      const used = p.months.filter((m: { bedUtilization: number | null }) => (m.bedUtilization ?? 0) > 0);
      expect(used.length, p.ProjectID).toBeGreaterThanOrEqual(10);
    }
  });

  it('gives the data quality officer problems per project and a trend over the year', async () => {
    const home = await get('dqo', '/api/dashboard/data-quality');
    const hhp = home.projects.filter((p: { ProjectID: string }) => p.ProjectID.startsWith('PRJ-'));
    expect(hhp.filter((p: { records: number }) => p.records > 0).length).toBeGreaterThanOrEqual(6);
    const problems = hhp.flatMap((p: { elements: { missing: number | null; dk: number | null }[] }) =>
      p.elements.filter((e) => (e.missing ?? 0) + (e.dk ?? 0) > 0),
    );
    expect(problems.length).toBeGreaterThan(2);
    expect(home.trend.filter((m: { records: number }) => m.records > 0)).toHaveLength(12);
    expect(home.trend.some((m: { lateRate: number }) => m.lateRate > 0)).toBe(true);
  });

  it('fills Quick Services, My Services, Batches and My Case Assignments for the case managers', async () => {
    const quick = await get('casemanager', `/api/quick-services/clients?projectId=PRJ-ES&date=${today}`);
    expect(quick.items.length).toBeGreaterThan(3);
    const mine = await get('casemanager', '/api/my-services');
    expect(mine.items.length).toBeGreaterThan(5);
    const batches = await get('casemanager', '/api/batches');
    expect(batches.items.map((b: { status: string }) => b.status).sort()).toEqual(['open', 'posted']);
    const assigned = await get('casemanager', '/api/case-assignments/mine');
    expect(assigned.length).toBeGreaterThanOrEqual(8);
    const outreach = await get('casemanager2', `/api/quick-services/clients?projectId=PRJ-NBN&date=${today}`);
    expect(outreach.items.length).toBeGreaterThan(1);
  });
});
