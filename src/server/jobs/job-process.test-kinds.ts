// Job kinds for job-process.test.ts, run in the job process (which imports this module).
import { readdirSync, readFileSync } from 'node:fs';
import { defineJobKind } from './job-runner.ts';
import { JobFailure } from './job-types.ts';

/** The nice value of each thread of this process (Linux: field 19 of /proc/self/task/<id>/stat). */
function niceOfEachThread(): number[] {
  return readdirSync('/proc/self/task').map((id) => {
    const stat = readFileSync(`/proc/self/task/${id}/stat`, 'utf8');
    // The fields after the command name, which is in parentheses and may hold spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[16]);
  });
}

/** Counts without a pause for `ms`, as a report's tables do, then saves a file. */
defineJobKind<{ ms: number }>(
  'test_process_count',
  async (ctx) => {
    await ctx.progress(10, 'Counting');
    const until = Date.now() + ctx.parameters.ms;
    let n = 0;
    while (Date.now() < until) n += 1;
    const fileId = await ctx.saveFile({
      name: 'counted.csv',
      contentType: 'text/csv',
      containsClientData: false,
      data: Buffer.from(`process,counted\n${process.pid},${n > 0}\n`),
    });
    return { fileId, result: { pid: process.pid, nice: process.platform === 'linux' ? niceOfEachThread() : [] } };
  },
  { module: import.meta.url },
);

defineJobKind(
  'test_process_refuse',
  async () => {
    throw new JobFailure('The period has no data. Choose other dates.', { result: { rows: 0 } });
  },
  { module: import.meta.url },
);

/** Ends the process it runs in, as a report running out of memory would. */
defineJobKind(
  'test_process_exit',
  async () => {
    process.exit(3);
  },
  { module: import.meta.url },
);
