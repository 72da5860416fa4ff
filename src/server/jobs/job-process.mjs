// The job process's entry. It lowers the priority of each of its threads first (Linux keeps a nice
// value per thread, and a thread started later takes its starter's), so its compiling, garbage
// collection and zlib work all wait for users' requests. Then it loads the TypeScript sources
// through tsx, as the server does.
import { readdirSync } from 'node:fs';
import { setPriority } from 'node:os';
import { register } from 'tsx/esm/api';

const nice = Number(process.argv[2]);
try {
  if (process.platform === 'linux') {
    for (const thread of readdirSync('/proc/self/task')) setPriority(Number(thread), nice);
  } else setPriority(nice);
} catch (e) {
  console.error(`could not lower the job process's priority: ${e instanceof Error ? e.message : e}`);
}
register();
await import('./job-process.ts');
