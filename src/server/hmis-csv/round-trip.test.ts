// HUD's LSA sample (10,606 clients) and the Data Lab kit go in through the importer and come back
// out of the export with every row and value as they went in (ExportID and Export.csv aside).
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { disabilitiesTable } from '../../db/schema/index.ts';
import { hudSpec } from '../../hud/spec.generated.ts';
import { csvRows, download, fixture, unzip, upload, waitForJob, zipFiles } from './test-support.ts';

let t: TestApp;
let admin: string;
let exported: Map<string, string>;
const inputs = new Map<string, Map<string, string>>();

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
  for (const name of ['lsa-sample-fy2026.zip', 'datalab-fy2026.zip']) {
    const data = fixture(name);
    inputs.set(name, await unzip(data));
    const res = await upload(t, admin, name, data);
    expect(res.statusCode).toBe(202);
    const job = await waitForJob(t, admin, res.json().jobId, 300_000);
    expect(job.error).toBeUndefined();
    expect(job.status).toBe('done');
  }
  const res = await t.as(admin).post('/api/hmis-csv/exports', {
    startDate: '1900-01-01',
    endDate: '2099-12-31',
    allOrganizations: true,
    cocCode: 'XX-501',
    excludeDeleted: false,
  });
  expect(res.statusCode).toBe(202);
  const job = await waitForJob(t, admin, res.json().jobId, 300_000);
  expect(job.status).toBe('done');
  exported = await unzip(await download(t, admin, job.fileId ?? ''));
}, 600_000);
afterAll(() => t?.close());

const decimalColumns = new Set(
  hudSpec.flatMap((s) => s.columns.filter((c) => c.type === 'decimal').map((c) => `${s.file}.${c.name}`)),
);

// Rows keyed by their ID, values keyed by HUD column name (headers compared case-insensitively).
function rowsById(file: string, text: string): Map<string, Map<string, string>> {
  const spec = hudSpec.find((s) => s.file === file);
  const names = new Map(spec?.columns.map((c) => [c.name.toLowerCase(), c.name]));
  const [header = [], ...rows] = csvRows(text);
  const cols = header.map((h) => names.get(h.trim().toLowerCase()) ?? h);
  const out = new Map<string, Map<string, string>>();
  for (const r of rows) {
    const values = new Map(cols.map((c, i) => [c, r[i] ?? '']));
    out.set(r[0] ?? '', values);
  }
  return out;
}

const parsedExport = new Map<string, Map<string, Map<string, string>>>();
function exportedRows(file: string) {
  let rows = parsedExport.get(file);
  if (!rows) {
    rows = rowsById(file, exported.get(`${file}.csv`) ?? '');
    parsedExport.set(file, rows);
  }
  return rows;
}

describe.each(['lsa-sample-fy2026.zip', 'datalab-fy2026.zip'])('round trip of %s', (name) => {
  it.each(hudSpec.filter((s) => s.file !== 'Export').map((s) => s.file))('%s.csv comes back row for row', (file) => {
    const input = inputs.get(name)?.get(`${file}.csv`) ?? '';
    const before = rowsById(file, input);
    const after = exportedRows(file);
    const differences: string[] = [];
    for (const [id, row] of before) {
      const back = after.get(id);
      if (!back) {
        differences.push(`${id}: missing`);
        continue;
      }
      for (const [column, value] of row) {
        if (column === 'ExportID') continue;
        const out = back.get(column) ?? '';
        const same = decimalColumns.has(`${file}.${column}`)
          ? Number(value || 'NaN') === Number(out || 'NaN') || value === out
          : value === out;
        if (!same) differences.push(`${id} ${column}: ${JSON.stringify(value)} came back as ${JSON.stringify(out)}`);
      }
    }
    expect(differences.slice(0, 10)).toEqual([]);
  });
});

it('writes one ExportID, the export’s own, in every file', () => {
  const exportId = csvRows(exported.get('Export.csv') ?? '')[1]?.[0];
  expect(exportId).toMatch(/^[0-9a-f]{32}$/);
  const client = csvRows(exported.get('Client.csv') ?? '');
  const col = client[0]?.indexOf('ExportID') ?? -1;
  expect(new Set(client.slice(1).map((r) => r[col]))).toEqual(new Set([exportId]));
  expect(client.length - 1).toBeGreaterThanOrEqual(10_606 + 514);
});

// Loading the LSA sample's Disabilities.csv (24 MB, 180,692 rows) again with its last row changed.
it('merges a large file again: the last row’s newer copy is updated and every other row is unchanged', async () => {
  const lsa = inputs.get('lsa-sample-fy2026.zip') ?? new Map<string, string>();
  const lines = (lsa.get('Disabilities.csv') ?? '').trimEnd().split(/\r?\n/);
  const last = lines.at(-1) ?? '';
  expect(last).toContain('"DS341831",');
  lines[lines.length - 1] = last
    .replace(',10,0,0,', ',10,1,0,')
    .replace('2026-03-14 00:00:00,"PSH180U"', '2026-12-01 00:00:00,"PSH180U"');
  // Every other file is its header alone: nothing to load.
  const files = new Map(
    [...lsa].map(([name, text]) => [name, name === 'Export.csv' ? text : `${text.split('\n')[0]}\n`]),
  );
  files.set('Disabilities.csv', `${lines.join('\n')}\n`);
  const zip = await zipFiles(files);
  const res = await upload(t, admin, 'disabilities-again.zip', zip);
  expect(res.statusCode).toBe(202);
  const job = await waitForJob(t, admin, res.json().jobId, 300_000);
  expect(job.status).toBe('done');
  const summary = (
    job.result as { files: { file: string; rows: number; inserted: number; updated: number; unchanged: number }[] }
  ).files;
  const rows = lines.length - 1;
  expect(summary.find((f) => f.file === 'Disabilities.csv')).toMatchObject({
    rows,
    inserted: 0,
    updated: 1,
    unchanged: rows - 1,
  });
  const [row] = await t.database.db
    .select()
    .from(disabilitiesTable)
    .where(eq(disabilitiesTable.DisabilitiesID, 'DS341831'));
  expect(row).toMatchObject({ DisabilityResponse: 1, DateUpdated: '2026-12-01 00:00:00', version: 2 });
}, 300_000);
