// HEARTH_WORKERS=2: one Hearth primary (the `npm start` path) forks two workers sharing its port.
// Each new connection may land on either worker, so everything a user relies on must hold across
// them: the session, the sign-in lockout, jobs run once; a worker that dies is replaced; stopping
// Hearth stops its workers.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/connect.ts';
import type { RunningServer } from './e2e/support/server.ts';
import { DEMO_SERVER_PASSWORD as PASSWORD, startDemoServer } from './support/demo-server.ts';
import { httpSend, type Sent } from './support/http-send.ts';

let database: Database;
let server: RunningServer;

beforeAll(async () => {
  ({ database, server } = await startDemoServer({ HEARTH_WORKERS: '2', HEARTH_LOCKOUT_ATTEMPTS: '3' }));
}, 180_000);

afterAll(async () => {
  await server?.stop();
  await database?.close();
});

/** One request on a connection of its own (no keep-alive), so the primary hands it to either worker. */
function send(method: string, path: string, opts: { cookie?: string; body?: unknown } = {}): Promise<Sent> {
  return httpSend(`${server.url}${path}`, { method, agent: false, ...opts });
}

async function signIn(username: string, password = PASSWORD) {
  return send('POST', '/api/auth/login', { body: { username, password } });
}

/** The primary's worker processes. */
function workers(): number[] {
  const kids = readFileSync(`/proc/${server.pid}/task/${server.pid}/children`, 'utf8').trim().split(/\s+/);
  return kids
    .filter(Boolean)
    .map(Number)
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'node';
      } catch {
        return false;
      }
    });
}

describe('Hearth with two workers', () => {
  it('runs two workers, and a session opened on one connection works on every other, until signed out', async () => {
    expect(workers()).toHaveLength(2);
    const { status, cookie } = await signIn('casemanager');
    expect(status).toBe(200);
    const answers = await Promise.all(Array.from({ length: 8 }, () => send('GET', '/api/auth/me', { cookie })));
    for (const a of answers) {
      expect(a.status).toBe(200);
      expect(JSON.parse(a.body).username).toBe('casemanager');
    }
    expect((await send('POST', '/api/auth/logout', { cookie })).status).toBe(200);
    const after = await Promise.all(Array.from({ length: 4 }, () => send('GET', '/api/auth/me', { cookie })));
    for (const a of after) expect(a.status).toBe(401);
  });

  it('counts failed sign-ins across workers: the lockout holds whichever worker answers next', async () => {
    for (let i = 0; i < 2; i++) expect((await signIn('dqo', 'not-the-password')).status).toBe(401);
    expect((await signIn('dqo', 'not-the-password')).status).toBe(423);
    const refused = await Promise.all(Array.from({ length: 4 }, () => signIn('dqo')));
    for (const r of refused) {
      expect(r.status).toBe(423);
      expect(r.cookie).toBeUndefined();
    }
  });

  it('runs each job once on a worker, and either worker reports it done', async () => {
    const { cookie } = await signIn('admin');
    const queued = await Promise.all(
      Array.from({ length: 3 }, () =>
        send('POST', '/api/hmis-csv/exports', {
          cookie,
          body: { startDate: '2020-01-01', endDate: '2030-12-31', allOrganizations: true, cocCode: 'TX-600' },
        }),
      ),
    );
    const ids = queued.map((q) => {
      expect(q.status).toBe(202);
      return (JSON.parse(q.body) as { jobId: string }).jobId;
    });
    for (const id of ids) {
      await expect
        .poll(async () => JSON.parse((await send('GET', `/api/jobs/${id}`, { cookie })).body).status, {
          timeout: 60_000,
          interval: 250,
        })
        .toBe('done');
    }
    const rows = (
      await database.raw.query<{ runner: string; completed: number }>(
        `SELECT j.runner, (SELECT count(*)::int FROM pgboss.job b WHERE b.id = j.id::uuid AND b.state = 'completed') AS completed
         FROM job_run j WHERE j.id = ANY($1::varchar[])`,
        [ids],
      )
    ).rows;
    expect(rows).toHaveLength(3);
    const pids = workers();
    for (const r of rows) {
      expect(r.completed).toBe(1);
      // job_run.runner is host:pid:random; the primary serves nothing and runs no job.
      expect(pids).toContain(Number(r.runner.split(':')[1]));
    }
  });

  // A replacement worker starts like the first ones did (beforeAll allows them 180 s on a busy machine).
  it('replaces a worker that dies, and keeps serving meanwhile', { timeout: 180_000 }, async () => {
    const [victim, survivor] = workers();
    if (!victim || !survivor) throw new Error('expected two workers');
    process.kill(victim, 'SIGKILL');
    const { status, cookie } = await signIn('casemanager');
    expect(status).toBe(200);
    await expect.poll(() => workers().filter((p) => p !== victim), { timeout: 170_000, interval: 250 }).toHaveLength(2);
    expect(workers()).toContain(survivor);
    const answers = await Promise.all(Array.from({ length: 6 }, () => send('GET', '/api/auth/me', { cookie })));
    for (const a of answers) expect(a.status).toBe(200);
  });

  it('stops its workers when it is stopped', async () => {
    const pids = workers();
    await server.stop();
    for (const pid of [server.pid, ...pids]) expect(() => process.kill(pid, 0)).toThrow();
  });
});
