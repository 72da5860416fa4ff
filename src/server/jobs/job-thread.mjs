// The job thread's entry: the sources are TypeScript, which the thread runs through tsx, as the
// server does (a worker thread does not inherit the process's module loader). The thread drops
// its priority first, so even loading and compiling its modules waits for users' requests.
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

if (process.platform === 'linux') {
  try {
    // "<pid>/task/<tid>": setpriority on a thread id changes that thread alone.
    setPriority(Number(readlinkSync('/proc/thread-self').split('/').pop()), workerData.nice);
  } catch (e) {
    console.error(`could not lower the job thread's priority: ${e instanceof Error ? e.message : e}`);
  }
}
register();
await import('./job-thread.ts');
