// Job kinds for job-thread.test.ts, run on the job thread (which imports this module).
import { threadId } from 'node:worker_threads';
import { defineJobKind } from './job-runner.ts';
import { JobFailure } from './job-types.ts';

/** Counts without a pause for `ms`, as a report's tables do, then saves a file. */
defineJobKind<{ ms: number }>(
  'test_thread_count',
  async (ctx) => {
    await ctx.progress(10, 'Counting');
    const until = Date.now() + ctx.parameters.ms;
    let n = 0;
    while (Date.now() < until) n += 1;
    const fileId = await ctx.saveFile({
      name: 'counted.csv',
      contentType: 'text/csv',
      containsClientData: false,
      data: Buffer.from(`thread,counted\n${threadId},${n > 0}\n`),
    });
    return { fileId, result: { threadId } };
  },
  { thread: import.meta.url },
);

defineJobKind(
  'test_thread_refuse',
  async () => {
    throw new JobFailure('The period has no data. Choose other dates.', { result: { rows: 0 } });
  },
  { thread: import.meta.url },
);

/** Ends the thread it runs on, as a report running out of memory would. */
defineJobKind(
  'test_thread_exit',
  async () => {
    process.exit(3);
  },
  { thread: import.meta.url },
);
