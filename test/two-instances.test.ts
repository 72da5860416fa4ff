// Two Hearth processes (the `npm start` path) on one database and one S3-compatible file store:
// nothing an instance needs lives only in its memory or on its disk. A session, a job and a file
// each move between them.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/connect.ts';
import { seedDemo } from '../src/db/demo/seed-demo.ts';
import { addClients } from '../src/server/services/test-fixtures.ts';
import { type RunningServer, startServer } from './e2e/support/server.ts';
import { startTestS3, type TestS3 } from './support/s3-server.ts';
import { createTestDatabase } from './support/test-db.ts';
import { databaseUrl } from './support/test-server.ts';

const PASSWORD = 'hearth-demo-2026';
let database: Database;
let s3: TestS3;
let a: RunningServer;
let b: RunningServer;

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemo(database, PASSWORD);
  s3 = await startTestS3();
  const env = { DATABASE_URL: databaseUrl(database.connection), HEARTH_DEMO: 'false', ...s3.env };
  [a, b] = await Promise.all([startServer(env), startServer(env)]);
}, 180_000);

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await s3?.close();
  await database?.close();
});

async function signIn(server: RunningServer, username: string): Promise<string> {
  const res = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  expect(res.status).toBe(200);
  return (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

const call = (server: RunningServer, cookie: string, path: string, init: RequestInit = {}) =>
  fetch(`${server.url}${path}`, { ...init, headers: { ...init.headers, cookie } });

describe('two app servers on one database and one file store', () => {
  it('serves a session from either server, and signing out on one ends it on both', async () => {
    const cookie = await signIn(a, 'casemanager');
    const me = await call(b, cookie, '/api/auth/me');
    expect(me.status).toBe(200);
    expect((await me.json()).username).toBe('casemanager');
    expect((await call(b, cookie, '/api/auth/logout', { method: 'POST' })).status).toBe(200);
    expect((await call(a, cookie, '/api/auth/me')).status).toBe(401);
  });

  it('stores a client file through one server and serves it from the other, from the object store', async () => {
    await addClients(database.db, [{ PersonalID: 'TWOSRV0001', FirstName: 'Ada', LastName: 'Moved' }]);
    const cookie = await signIn(a, 'casemanager');
    const form = new FormData();
    form.append('name', 'Lease');
    form.append('file', new Blob(['signed lease, page 1']), 'lease.txt');
    const uploaded = await call(a, cookie, '/api/clients/TWOSRV0001/files', { method: 'POST', body: form });
    expect(uploaded.status).toBe(201);
    const { id } = (await uploaded.json()) as { id: string };
    const download = await call(b, cookie, `/api/clients/TWOSRV0001/files/${id}/download`);
    expect(download.status).toBe(200);
    expect(await download.text()).toBe('signed lease, page 1');
    // Neither server kept it on its own disk.
    expect(existsSync(join(a.dataDir, 'files'))).toBe(false);
    expect(existsSync(join(b.dataDir, 'files'))).toBe(false);
  });

  it('runs each job once, on whichever server takes it, and serves its file from both', async () => {
    const cookies = await Promise.all([signIn(a, 'admin'), signIn(b, 'admin')]);
    const body = JSON.stringify({
      startDate: '2020-01-01',
      endDate: '2030-12-31',
      allOrganizations: true,
      cocCode: 'TX-600',
    });
    const servers = [a, b, a, b];
    const jobIds = await Promise.all(
      servers.map(async (server, i) => {
        const res = await call(server, cookies[i % 2] ?? '', '/api/hmis-csv/exports', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
        });
        expect(res.status).toBe(202);
        return ((await res.json()) as { jobId: string }).jobId;
      }),
    );
    for (const [i, jobId] of jobIds.entries()) {
      // Followed on the other server than the one it was queued on.
      const other = i % 2 ? a : b;
      const cookie = cookies[(i + 1) % 2] ?? '';
      await expect
        .poll(
          async () => ((await (await call(other, cookie, `/api/jobs/${jobId}`)).json()) as { status: string }).status,
          {
            timeout: 60_000,
            interval: 250,
          },
        )
        .toBe('done');
    }
    const rows = (
      await database.raw.query<{ id: string; runner: string | null; files: number; completed: number }>(
        `SELECT j.id, j.runner,
           (SELECT count(*)::int FROM stored_file f WHERE f.job_id = j.id) AS files,
           (SELECT count(*)::int FROM pgboss.job b WHERE b.id = j.id::uuid AND b.state = 'completed') AS completed
         FROM job_run j WHERE j.id = ANY($1::varchar[])`,
        [jobIds],
      )
    ).rows;
    expect(rows).toHaveLength(jobIds.length);
    for (const r of rows) expect(r).toMatchObject({ runner: expect.any(String), files: 1, completed: 1 });

    const job = (await (await call(a, cookies[0] ?? '', `/api/jobs/${jobIds[0]}`)).json()) as { fileId: string };
    const [fromA, fromB] = await Promise.all(
      [a, b].map(async (server, i) => {
        const res = await call(server, cookies[i] ?? '', `/api/files/${job.fileId}/download`);
        expect(res.status).toBe(200);
        return Buffer.from(await res.arrayBuffer());
      }),
    );
    expect(fromA?.subarray(0, 2).toString()).toBe('PK');
    expect(fromA?.equals(fromB ?? Buffer.alloc(0))).toBe(true);
  });
});
