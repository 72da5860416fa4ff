// The job thread: runs job handlers off the thread that serves requests, so a report's seconds of
// counting or an export's stream of bytes never hold up a user's request. It opens its own pool
// on the app's database and its own handle on the file store, and runs at a lower CPU priority
// than the request thread (Linux keeps a nice value per thread; job-thread.mjs sets it), so users
// go first.
import { type MessagePort, parentPort, workerData } from 'node:worker_threads';
import { backgroundPool, connectPostgres } from '../../db/connect.ts';
import type { Deps } from '../deps.ts';
import { storeFile } from '../files/store-file.ts';
import { storageAt } from '../storage/storage-at.ts';
import { jobHandlerOf } from './job-runner.ts';
import type { FromJobThread, JobOnThread, JobThreadData, ToJobThread } from './job-thread-protocol.ts';
import { JobFailure } from './job-types.ts';

const JOB_THREAD_CONNECTIONS = 3;
// Progress goes to the request thread, which records it at most every 400 ms: no need to flood it.
const PROGRESS_EVERY_MS = 100;

if (!parentPort) throw new Error('job-thread.ts runs as a worker thread (see run-on-job-thread.ts)');
const port: MessagePort = parentPort;
const post = (m: FromJobThread) => port.postMessage(m);

const data = workerData as JobThreadData;
const deps: Deps = {
  database: await backgroundPool(data.database, JOB_THREAD_CONNECTIONS),
  config: data.config,
  storage: storageAt(data.storage),
  replica: data.replica ? await connectPostgres(data.replica, 2) : undefined,
};
const running = new Map<string, AbortController>();

async function run(job: JobOnThread) {
  const abort = new AbortController();
  running.set(job.jobId, abort);
  let last = 0;
  try {
    await import(job.module);
    const handler = jobHandlerOf(job.kind);
    if (!handler) throw new Error(`${job.module} does not define the job kind ${job.kind}`);
    const outcome = await handler({
      jobId: job.jobId,
      ownerId: job.ownerId,
      organizationId: job.organizationId,
      parameters: job.parameters as never,
      deps,
      signal: abort.signal,
      progress: async (percent, note) => {
        if (Date.now() - last < PROGRESS_EVERY_MS) return;
        last = Date.now();
        post({ type: 'progress', jobId: job.jobId, percent, note });
      },
      saveFile: (input) =>
        storeFile(deps, { ...input, ownerId: job.ownerId, jobId: job.jobId, vspOrganizationId: job.vspOrganizationId }),
    });
    post({ type: 'done', jobId: job.jobId, outcome: outcome ?? {} });
  } catch (e) {
    const error = e instanceof Error ? e : new Error(String(e));
    post({
      type: 'failed',
      jobId: job.jobId,
      message: error.message,
      stack: error.stack,
      failure: e instanceof JobFailure ? { outcome: e.outcome } : undefined,
    });
  } finally {
    running.delete(job.jobId);
  }
}

async function close() {
  for (const abort of running.values()) abort.abort();
  await deps.replica?.close();
  await deps.database.close();
  port.close();
}

port.on('message', (m: ToJobThread) => {
  if (m.type === 'run') void run(m);
  else if (m.type === 'abort') running.get(m.jobId)?.abort();
  else void close();
});
post({ type: 'ready' });
