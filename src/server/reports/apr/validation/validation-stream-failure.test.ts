// When the validation file's stream fails midway (the disk fills while it is written), the run
// keeps nothing: no partial file on disk, no CSV-APR zip without the file that explains it, and a
// job that failed saying what happened.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../../test/support/test-app.ts';
import { loadDemoClients } from '../../../../db/demo/load-demo-clients.ts';
import { waitForJob } from '../../../hmis-csv/test-support.ts';
import { KIT_PERIOD } from '../test-support.ts';

const FAIL_AFTER = 16 * 1024;
let t: TestApp;
let dqo: string;
let validationBytes = 0;

/** Passes the first FAIL_AFTER bytes, then fails as a full disk does. */
function fullDiskAfter(limit: number) {
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      validationBytes += chunk.length;
      if (validationBytes > limit) done(Object.assign(new Error('no space left on device'), { code: 'ENOSPC' }));
      else done(null, chunk);
    },
  });
}

beforeAll(async () => {
  t = await createTestApp({
    wrapStorage: (local) => ({
      ...local,
      put: (key, data) =>
        key.includes('_Validation') && !Buffer.isBuffer(data)
          ? local.put(key, data.pipe(fullDiskAfter(FAIL_AFTER)))
          : local.put(key, data),
    }),
  });
  await loadDemoClients(t.database);
  dqo = await t.login('dqo');
});
afterAll(() => t.close());

const filesOnDisk = () =>
  readdirSync(t.config.dataDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));

describe('CSV-APR when the validation file cannot be written', () => {
  it('fails the job with a clear message and leaves no file, whole or partial', { timeout: 240_000 }, async () => {
    const before = filesOnDisk();
    const res = await t.as(dqo).post('/api/reports/csv-apr', {
      reportType: 'APR',
      ...KIT_PERIOD,
      projectIds: ['780'],
      generateValidationFile: true,
      validationPassword: 'Bluebird-Harbor-2026',
    });
    expect(res.statusCode, res.body).toBe(202);
    const job = await waitForJob(t, dqo, res.json().jobId);

    expect(validationBytes).toBeGreaterThan(FAIL_AFTER); // it failed midway, not before it began
    expect(job.status).toBe('failed');
    expect(job.error).toMatch(
      /^The validation file could not be written, so this run kept no files\. Run the report again/,
    );
    expect(job.fileId ?? null).toBeNull();
    expect(filesOnDisk()).toEqual(before);

    // The CSV-APR zip saved before the validation file is gone from Files on Server too.
    const { rows } = await t.database.raw.query<{ id: string; name: string; deleted: boolean }>(
      'SELECT id, name, deleted_at IS NOT NULL AS deleted FROM stored_file WHERE job_id = $1',
      [job.id],
    );
    expect(rows.map((r) => [r.name, r.deleted])).toEqual([['CSV-APR_FY2026_2021-10-01_2022-09-30.zip', true]]);
    const listed = (await t.as(dqo).get('/api/files')).json().items.map((f: { id: string }) => f.id);
    expect(listed).not.toContain(rows[0]?.id);
    expect((await t.as(dqo).get(`/api/files/${rows[0]?.id}/download`)).statusCode).toBe(404);
  });
});
