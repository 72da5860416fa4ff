// The APR browser through the API: the tables on screen, each count's clients (only those the user
// may see, each audited), bad cells named, Excel and PDF of the whole report.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../../test/support/test-app.ts';
import { loadDemoClients } from '../../../../db/demo/load-demo-clients.ts';
import { waitForJob } from '../../../hmis-csv/test-support.ts';
import { cellOf, runApr } from '../run-apr.ts';
import { KIT_PERIOD } from '../test-support.ts';

let t: TestApp;
let dqo: string;
let caseManager: string;
const PSH = '780';
const SO = '1419';
const run = { reportType: 'APR', ...KIT_PERIOD, projectIds: [PSH] };

type View = {
  clients: number;
  tables: {
    id: string;
    title: string;
    rows: { key: string; label: string; cells: { text: string; drill: boolean }[] }[];
  }[];
};
type Cell = { count: number; notShown: number; clients: { personalId: string; values: Record<string, string> }[] };

beforeAll(async () => {
  t = await createTestApp();
  await loadDemoClients(t.database);
  [dqo, caseManager] = await Promise.all([t.login('dqo'), t.login('casemanager')]);
});
afterAll(() => t.close());

describe('APR browser', () => {
  it('shows every APR table and lists the adults behind Q7a, auditing each one shown', async () => {
    const res = await t.as(dqo).post('/api/reports/apr/view', run);
    expect(res.statusCode, res.body).toBe(200);
    const view = res.json() as View;
    expect(view.tables).toHaveLength(67);
    const q7a = view.tables.find((x) => x.id === 'Q7a');
    expect(q7a?.title).toBe('Number of Persons Served');
    const adults = q7a?.rows.find((r) => r.label === 'Adults');
    expect(adults?.cells[0]?.drill).toBe(true);
    const total = Number(adults?.cells[0]?.text);
    expect(total).toBeGreaterThan(0);

    const cell = await t.as(dqo).post('/api/reports/apr/cell', { ...run, table: 'Q7a', row: adults?.key, column: 0 });
    expect(cell.statusCode, cell.body).toBe(200);
    const body = cell.json() as Cell;
    expect(body.count).toBe(total);
    expect(body.clients).toHaveLength(total);
    expect(body.clients.every((c) => Number(c.values.Age) >= 18)).toBe(true);
    const { rows } = await t.database.raw.query<{ n: number }>(
      "SELECT count(DISTINCT client_id)::int AS n FROM audit_event WHERE action = 'client.read' AND detail->>'view' = 'apr.cell:APR:Q7a' AND username = 'dqo'",
    );
    expect(rows[0]?.n).toBe(total);
  });

  it('counts a client restricted to another organization but does not name them', async () => {
    const view = (await t.as(dqo).post('/api/reports/apr/view', run)).json() as View;
    const adults = view.tables.find((x) => x.id === 'Q7a')?.rows.find((r) => r.label === 'Adults');
    const first = (
      (
        await t.as(dqo).post('/api/reports/apr/cell', { ...run, table: 'Q7a', row: adults?.key, column: 0 })
      ).json() as Cell
    ).clients[0]?.personalId;
    await t.database.raw.query(
      `INSERT INTO client_profile (personal_id, restricted_organization_id) VALUES ($1, 'ORG-SH')
       ON CONFLICT (personal_id) DO UPDATE SET restricted_organization_id = 'ORG-SH'`,
      [first],
    );
    const again = (
      await t.as(dqo).post('/api/reports/apr/cell', { ...run, table: 'Q7a', row: adults?.key, column: 0 })
    ).json() as Cell;
    expect(again.notShown).toBe(1);
    expect(again.clients.map((c) => c.personalId)).not.toContain(first);
    expect(again.clients).toHaveLength(again.count - 1);
    await t.database.raw.query('UPDATE client_profile SET restricted_organization_id = NULL WHERE personal_id = $1', [
      first,
    ]);
  });

  it('names the field of a bad cell or a project the user may not report on', async () => {
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ table: 'Q99', row: 'Adults', column: 0 }, 'table', /no table Q99/],
      [{ table: 'Q7a', row: 'No such row', column: 0 }, 'row', /no row/],
      [{ table: 'Q4a', row: 'Q4a', column: 0 }, 'row', /./],
      [{ table: 'Q7a', row: 'Adults', column: -1 }, 'column', /./],
    ];
    for (const [over, field, message] of cases) {
      const res = await t.as(dqo).post('/api/reports/apr/cell', { ...run, ...over });
      expect(res.statusCode, JSON.stringify(over)).toBe(400);
      expect(res.json().error.fields?.[field], JSON.stringify(over)).toMatch(message);
    }
    const refused = await t.as(caseManager).post('/api/reports/apr/view', { ...run, projectIds: [SO] });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields.projectIds).toContain(SO);
    const cellRefused = await t
      .as(caseManager)
      .post('/api/reports/apr/cell', { ...run, projectIds: [SO], table: 'Q7a', row: 'Adults', column: 0 });
    expect(cellRefused.statusCode).toBe(400);
    const nobody = await t
      .as(dqo)
      .post('/api/reports/apr/view', { ...run, startDate: '2000-01-01', endDate: '2000-12-31' });
    expect(nobody.statusCode).toBe(400);
    expect(nobody.json().error.fields.startDate).toMatch(/Nobody was served/);
  });

  it('downloads the whole report as Excel and as PDF', async () => {
    const query = `reportType=APR&startDate=${KIT_PERIOD.startDate}&endDate=${KIT_PERIOD.endDate}&projectIds=${PSH}`;
    const xlsx = await t.as(dqo).get(`/api/reports/apr/download?${query}&format=xlsx`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const pdf = await t.as(dqo).get(`/api/reports/apr/download?${query}&format=pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const bad = await t
      .as(dqo)
      .get(`/api/reports/apr/download?${query.replace(KIT_PERIOD.endDate, '2020-01-01')}&format=pdf`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.endDate).toMatch(/on or after/);
  });

  it('reopens a run saved to Files on Server with its own numbers and clients, to its owner only', async () => {
    const saved = await t.as(dqo).post('/api/reports/apr/save', run);
    expect(saved.statusCode, saved.body).toBe(202);
    const jobId = saved.json().jobId as string;
    const job = await waitForJob(t, dqo, jobId);
    expect(job.status, job.error).toBe('done');
    const files = (await t.as(dqo).get('/api/files')).json().items as { id: string; jobId: string }[];
    expect(files.find((f) => f.jobId === jobId)?.id).toBe(job.fileId);

    const adultsOf = (v: View) => v.tables.find((x) => x.id === 'Q7a')?.rows.find((r) => r.label === 'Adults');
    const live = (await t.as(dqo).post('/api/reports/apr/view', run)).json() as View;
    const liveAdults = Number(adultsOf(live)?.cells[0]?.text);
    const key = adultsOf(live)?.key;
    const drill = { ...run, table: 'Q7a', row: key, column: 0 };
    const someone = ((await t.as(dqo).post('/api/reports/apr/cell', drill)).json() as Cell).clients[0];
    expect(someone).toBeDefined();

    // An adult's enrollment deleted after the save: today's report loses them, the saved run does not.
    const { rows: gone } = await t.database.raw.query<{ enrollment_id: string }>(
      'UPDATE enrollment SET date_deleted = now() WHERE enrollment_id = (SELECT enrollment_id FROM enrollment WHERE personal_id = $1 AND project_id = $2 AND date_deleted IS NULL LIMIT 1) RETURNING enrollment_id',
      [someone?.personalId, PSH],
    );
    try {
      // (The browser keeps today's run a few minutes: the report is computed afresh here.)
      const today = await runApr(t.database.raw, { ...run, reportType: 'APR' });
      expect(cellOf(today, 'Q7a', key as string, 0)?.value).toBe(liveAdults - 1);

      const reopened = await t.as(dqo).get(`/api/reports/apr/saved/${jobId}`);
      expect(reopened.statusCode, reopened.body).toBe(200);
      const body = reopened.json() as { params: typeof run; view: View };
      expect(body.params).toMatchObject(run);
      expect(Number(adultsOf(body.view)?.cells[0]?.text)).toBe(liveAdults);
      const cell = await t.as(dqo).post('/api/reports/apr/cell', { ...drill, savedRunId: jobId });
      expect(cell.statusCode, cell.body).toBe(200);
      expect((cell.json() as Cell).count).toBe(liveAdults);
      expect((cell.json() as Cell).clients.map((c) => c.personalId)).toContain(someone?.personalId);
      const xlsx = await t
        .as(dqo)
        .get(
          `/api/reports/apr/download?reportType=APR&startDate=${run.startDate}&endDate=${run.endDate}&projectIds=${PSH}&savedRunId=${jobId}&format=xlsx`,
        );
      expect(xlsx.statusCode).toBe(200);

      // Other parameters with the saved run, another user, a deleted file: refused.
      const other = await t.as(dqo).post('/api/reports/apr/cell', { ...drill, projectIds: [SO], savedRunId: jobId });
      expect(other.statusCode).toBe(400);
      expect(other.json().error.fields.savedRunId).toMatch(/other parameters/);
      expect((await t.as(caseManager).get(`/api/reports/apr/saved/${jobId}`)).statusCode).toBe(404);
      expect((await t.as(dqo).delete(`/api/files/${job.fileId}`)).statusCode).toBe(204);
      expect((await t.as(dqo).get(`/api/reports/apr/saved/${jobId}`)).statusCode).toBe(404);
    } finally {
      await t.database.raw.query('UPDATE enrollment SET date_deleted = NULL WHERE enrollment_id = $1', [
        gone[0]?.enrollment_id,
      ]);
    }
  });
});
