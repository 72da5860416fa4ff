// The job thread's entry: the sources are TypeScript, which the thread runs through tsx, as the
// server does (a worker thread does not inherit the process's module loader).
import { register } from 'tsx/esm/api';

register();
await import('./job-thread.ts');
