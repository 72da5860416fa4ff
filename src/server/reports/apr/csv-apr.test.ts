// CSV-APR / CSV-CAPER through the API: who may run it on which projects, what input is refused,
// and the zip it leaves under Files on Server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { loadDemoClients } from '../../../db/demo/load-demo-clients.ts';
import { csvRows, download, unzip, waitForJob } from '../../hmis-csv/test-support.ts';
import { compareGrids, expectedTables, KIT_PERIOD, kitRuns } from './test-support.ts';

let t: TestApp;
let dqo: string;
let caseManager: string;
let admin: string;

const PSH = '780'; // DataLab - PSH CoC I, The Care Services (773): a housing organization
const SO = '1419'; // DataLab - SO ESG, The United Place (119): an outreach organization

const body = (over: Record<string, unknown> = {}) => ({ reportType: 'APR', ...KIT_PERIOD, projectIds: [PSH], ...over });

beforeAll(async () => {
  t = await createTestApp();
  await loadDemoClients(t.database);
  [dqo, caseManager, admin] = await Promise.all([t.login('dqo'), t.login('casemanager'), t.login('admin')]);
});
afterAll(() => t.close());

async function runToZip(cookie: string, input: Record<string, unknown>) {
  const res = await t.as(cookie).post('/api/reports/csv-apr', input);
  expect(res.statusCode, res.body).toBe(202);
  const job = await waitForJob(t, cookie, res.json().jobId);
  expect(job.status, job.error).toBe('done');
  expect(job.fileId).toBeTruthy();
  return unzip(await download(t, cookie, job.fileId as string));
}

describe('CSV-APR FY2026', () => {
  it('writes one CSV per APR table, with the reference’s numbers, for a data quality officer', async () => {
    const files = await runToZip(dqo, body());
    expect([...files.keys()]).toEqual(expect.arrayContaining(['Q4a.csv', 'Q5a.csv', 'Q6a.csv', 'Q7a.csv', 'Q7b.csv']));
    const run = kitRuns().find((r) => r.projectId === PSH && r.reportType === 'APR');
    const expected = expectedTables(run as NonNullable<typeof run>);
    const q7a = csvRows(files.get('Q7a.csv') as string);
    expect(q7a[0]).toEqual([
      '',
      'Total',
      'Without Children',
      'With Children and Adults',
      'With Only Children',
      'Unknown Household Type',
    ]);
    expect(q7a[1]?.[0]).toBe('Adults');
    expect(compareGrids(expected.get('Q7a') as string[][], q7a, true).diffs).toEqual([]);
    expect(
      compareGrids(expected.get('Q5a') as string[][], csvRows(files.get('Q5a.csv') as string), true).diffs,
    ).toEqual([]);
    // Rates are written with four decimals.
    expect(csvRows(files.get('Q6a.csv') as string)[1]?.[5]).toBe('0.1429');
  });

  it('writes the CAPER for a case manager on a project of their organization', async () => {
    const cm2 = await t.login('casemanager2');
    expect((await t.as(cm2).put('/api/auth/organization', { organizationId: '119' })).statusCode).toBe(200);
    const files = await runToZip(cm2, body({ reportType: 'CAPER', projectIds: [SO] }));
    const q5a = csvRows(files.get('Q5a.csv') as string);
    expect(q5a[1]).toEqual(['Total number of persons served', '9', '25']);
  });

  it('refuses a case manager the projects of other organizations, naming the project', async () => {
    const res = await t.as(caseManager).post('/api/reports/csv-apr', body({ projectIds: [SO] }));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.projectIds).toContain(SO);
  });

  it('lets a program manager report on their organizations’ projects only, and an HMIS admin on any', async () => {
    const manager = await t.login('manager');
    const refused = await t.as(manager).post('/api/reports/csv-apr', body({ projectIds: [SO] }));
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields.projectIds).toContain(SO);
    expect((await t.as(manager).post('/api/reports/csv-apr', body())).statusCode).toBe(202);
    expect((await t.as(admin).post('/api/reports/csv-apr', body({ projectIds: [SO] }))).statusCode).toBe(202);
  });

  it('refuses bad input with the field and the problem', async () => {
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ startDate: '2022-09-30', endDate: '2021-10-01' }, 'endDate', /on or after the start date/],
      [{ projectIds: [] }, 'projectIds', /at least one project/],
      [{ projectIds: ['no-such-project'] }, 'projectIds', /may not report on project no-such-project/],
      [{ startDate: '2000-01-01', endDate: '2000-12-31' }, 'startDate', /Nobody was served/],
      [{ generateValidationFile: true }, 'validationPassword', /password for the validation file/],
      [{ generateValidationFile: true, validationPassword: 'short' }, 'validationPassword', /at least 12 characters/],
      [{ generateValidationFile: true, validationPassword: 'password1234' }, 'validationPassword', /too common/],
      [{ reportType: 'SPM' }, 'reportType', /./],
    ];
    for (const [over, field, message] of cases) {
      const res = await t.as(dqo).post('/api/reports/csv-apr', body(over));
      expect(res.statusCode, JSON.stringify(over)).toBe(400);
      expect(res.json().error.fields?.[field], JSON.stringify(over)).toMatch(message);
    }
  });

  it('keeps a victim service provider’s projects to people working as it, HMIS admins included', async () => {
    const res = await t.as(admin).post('/api/reports/csv-apr', body({ projectIds: ['PRJ-DV'] }));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.projectIds).toContain('PRJ-DV');
    const asVsp = await t.as(admin).put('/api/auth/organization', { organizationId: 'ORG-SH' });
    expect(asVsp.statusCode).toBe(200);
    // Working as the provider, the project may be reported on (it has nobody in it yet).
    const again = await t.as(admin).post('/api/reports/csv-apr', body({ projectIds: ['PRJ-DV'] }));
    expect(again.statusCode).toBe(400);
    expect(again.json().error.fields.startDate).toMatch(/Nobody was served/);
    await t.as(admin).put('/api/auth/organization', { organizationId: 'ORG-HHP' });
  });

  it('marks a victim service provider’s report as that provider’s client data', async () => {
    // One Data Lab stay moved to the provider's shelter, so its report has someone in it.
    await t.database.raw.query(
      "UPDATE enrollment SET project_id = 'PRJ-DV' WHERE enrollment_id = (SELECT min(enrollment_id) FROM enrollment WHERE project_id = '388')",
    );
    await t.as(admin).put('/api/auth/organization', { organizationId: 'ORG-SH' });
    const res = await t.as(admin).post('/api/reports/csv-apr', body({ reportType: 'CAPER', projectIds: ['PRJ-DV'] }));
    expect(res.statusCode, res.body).toBe(202);
    const job = await waitForJob(t, admin, res.json().jobId);
    expect(job.status).toBe('done');
    expect(job.result?.clientDataOrganizationIds).toEqual(['ORG-SH']);
    const { rows } = await t.database.raw.query<{ contains_client_data: boolean }>(
      'SELECT contains_client_data FROM stored_file WHERE id = $1',
      [job.fileId],
    );
    expect(rows[0]?.contains_client_data).toBe(true);
    // Nobody but its owner (and, for now, HMIS admins) reads the job.
    expect((await t.as(dqo).get(`/api/jobs/${job.id}`)).statusCode).toBe(404);
    await t.as(admin).put('/api/auth/organization', { organizationId: 'ORG-HHP' });
  });

  it('audits that the user took responsibility for an unencrypted validation file', async () => {
    const res = await t
      .as(dqo)
      .post('/api/reports/csv-apr', body({ generateValidationFile: true, acceptUnencrypted: true }));
    expect(res.statusCode).toBe(202);
    await waitForJob(t, dqo, res.json().jobId);
    const { rows } = await t.database.raw.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM audit_event WHERE action = 'apr.validation_unencrypted_accepted' AND username = 'dqo'",
    );
    expect(rows[0]?.n).toBe(1);
  });
});
