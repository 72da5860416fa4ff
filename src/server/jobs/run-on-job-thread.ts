// The request thread's side of the job thread (job-thread.ts): starts it on the first job, hands
// it jobs, relays their progress and outcome, and ends it once it has had no job for a while (it
// holds its own copy of the modules and its own connections). If the thread dies (a report out of
// memory), its jobs fail and the next job starts a new thread; the server itself keeps serving.
import { Worker } from 'node:worker_threads';
import type { FromJobThread, JobOnThread, JobThreadData, ToJobThread } from './job-thread-protocol.ts';
import { JobFailure, type JobOutcome } from './job-types.ts';

type Pending = {
  resolve: (outcome: JobOutcome) => void;
  reject: (e: Error) => void;
  progress: (percent: number, note?: string) => Promise<void>;
};

const CLOSE_WAIT_MS = 10_000;

export class JobThread {
  private worker: Promise<Worker> | undefined;
  private current: Worker | undefined;
  private readonly pending = new Map<string, Pending>();
  private idle: NodeJS.Timeout | undefined;

  constructor(
    private readonly data: JobThreadData,
    private readonly idleMs: number,
  ) {}

  /** Runs a job on the thread; `signal` aborting asks the thread to stop it. */
  async run(job: JobOnThread, progress: Pending['progress'], signal: AbortSignal): Promise<JobOutcome> {
    clearTimeout(this.idle);
    // Counted as pending while the thread starts, so another job settling meanwhile does not
    // start the idle clock; its real resolve and reject are set once the job is sent.
    this.pending.set(job.jobId, { resolve: () => undefined, reject: () => undefined, progress });
    const worker = await this.start().catch((e: unknown) => {
      this.settled(job.jobId);
      throw e;
    });
    const send = (m: ToJobThread) => worker.postMessage(m);
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

  /** A job is over; with none left the thread ends after the idle time. */
  private settled(jobId: string) {
    this.pending.delete(jobId);
    if (this.pending.size || !this.worker) return;
    clearTimeout(this.idle);
    this.idle = setTimeout(() => {
      if (!this.pending.size) void this.stop();
    }, this.idleMs);
    this.idle.unref();
  }

  /** Closes the thread's connections and ends it (after its jobs have been stopped). */
  async stop(): Promise<void> {
    clearTimeout(this.idle);
    const starting = this.worker;
    this.worker = undefined;
    this.current = undefined;
    const worker = await starting?.catch(() => undefined);
    if (!worker) return;
    const exited = new Promise<void>((r) => worker.once('exit', () => r()));
    worker.postMessage({ type: 'close' } satisfies ToJobThread);
    const hung = setTimeout(() => void worker.terminate(), CLOSE_WAIT_MS);
    await exited;
    clearTimeout(hung);
  }

  private start(): Promise<Worker> {
    this.worker ??= new Promise<Worker>((resolve, reject) => {
      const worker = new Worker(new URL('./job-thread.mjs', import.meta.url), { workerData: this.data, execArgv: [] });
      this.current = worker;
      worker.on('message', (m: FromJobThread) => {
        if (m.type === 'ready') resolve(worker);
        else this.receive(m);
      });
      worker.on('error', (e) => {
        console.error('the job thread failed:', e);
        reject(e);
      });
      worker.once('exit', (code) => {
        reject(new Error(`the job thread stopped while starting (exit code ${code})`));
        this.lost(worker, code);
      });
    });
    return this.worker;
  }

  private receive(m: Exclude<FromJobThread, { type: 'ready' }>) {
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

  /** The thread ended: its jobs fail, and the next job starts another. */
  private lost(worker: Worker, code: number) {
    if (this.current === worker) {
      this.current = undefined;
      this.worker = undefined;
    }
    for (const job of this.pending.values()) job.reject(new Error(`the job thread stopped (exit code ${code})`));
  }
}
