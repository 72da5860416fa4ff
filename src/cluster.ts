// HEARTH_WORKERS above 1: the primary process holds the database (starting the embedded
// PostgreSQL), migrates it, and forks that many workers, each an app server of its own (its own
// pools, job runner, file store) on the shared port. Nothing a request needs lives in one worker's
// memory (sessions, sign-in throttles and lockouts are in PostgreSQL; jobs run once via pg-boss),
// so workers are "second app servers" on one machine, and one Node thread is no longer the limit.
import cluster, { type Worker } from 'node:cluster';
import type pg from 'pg';

const DATABASE_ENV = 'HEARTH_WORKER_DATABASE';

export const isWorker = () => cluster.isWorker;

/** In a worker: where the primary's database is (node-postgres settings). */
export function workerDatabase(): pg.ClientConfig {
  const raw = process.env[DATABASE_ENV];
  if (!raw) throw new Error(`${DATABASE_ENV} is not set: workers are started by Hearth's primary process`);
  return JSON.parse(raw) as pg.ClientConfig;
}

/** In a worker: tells the primary it is serving. */
export function reportListening() {
  process.send?.({ hearth: 'listening' });
}

export type Workers = { stop(): Promise<void> };

/**
 * Forks `count` workers on `connection` and resolves once every one is serving; a worker that dies
 * is replaced (until stop). Rejects if a worker exits before it first serves (its error is logged).
 */
export function forkWorkers(count: number, connection: pg.ClientConfig): Promise<Workers> {
  // The workers accept on the shared socket themselves: with Node's round-robin the primary hands
  // each connection to a worker and waits for its reply, so one handed to a worker that has just
  // died hung for good (test/cluster-workers.test.ts caught it).
  cluster.schedulingPolicy = cluster.SCHED_NONE;
  let stopping = false;
  const env = { [DATABASE_ENV]: JSON.stringify(connection) };
  const live = new Set<Worker>();
  return new Promise((resolve, reject) => {
    let serving = 0;
    const start = (first: boolean) => {
      const worker = cluster.fork(env);
      live.add(worker);
      let listening = false;
      worker.on('message', (m: { hearth?: string }) => {
        if (m?.hearth !== 'listening' || listening) return;
        listening = true;
        if (first && ++serving === count) resolve({ stop });
      });
      worker.once('exit', (code, signal) => {
        live.delete(worker);
        if (stopping) return;
        if (!listening && first) {
          stopping = true;
          for (const w of live) w.process.kill('SIGTERM');
          reject(new Error(`a Hearth worker exited while starting (${signal ?? `code ${code}`})`));
          return;
        }
        console.error(`A Hearth worker stopped (${signal ?? `code ${code}`}); starting another`);
        start(false);
      });
    };
    for (let i = 0; i < count; i++) start(true);
  });

  async function stop() {
    stopping = true;
    await Promise.all(
      [...live].map(
        (w) =>
          new Promise<void>((done) => {
            if (w.isDead()) return done();
            // A worker closes its connections first; one that hangs is killed after 10 s.
            const hung = setTimeout(() => w.process.kill('SIGKILL'), 10_000);
            w.once('exit', () => {
              clearTimeout(hung);
              done();
            });
            w.process.kill('SIGTERM');
          }),
      ),
    );
  }
}
