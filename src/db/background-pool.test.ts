// On the embedded server, which Hearth owns, the jobs' PostgreSQL processes run below the
// requests' priority; on a server given by DATABASE_URL nothing is re-prioritized.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKGROUND_NICE, backgroundPool, connectPostgres, type Database } from './connect.ts';
import { type EmbeddedPostgres, startEmbeddedPostgres } from './embedded-postgres.ts';

/** A process's nice value, field 19 of /proc/<pid>/stat (after the command in parentheses). */
const niceOf = (pid: number) => Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ')[16]);

async function backendOf(database: Database): Promise<number> {
  const { rows } = await database.raw.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
  return rows[0]?.pid ?? 0;
}

let dir: string;
let server: EmbeddedPostgres;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hearth-nice-'));
  server = await startEmbeddedPostgres({ dir: join(dir, 'postgresql'), database: 'postgres' });
});
afterAll(async () => {
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe("the jobs' pool", () => {
  it('runs its server processes at a lower priority on the embedded server, and leaves the requests alone', async () => {
    const requests = await connectPostgres(server.connection, 2, 'embedded');
    const jobs = await backgroundPool(requests, 2);
    try {
      expect(niceOf(await backendOf(jobs))).toBe(BACKGROUND_NICE);
      expect(niceOf(await backendOf(requests))).toBe(0);
    } finally {
      await jobs.close();
      await requests.close();
    }
  });

  it('leaves the processes of a server it does not own at their priority', async () => {
    const requests = await connectPostgres(server.connection, 2, 'server');
    const jobs = await backgroundPool(requests, 2);
    try {
      expect(niceOf(await backendOf(jobs))).toBe(0);
    } finally {
      await jobs.close();
      await requests.close();
    }
  });
});
