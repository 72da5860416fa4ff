// The examples, one by one: a victim-service provider's (VSP) records, and a client
// restricted to another organization, answer exactly like records that do not exist — to case
// managers and to HMIS admins working as another organization — and nothing about them changes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { download, unzip, waitForJob } from '../hmis-csv/test-support.ts';
import { hudToday, newId } from '../http/ids.ts';
import { daysAgo } from '../services/test-fixtures.ts';
import { buildOrgFamily, type Family, projectOf, WALK_ORGS, walkUser, workAs } from './walk-fixtures.test-support.ts';

let t: TestApp;
let vsp: Family;
let restricted: Family;
const outsiders: { who: string; userId: string; cookie: string }[] = [];
let vspAdmin: string;

beforeAll(async () => {
  t = await createTestApp();
  const admin = await t.login('admin');
  vsp = await buildOrgFamily(t, admin, WALK_ORGS.vsp);
  restricted = await buildOrgFamily(t, admin, WALK_ORGS.another);
  // Members of all three organizations, working as Hearth Housing Partners.
  for (const role of ['case_manager', 'hmis_admin'] as const) {
    const u = await walkUser(t, admin, role, Object.values(WALK_ORGS));
    await workAs(t, u.cookie, WALK_ORGS.own);
    outsiders.push({ who: role, ...u });
  }
  vspAdmin = (await walkUser(t, admin, 'hmis_admin', [WALK_ORGS.vsp])).cookie;
}, 900_000);
afterAll(() => t?.close());

const owner = (f: Family) => {
  if (!f.owner) throw new Error('family without owner');
  return t.as(f.owner.cookie);
};
/** The answer with the ID asked for replaced, so a hidden and a nonexistent record compare. */
const shape = (res: { statusCode: number; body: string }, id: string) => ({
  status: res.statusCode,
  body: JSON.parse(res.body.replaceAll(id, '<ID>')),
});

describe('hidden records answer like nonexistent ones', () => {
  it('POST /api/case-assignments with a VSP or restricted client: 404 like a client that does not exist, and no assignment', async () => {
    for (const u of outsiders) {
      for (const f of [vsp, restricted]) {
        const pid = f.ids.client ?? '';
        const missing = String(Number(pid) + 1_000_000);
        const hidden = await t.as(u.cookie).post('/api/case-assignments', { PersonalID: pid, userId: u.userId });
        const absent = await t.as(u.cookie).post('/api/case-assignments', { PersonalID: missing, userId: u.userId });
        expect(shape(hidden, pid), `${u.who}, ${f.name}`).toEqual(shape(absent, missing));
        expect(hidden.statusCode).toBe(404);
        expect(hidden.json().error.fields).toEqual({ PersonalID: 'Client was not found' });
      }
    }
    for (const f of [vsp, restricted]) {
      const list = await owner(f).get(`/api/case-assignments?PersonalID=${f.ids.client}`);
      const assigned = list.json().map((a: { userId: string }) => a.userId);
      expect(assigned).toContain(f.owner?.userId);
      for (const u of outsiders) expect(assigned).not.toContain(u.userId);
    }
  });

  it('POST /api/workflows (exit) on a VSP or restricted enrollment: 404, and the answer never names the client', async () => {
    for (const u of outsiders) {
      for (const f of [vsp, restricted]) {
        const eid = f.ids.enrollment ?? '';
        const missing = newId();
        const hidden = await t.as(u.cookie).post('/api/workflows', { kind: 'exit', EnrollmentID: eid });
        const absent = await t.as(u.cookie).post('/api/workflows', { kind: 'exit', EnrollmentID: missing });
        expect(hidden.statusCode).toBe(404);
        expect(shape(hidden, eid)).toEqual(shape(absent, missing));
        expect(hidden.body).not.toContain(f.ids.client);
      }
      const drafts = await t.as(u.cookie).get('/api/workflows');
      expect(drafts.json()).toEqual([]);
    }
  });

  it('ending a VSP case assignment, deleting a VSP service, asking to delete a restricted client’s service: 404, nothing changes', async () => {
    for (const u of outsiders) {
      const as = t.as(u.cookie);
      const cases: [string, () => Promise<{ statusCode: number; body: string }>][] = [
        [
          vsp.ids.caseAssignment ?? '',
          () => as.post(`/api/case-assignments/${vsp.ids.caseAssignment}/end`, { version: 1 }),
        ],
        [vsp.ids.service ?? '', () => as.delete(`/api/services/${vsp.ids.service}?version=1`)],
        [
          restricted.ids.service ?? '',
          () => as.post(`/api/services/${restricted.ids.service}/deletion-requests`, { reason: 'Entered twice' }),
        ],
      ];
      const missing = newId();
      const absent = [
        await as.post(`/api/case-assignments/${missing}/end`, { version: 1 }),
        await as.delete(`/api/services/${missing}?version=1`),
        await as.post(`/api/services/${missing}/deletion-requests`, { reason: 'Entered twice' }),
      ];
      for (const [i, [id, call]] of cases.entries()) {
        const hidden = await call();
        const nonexistent = absent[i];
        if (!nonexistent) throw new Error('no answer');
        expect(hidden.statusCode, `${u.who}: ${hidden.body}`).toBe(404);
        expect(shape(hidden, id)).toEqual(shape(nonexistent, missing));
      }
    }
    const assignments = await owner(vsp).get(`/api/case-assignments?PersonalID=${vsp.ids.client}`);
    expect(assignments.json()[0]).toMatchObject({ id: vsp.ids.caseAssignment, active: true });
    const services = await owner(vsp).get(`/api/clients/${vsp.ids.client}/services`);
    expect(services.json().items.map((s: { id: string }) => s.id)).toContain(vsp.ids.service);
    const admin = await t.login('admin');
    await workAs(t, admin, WALK_ORGS.another);
    const requests = await t.as(admin).get('/api/admin/service-deletion-requests');
    // Only the request the owner filed while building the records: none from outsiders.
    expect(
      requests.json().items.filter((r: { service: { id: string } }) => r.service.id === restricted.ids.service),
    ).toHaveLength(1);
  });

  it('an HMIS admin working as another organization cannot see a VSP staff member’s export job or download its file', async () => {
    const admin = outsiders.find((u) => u.who === 'hmis_admin');
    if (!admin) throw new Error('no admin');
    const as = t.as(admin.cookie);
    const missing = newId();
    for (const [hidden, absent] of [
      [`/api/jobs/${vsp.ids.job}`, `/api/jobs/${missing}`],
      [`/api/files/${vsp.ids.storedFile}/download`, `/api/files/${missing}/download`],
    ] as const) {
      const h = await as.get(hidden);
      const a = await as.get(absent);
      expect(h.statusCode, hidden).toBe(404);
      expect(h.json()).toEqual(a.json());
    }
    const jobs = (await as.get('/api/jobs?scope=all')).json().items.map((j: { id: string }) => j.id);
    expect(jobs).not.toContain(vsp.ids.job);
    expect(jobs).toContain(restricted.ids.job);
    const files = (await as.get('/api/files?scope=all')).json().items.map((f: { id: string }) => f.id);
    expect(files).not.toContain(vsp.ids.storedFile);
    // Working as the VSP, the same admin (and a VSP-only admin) reaches them.
    await workAs(t, admin.cookie, WALK_ORGS.vsp);
    expect((await as.get(`/api/jobs/${vsp.ids.job}`)).statusCode).toBe(200);
    expect((await as.get(`/api/files/${vsp.ids.storedFile}/download`)).statusCode).toBe(200);
    expect((await t.as(vspAdmin).get(`/api/files/${vsp.ids.storedFile}/download`)).statusCode).toBe(200);
    await workAs(t, admin.cookie, WALK_ORGS.own);
  });

  it('a CSV-APR and a report run working as the VSP stay inside it: an HMIS admin working as another organization gets 404', async () => {
    const apr = await owner(vsp).post('/api/reports/csv-apr', {
      reportType: 'APR',
      startDate: daysAgo(400),
      endDate: hudToday(),
      projectIds: [projectOf(WALK_ORGS.vsp)],
    });
    expect(apr.statusCode, apr.body).toBe(202);
    const bnl = await owner(vsp).post('/api/reports/bnl/jobs', {
      parameters: { startDate: daysAgo(30), endDate: hudToday() },
      format: 'csv',
    });
    expect(bnl.statusCode, bnl.body).toBe(202);
    const cookie = vsp.owner?.cookie ?? '';
    const done = [await waitForJob(t, cookie, apr.json().jobId), await waitForJob(t, cookie, bnl.json().jobId)];
    const admin = outsiders.find((u) => u.who === 'hmis_admin');
    if (!admin) throw new Error('no admin');
    const as = t.as(admin.cookie);
    const missing = newId();
    for (const job of done) {
      expect(job.status, JSON.stringify(job)).toBe('done');
      for (const [hidden, id, absent] of [
        [`/api/jobs/${job.id}`, job.id, `/api/jobs/${missing}`],
        [`/api/files/${job.fileId}/download`, job.fileId ?? '', `/api/files/${missing}/download`],
      ] as const) {
        expect(shape(await as.get(hidden), id), hidden).toEqual(shape(await as.get(absent), missing));
      }
    }
    const ids = done.flatMap((j) => [j.id, j.fileId]);
    const listed = [
      ...(await as.get('/api/jobs?scope=all')).json().items.map((j: { id: string }) => j.id),
      ...(await as.get('/api/files?scope=all')).json().items.map((f: { id: string }) => f.id),
    ];
    expect(listed.filter((id) => ids.includes(id))).toEqual([]);
    // A CSV-APR on the VSP's project is refused working as another organization.
    const refused = await as.post('/api/reports/csv-apr', {
      reportType: 'APR',
      startDate: daysAgo(400),
      endDate: hudToday(),
      projectIds: [projectOf(WALK_ORGS.vsp)],
    });
    expect(refused.statusCode).toBe(400);
    await workAs(t, admin.cookie, WALK_ORGS.vsp);
    for (const job of done) expect((await as.get(`/api/files/${job.fileId}/download`)).statusCode).toBe(200);
    await workAs(t, admin.cookie, WALK_ORGS.own);
  }, 300_000);

  it('a report schedule made working as the VSP is shown and changed only working as it', async () => {
    const admin = outsiders.find((u) => u.who === 'hmis_admin');
    if (!admin) throw new Error('no admin');
    const as = t.as(admin.cookie);
    await workAs(t, admin.cookie, WALK_ORGS.vsp);
    const input = {
      report: 'bnl',
      name: 'Shelter weekly',
      parameters: { startDate: daysAgo(30), endDate: hudToday() },
      frequency: 'weekly',
      runAt: new Date(Date.now() + 86_400_000).toISOString(),
      paused: true,
    };
    const made = await as.post('/api/report-schedules', input);
    expect(made.statusCode, made.body).toBe(201);
    const { id, version } = made.json();
    await workAs(t, admin.cookie, WALK_ORGS.own);
    const listed = (await as.get('/api/report-schedules')).json().items.map((s: { id: string }) => s.id);
    expect(listed).not.toContain(id);
    const { report: _, ...update } = { ...input, version };
    const missing = newId();
    expect(shape(await as.put(`/api/report-schedules/${id}`, update), id)).toEqual(
      shape(await as.put(`/api/report-schedules/${missing}`, update), missing),
    );
    expect(shape(await as.delete(`/api/report-schedules/${id}`), id)).toEqual(
      shape(await as.delete(`/api/report-schedules/${missing}`), missing),
    );
    await workAs(t, admin.cookie, WALK_ORGS.vsp);
    expect((await as.get('/api/report-schedules')).json().items.map((s: { id: string }) => s.id)).toContain(id);
    expect((await as.delete(`/api/report-schedules/${id}`)).statusCode).toBe(204);
    await workAs(t, admin.cookie, WALK_ORGS.own);
  });

  it('an export run working as another organization leaves the VSP’s client data out', async () => {
    const admin = outsiders.find((u) => u.who === 'hmis_admin');
    if (!admin) throw new Error('no admin');
    const started = await t.as(admin.cookie).post('/api/hmis-csv/exports', {
      startDate: '2024-01-01',
      endDate: new Date().toISOString().slice(0, 10),
      allOrganizations: true,
      cocCode: 'TX-600',
    });
    expect(started.statusCode, started.body).toBe(202);
    const job = await waitForJob(t, admin.cookie, started.json().jobId);
    const files = await unzip(await download(t, admin.cookie, job.fileId ?? ''));
    expect(files.get('Enrollment.csv')).not.toContain(vsp.ids.enrollment);
    expect(files.get('Enrollment.csv')).toContain(restricted.ids.enrollment);
  });
});
