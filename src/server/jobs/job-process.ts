// The job process: runs job handlers in a child process of the server, so a report's seconds of
// counting or an export's stream of bytes never hold up a user's request. It opens its own pool on
// the app's database and its own handle on the file store. Every thread it has runs at a lower CPU
// priority than the server's (job-process.mjs): its garbage collection and zlib work included,
// which a worker thread shares with the thread serving requests. It ends with the server, even
// when the server is killed, since the IPC channel closes then.
import { backgroundPool, connectPostgres } from '../../db/connect.ts';
import type { Deps } from '../deps.ts';
import { storeFile } from '../files/store-file.ts';
import { storageAt } from '../storage/storage-at.ts';
import type { FromJobProcess, JobInProcess, JobProcessData, ToJobProcess } from './job-process-protocol.ts';
import { jobHandlerOf } from './job-runner.ts';
import { JobFailure } from './job-types.ts';

const JOB_PROCESS_CONNECTIONS = 3;
// Progress goes to the server, which records it at most every 400 ms: no need to flood it.
const PROGRESS_EVERY_MS = 100;

if (!process.send) throw new Error('job-process.ts runs as a child process (see run-in-job-process.ts)');
const post = (m: FromJobProcess) => process.send?.(m);

const data = await new Promise<JobProcessData>((resolve) => {
  const first = (m: ToJobProcess) => {
    if (m.type !== 'open') return;
    process.off('message', first);
    resolve(m.data);
  };
  process.on('message', first);
});
const deps: Deps = {
  database: await backgroundPool(data.database, JOB_PROCESS_CONNECTIONS),
  config: data.config,
  storage: storageAt(data.storage),
  replica: data.replica ? await connectPostgres(data.replica, 2) : undefined,
};
const running = new Map<string, AbortController>();

async function run(job: JobInProcess) {
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

/** Asked to close: stops the jobs, closes the connections and ends the process. */
async function close() {
  for (const abort of running.values()) abort.abort();
  await deps.replica?.close();
  await deps.database.close();
  process.exit(0);
}

process.on('message', (m: ToJobProcess) => {
  if (m.type === 'run') void run(m);
  else if (m.type === 'abort') running.get(m.jobId)?.abort();
  else if (m.type === 'close') void close();
});
// The server is gone without asking (killed): nobody is left to record what the jobs do, and
// PostgreSQL rolls back what they had not committed.
process.on('disconnect', () => process.exit(1));
post({ type: 'ready' });
