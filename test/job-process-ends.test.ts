// The job process (src/server/jobs/job-process.ts) is a child of the app server: when the server
// is killed outright (kill -9), the job process must not live on holding database connections.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '../src/db/connect.ts';
import type { RunningServer } from './e2e/support/server.ts';
import { DEMO_SERVER_PASSWORD as PASSWORD, startDemoServer } from './support/demo-server.ts';

let database: Database;
let server: RunningServer;

beforeAll(async () => {
  ({ database, server } = await startDemoServer());
}, 180_000);

afterAll(async () => {
  await server?.stop();
  await database?.close();
});

/** A process that has ended, or has ended and waits to be reaped (a zombie). */
function ended(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
  } catch {
    return true;
  }
}

const childrenOf = (pid: number) =>
  readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);

it.runIf(process.platform === 'linux')(
  'ends the job process when the server is killed',
  async () => {
    const login = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: PASSWORD }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const options = (await (
      await fetch(`${server.url}/api/hmis-csv/export-options`, { headers: { cookie } })
    ).json()) as { cocCodes: string[] };
    const started = await fetch(`${server.url}/api/hmis-csv/exports`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify({
        startDate: '2020-01-01',
        endDate: '2030-12-31',
        allOrganizations: true,
        cocCode: options.cocCodes[0],
      }),
    });
    expect(started.status).toBe(202);
    const { jobId } = (await started.json()) as { jobId: string };
    let status = '';
    for (let i = 0; i < 300 && status !== 'done'; i++) {
      status = (
        (await (await fetch(`${server.url}/api/jobs/${jobId}`, { headers: { cookie } })).json()) as { status: string }
      ).status;
      expect(status).not.toBe('failed');
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(status).toBe('done');
    // The export ran in the job process, which stays for the next job until it has idled 300 s.
    const jobProcesses = childrenOf(server.pid).filter((pid) =>
      readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('job-process.mjs'),
    );
    expect(jobProcesses).toHaveLength(1);
    const [jobProcess = 0] = jobProcesses;

    // At once, not once its idle connections time out (10 s) or a job it was running ends.
    process.kill(server.pid, 'SIGKILL');
    for (let i = 0; i < 30 && !ended(jobProcess); i++) await new Promise((r) => setTimeout(r, 100));
    expect(ended(jobProcess)).toBe(true);
  },
  120_000,
);
