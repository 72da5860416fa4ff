// The CSV-APR validation file: the client-level rows behind the report and the Annual Detail, in
// an AES-256 zip that opens with the user's password only, or plain when the user accepted it.
import { BlobReader, TextWriter, ZipReader } from '@zip.js/zip.js';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../../test/support/test-app.ts';
import { loadDemoClients } from '../../../../db/demo/load-demo-clients.ts';
import { csvRows, download, unzip, waitForJob } from '../../../hmis-csv/test-support.ts';
import { runApr } from '../run-apr.ts';
import { KIT_PERIOD } from '../test-support.ts';
import { writeValidationZip } from './write-validation-zip.ts';

let t: TestApp;
let dqo: string;
const PSH = '780';
const PASSWORD = 'Bluebird-Harbor-2026';

beforeAll(async () => {
  t = await createTestApp();
  await loadDemoClients(t.database);
  dqo = await t.login('dqo');
});
afterAll(() => t.close());

async function run(over: Record<string, unknown>) {
  const res = await t
    .as(dqo)
    .post('/api/reports/csv-apr', { reportType: 'APR', ...KIT_PERIOD, projectIds: [PSH], ...over });
  expect(res.statusCode, res.body).toBe(202);
  const job = await waitForJob(t, dqo, res.json().jobId);
  expect(job.status, job.error).toBe('done');
  return job;
}

async function openZip(data: Buffer, password?: string): Promise<Map<string, string>> {
  const reader = new ZipReader(new BlobReader(new Blob([new Uint8Array(data)])), password ? { password } : {});
  const out = new Map<string, string>();
  try {
    for (const e of await reader.getEntries()) if (!e.directory) out.set(e.filename, await e.getData(new TextWriter()));
  } finally {
    await reader.close();
  }
  return out;
}

const records = (text: string | undefined): Record<string, string>[] => parse(text ?? '', { columns: true });

// WinZip AES extra field: id 0x9901, 7 bytes, version (2), vendor "AE", strength 3 (256 bits).
function hasAes256Entry(zip: Buffer): boolean {
  const field = Buffer.from([0x01, 0x99, 0x07, 0x00]);
  for (let at = zip.indexOf(field); at >= 0; at = zip.indexOf(field, at + 1)) {
    if (zip.toString('latin1', at + 6, at + 8) === 'AE' && zip[at + 8] === 3) return true;
  }
  return false;
}

describe('APR validation file', () => {
  it('is an AES-256 zip that opens with the password and not without it', { timeout: 240_000 }, async () => {
    const job = await run({ generateValidationFile: true, validationPassword: PASSWORD });
    const validationFileId = job.result?.validationFileId as string;
    expect(validationFileId).toBeTruthy();
    expect(validationFileId).not.toBe(job.fileId);
    const data = await download(t, dqo, validationFileId);
    expect(hasAes256Entry(data)).toBe(true);
    await expect(openZip(data)).rejects.toThrow();
    await expect(openZip(data, 'Wrong-Password-2026')).rejects.toThrow();
    const files = await openZip(data, PASSWORD);
    const sage = await unzip(await download(t, dqo, job.fileId as string));

    // Every client of the report in the Annual Detail, and its stayers' answers.
    const annual = records(files.get('APR_2026_Annual_Detail.csv'));
    const q5a = csvRows(sage.get('Q5a.csv') as string);
    const served = Number(q5a.find((r) => r[0] === 'Total number of persons served')?.[1]);
    const stayers = Number(q5a.find((r) => r[0] === 'Number of stayers')?.[1]);
    expect(annual).toHaveLength(served);
    expect(annual.filter((r) => r.StayerOrLeaver === 'Stayer')).toHaveLength(stayers);
    expect(annual.filter((r) => r.StayerOrLeaver === 'Leaver').every((r) => r.RequiredAnnual === 'No')).toBe(true);
    const required = annual.filter((r) => r.RequiredAnnual === 'Yes');
    expect(required.length).toBeGreaterThan(0);
    for (const r of required) {
      const [from, due, to, recorded] = [r.WindowStart, r.AnniversaryDate, r.WindowEnd, r.AnnualAssessmentDate].map(
        (d) => d ?? '',
      ) as [string, string, string, string];
      expect(from < due && due < to).toBe(true);
      if (r.AnnualInWindow === 'Yes') expect(recorded >= from && recorded <= to).toBe(true);
      else expect(recorded).toBe('');
    }

    // Q16's "adult stayers without required annual assessment" are the adults the detail says missed one.
    const clients = records(files.get('APR_2026_Client_Detail.csv'));
    expect(clients).toHaveLength(served);
    const adults = new Set(clients.filter((c) => c.ageGroup === 'adult').map((c) => c.enrollmentId));
    const q16 = csvRows(sage.get('Q16.csv') as string);
    const missingQ16 = Number(q16.find((r) => r[0]?.startsWith('Number of adult stayers without'))?.[2]);
    expect(required.filter((r) => r.AnnualInWindow === 'No' && adults.has(r.EnrollmentID as string))).toHaveLength(
      missingQ16,
    );

    // A table's lists give each cell's clients: Q7a's adults are the adults of the report.
    const q7a = records(files.get('APR_2026_Tables/Q7a.csv'));
    const q7aAdults = Number(csvRows(sage.get('Q7a.csv') as string)[1]?.[1]);
    expect(q7a.filter((r) => r.Row === 'Adults' && r.Column === 'Total')).toHaveLength(q7aAdults);
    expect(q7aAdults).toBe(adults.size);

    // The password never stays with the job.
    const { rows } = await t.database.raw.query<{ parameters: Record<string, unknown> }>(
      'SELECT parameters FROM job_run WHERE id = $1',
      [job.id],
    );
    expect(JSON.stringify(rows[0]?.parameters)).not.toContain('sealedValidationPassword');
    expect(JSON.stringify(rows[0]?.parameters)).not.toContain(PASSWORD);
  });

  it('is a plain zip, so named, when the user accepted an unencrypted file', async () => {
    const job = await run({ generateValidationFile: true, acceptUnencrypted: true });
    expect(job.result?.validationEncrypted).toBe(false);
    const { rows } = await t.database.raw.query<{ name: string; contains_client_data: boolean }>(
      'SELECT name, contains_client_data FROM stored_file WHERE id = $1',
      [job.result?.validationFileId],
    );
    expect(rows[0]?.name).toMatch(/_Validation_UNENCRYPTED\.zip$/);
    expect(rows[0]?.contains_client_data).toBe(true);
    const files = await openZip(await download(t, dqo, job.result?.validationFileId as string));
    expect(files.has('APR_2026_Annual_Detail.csv')).toBe(true);
  });

  it('goes when the CSV-APR file it explains is deleted from Files on Server', async () => {
    const job = await run({ generateValidationFile: true, validationPassword: PASSWORD });
    const ids = [job.fileId as string, job.result?.validationFileId as string];
    const { rows: stored } = await t.database.raw.query<{ storage_key: string }>(
      'SELECT storage_key FROM stored_file WHERE id = ANY($1)',
      [ids],
    );
    expect(stored).toHaveLength(2);
    const listed = async () => (await t.as(dqo).get('/api/files')).json().items.map((f: { id: string }) => f.id);
    expect(await listed()).toEqual(expect.arrayContaining(ids));

    expect((await t.as(dqo).delete(`/api/files/${job.fileId}`)).statusCode).toBe(204);
    expect((await listed()).filter((id: string) => ids.includes(id))).toEqual([]);
    for (const id of ids) expect((await t.as(dqo).get(`/api/files/${id}/download`)).statusCode).toBe(404);
    for (const r of stored) expect(await t.storage.exists(r.storage_key)).toBe(false);
    const { rows: audits } = await t.database.raw.query<{ entity_id: string }>(
      "SELECT entity_id FROM audit_event WHERE action = 'file.delete' AND entity_id = ANY($1)",
      [ids],
    );
    expect(audits.map((a) => a.entity_id).sort()).toEqual([...ids].sort());
  });

  it('stays when only the validation file is deleted, and the report file stays with it', async () => {
    const job = await run({ generateValidationFile: true, validationPassword: PASSWORD });
    const validationFileId = job.result?.validationFileId as string;
    expect((await t.as(dqo).delete(`/api/files/${validationFileId}`)).statusCode).toBe(204);
    expect((await t.as(dqo).get(`/api/files/${job.fileId}/download`)).statusCode).toBe(200);
  });

  it('has the same CSV text however the universe is sliced while it streams', async () => {
    const allProjects = (
      await t.database.raw.query<{ project_id: string }>(
        "SELECT project_id FROM project WHERE project_name LIKE 'DataLab%'",
      )
    ).rows.map((r) => r.project_id);
    const aprRun = await runApr(t.database.raw, { reportType: 'APR', ...KIT_PERIOD, projectIds: allProjects });
    const written = async (sliceRows: number, pieceChars?: number) =>
      openZip(
        await writeValidationZip(aprRun, null, async (zip) => Buffer.concat(await zip.toArray()), {
          sliceRows,
          pieceChars,
        }),
      );
    const whole = await written(1_000_000, 1_000_000_000);
    const sliced = await written(7);
    const pieces = await written(7, 100);
    expect(aprRun.universe.rows.length).toBeGreaterThan(7 * 20);
    expect([...sliced.keys()]).toEqual([...whole.keys()]);
    expect([...pieces.keys()]).toEqual([...whole.keys()]);
    for (const [name, text] of whole) {
      expect(sliced.get(name), name).toBe(text);
      expect(pieces.get(name), name).toBe(text);
    }
  });

  it('is not written unless asked for', async () => {
    const job = await run({});
    expect(job.result?.validationFileId).toBeUndefined();
  });
});
