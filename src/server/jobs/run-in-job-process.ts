// The server's side of the job process (job-process.ts): starts it on the first job, hands it
// jobs, relays their progress and outcome, and ends it once it has had no job for a while (it
// holds its own copy of the modules and its own connections). If the process dies (a report out
// of memory), its jobs fail and the next job starts a new one; the server itself keeps serving.
import { type ChildProcess, fork } from 'node:child_process';
import type { FromJobProcess, JobInProcess, JobProcessData, ToJobProcess } from './job-process-protocol.ts';
import { JobFailure, type JobOutcome } from './job-types.ts';

type Pending = {
  resolve: (outcome: JobOutcome) => void;
  reject: (e: Error) => void;
  progress: (percent: number, note?: string) => Promise<void>;
};

const CLOSE_WAIT_MS = 10_000;

/** A cluster worker's environment names it one (NODE_UNIQUE_ID); its job process is not. */
function notClusterWorker(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { NODE_UNIQUE_ID: _, ...rest } = env;
  return rest;
}

export class JobProcess {
  private child: Promise<ChildProcess> | undefined;
  private current: ChildProcess | undefined;
  private readonly pending = new Map<string, Pending>();
  private idle: NodeJS.Timeout | undefined;

  constructor(
    private readonly data: JobProcessData,
    /** Its nice value, set on each of its threads before it loads any module. */
    private readonly nice: number,
    private readonly idleMs: number,
  ) {}

  /** Runs a job in the process; `signal` aborting asks the process to stop it. */
  async run(job: JobInProcess, progress: Pending['progress'], signal: AbortSignal): Promise<JobOutcome> {
    clearTimeout(this.idle);
    // Counted as pending while the process starts, so another job settling meanwhile does not
    // start the idle clock; its real resolve and reject are set once the job is sent.
    this.pending.set(job.jobId, { resolve: () => undefined, reject: () => undefined, progress });
    const child = await this.start().catch((e: unknown) => {
      this.settled(job.jobId);
      throw e;
    });
    const send = (m: ToJobProcess) => child.send(m);
    const onAbort = () => send({ type: 'abort', jobId: job.jobId });
    signal.addEventListener('abort', onAbort, { once: true });
    try {
      return await new Promise<JobOutcome>((resolve, reject) => {
        this.pending.set(job.jobId, { resolve, reject, progress });
        send({ type: 'run', ...job });
      });
    } finally {
      signal.removeEventListener('abort', onAbort);
      this.settled(job.jobId);
    }
  }

  /** A job is over; with none left the process ends after the idle time. */
  private settled(jobId: string) {
    this.pending.delete(jobId);
    if (this.pending.size || !this.child) return;
    clearTimeout(this.idle);
    this.idle = setTimeout(() => {
      if (!this.pending.size) void this.stop();
    }, this.idleMs);
    this.idle.unref();
  }

  /** Closes the process's connections and ends it (after its jobs have been stopped). */
  async stop(): Promise<void> {
    clearTimeout(this.idle);
    const starting = this.child;
    this.child = undefined;
    this.current = undefined;
    const child = await starting?.catch(() => undefined);
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    child.send({ type: 'close' } satisfies ToJobProcess);
    const hung = setTimeout(() => child.kill('SIGKILL'), CLOSE_WAIT_MS);
    await exited;
    clearTimeout(hung);
  }

  private start(): Promise<ChildProcess> {
    this.child ??= new Promise<ChildProcess>((resolve, reject) => {
      // No execArgv: the server's own flags (a profiler, a probe) are not the job process's.
      const child = fork(new URL('./job-process.mjs', import.meta.url), [String(this.nice)], {
        execArgv: [],
        env: notClusterWorker(process.env),
        serialization: 'advanced',
      });
      this.current = child;
      child.on('message', (m: FromJobProcess) => {
        if (m.type === 'ready') resolve(child);
        else this.receive(m);
      });
      child.on('error', (e) => {
        console.error('the job process failed:', e);
        reject(e);
      });
      child.once('exit', (code, signal) => {
        const how = signal ?? `exit code ${code}`;
        reject(new Error(`the job process stopped while starting (${how})`));
        this.lost(child, how);
      });
      child.send({ type: 'open', data: this.data } satisfies ToJobProcess);
    });
    return this.child;
  }

  private receive(m: Exclude<FromJobProcess, { type: 'ready' }>) {
    const job = this.pending.get(m.jobId);
    if (!job) return;
    if (m.type === 'progress') job.progress(m.percent, m.note).catch(() => undefined);
    else if (m.type === 'done') job.resolve(m.outcome);
    else {
      const e = m.failure ? new JobFailure(m.message, m.failure.outcome) : new Error(m.message);
      if (m.stack) e.stack = m.stack;
      job.reject(e);
    }
  }

  /** The process ended: its jobs fail, and the next job starts another. */
  private lost(child: ChildProcess, how: string) {
    if (this.current === child) {
      this.current = undefined;
      this.child = undefined;
    }
    for (const job of this.pending.values()) job.reject(new Error(`the job process stopped (${how})`));
  }
}
