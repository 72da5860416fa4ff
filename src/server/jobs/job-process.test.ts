import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { BACKGROUND_NICE } from '../../db/connect.ts';
import { waitForJob } from '../hmis-csv/test-support.ts';
import { jobRunnerFor } from './job-runner.ts';
import './job-process.test-kinds.ts';

let t: TestApp;
let cm: string;
// The process ends after a second without a job (HEARTH_JOB_PROCESS_IDLE_SECONDS; 300 by default).
beforeAll(async () => {
  t = await createTestApp({ config: { jobProcessIdleSeconds: 1 } });
  cm = await t.login('casemanager');
});
afterAll(() => t.close());

const start = (kind: string, parameters: Record<string, unknown> = {}) =>
  jobRunnerFor(t).enqueue({ kind, title: kind, ownerId: 'USR-CM', organizationId: 'ORG-HHP', parameters });

const finished = (id: string) => waitForJob(t, cm, id);

describe('the job process', () => {
  it('runs a long count in another process, at a lower priority on every thread, while the server keeps answering', async () => {
    // The request thread's longest pause while a job counts for 2 s without a break.
    let longest = 0;
    let lastTick = performance.now();
    const ticker = setInterval(() => {
      const now = performance.now();
      longest = Math.max(longest, now - lastTick);
      lastTick = now;
    }, 10);
    const id = await start('test_process_count', { ms: 2000 });
    const answered: number[] = [];
    let job = (await t.as(cm).get(`/api/jobs/${id}`)).json();
    while (job.status === 'queued' || job.status === 'running') {
      const t0 = performance.now();
      job = (await t.as(cm).get(`/api/jobs/${id}`)).json();
      answered.push(performance.now() - t0);
      await new Promise((r) => setTimeout(r, 20));
    }
    clearInterval(ticker);
    expect(job.status).toBe('done');
    expect(job.result.pid).toBeGreaterThan(0);
    expect(job.result.pid).not.toBe(process.pid);
    // Its garbage collector's and zlib's threads too, which a worker thread would share with requests.
    if (process.platform === 'linux') {
      expect(job.result.nice.length).toBeGreaterThan(4);
      expect(new Set(job.result.nice)).toEqual(new Set([BACKGROUND_NICE]));
    }
    // Twenty or more answers during the 2 s count, none held up by it.
    expect(answered.length).toBeGreaterThan(20);
    expect(Math.max(...answered)).toBeLessThan(500);
    expect(longest).toBeLessThan(500);
    const file = await t.as(cm).get(`/api/files/${job.fileId}/download`);
    expect(file.statusCode).toBe(200);
    expect(file.body).toBe(`process,counted\n${job.result.pid},true\n`);
  });

  it("shows a refusal's message, given in the job process, as the job's error", async () => {
    const job = await finished(await start('test_process_refuse'));
    expect(job).toMatchObject({
      status: 'failed',
      error: 'The period has no data. Choose other dates.',
      result: { rows: 0 },
    });
  });

  it('fails the job whose process ended, and runs the next job in a new process', async () => {
    const lost = await finished(await start('test_process_exit'));
    expect(lost.status).toBe('failed');
    expect(lost.error).toMatch(/unexpected error/);
    const next = await finished(await start('test_process_count', { ms: 10 }));
    expect(next.status).toBe('done');
    expect((await t.as(cm).get('/api/auth/me')).statusCode).toBe(200);
  });

  it('keeps one process while jobs follow each other, and ends it once idle: the next job starts a new one', async () => {
    const processOf = async (job: Promise<string>) => {
      const done = await finished(await job);
      expect(done.status).toBe('done');
      return (done.result as { pid: number }).pid;
    };
    const first = await processOf(start('test_process_count', { ms: 10 }));
    expect(await processOf(start('test_process_count', { ms: 10 }))).toBe(first);
    await new Promise((r) => setTimeout(r, 1500));
    const after = await processOf(start('test_process_count', { ms: 10 }));
    expect(after).not.toBe(first);
    expect(after).toBeGreaterThan(0);
  });
});
