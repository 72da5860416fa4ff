// Runs background jobs with pg-boss on the app's own database. Each job also has a job_run row
// (status, progress, owner, parameters, result, file) that screens read. One runner per database:
// the jobs feature starts it when the app is ready and stops it on close. Jobs work on their own
// small pool (handlers get it as `deps.database`) and pg-boss on another, so a long import or
// export never takes the connections requests need.
//
// Work nobody asked for (a daily check, an email to send) is a system task: no job_run row,
// optionally on a schedule that fires once across all app servers (pg-boss's cron lock):
//   defineSystemTask('document-expiry-check', { cron: (c) => c.documentExpiryCron, run: async (deps) => … });
// and sent inside the caller's transaction with enqueueInTransaction (send-in-transaction.ts).
//
// A feature with long work (a report, an export) runs it as a job:
//   defineJobKind<P>('apr_report', async (ctx) => {        // at module load, beside its routes
//     await ctx.progress(50, 'Counting clients');
//     const fileId = await ctx.saveFile({ name, contentType, containsClientData: true, data });
//     return { fileId, result: { … } };                    // throw JobFailure('reason') to fail
//   });
//   const jobId = await jobRunnerFor(deps).enqueue({
//     kind: 'apr_report', title, ownerId, organizationId: ctx.user.currentOrganizationId, parameters });
// Its status, progress and file then show on Files on Server and at GET /api/jobs/:id.
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { and, eq, inArray, sql } from 'drizzle-orm';
import PgBoss from 'pg-boss';
import type { Config } from '../../config.ts';
import { BACKGROUND_NICE, backgroundPool, type Database } from '../../db/connect.ts';
import { jobRunTable } from '../../db/schema/index.ts';
import { vspOrganizationOf } from '../access/visibility.ts';
import type { Deps } from '../deps.ts';
import { removeExpiredFiles } from '../files/remove-expired-files.ts';
import { storeFile } from '../files/store-file.ts';
import { newId } from '../http/ids.ts';
import { JobFailure, type JobHandler, type JobOutcome } from './job-types.ts';
import { JobProcess } from './run-in-job-process.ts';

type JobKind = { handler: JobHandler<never>; module?: string };
const handlers = new Map<string, JobKind>();

/**
 * Registers the code that runs jobs of a kind ('hmis_csv_export'). Call at module load. With
 * `module: import.meta.url` the jobs run in the job process (job-process.ts), which imports that
 * module: long work (reports, exports, imports) belongs there, away from the requests.
 */
export function defineJobKind<P>(kind: string, handler: JobHandler<P>, options: { module?: string } = {}): void {
  handlers.set(kind, { handler: handler as JobHandler<never>, module: options.module });
}

/** The handler of a kind this process has loaded (the job process looks its jobs up here). */
export function jobHandlerOf(kind: string): JobHandler<never> | undefined {
  return handlers.get(kind)?.handler;
}

export type SystemTask<D> = {
  /** Throw to fail the attempt; pg-boss retries when the send asked for retries. */
  run(deps: Deps, data: D, attempt: { retryCount: number; retryLimit: number }): Promise<void>;
  /** Cron expression (server time zone) from the settings; unset or empty: run only when sent. */
  cron?: (config: Config) => string | undefined;
  pollingIntervalSeconds?: number;
};
const systemTasks = new Map<string, SystemTask<never>>();

/** Registers a system task (queue name = task name). Call at module load. */
export function defineSystemTask<D>(name: string, task: SystemTask<D>): void {
  systemTasks.set(name, task as SystemTask<never>);
}

const serverTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

export type EnqueueInput = {
  kind: string;
  title: string;
  ownerId: string;
  /**
   * The organization the owner works as (ctx.user.currentOrganizationId). When it is a
   * victim-service provider, the job and its files may hold its client data: only users
   * working as it see them (src/server/access/work-records.ts).
   */
  organizationId: string | null;
  parameters: Record<string, unknown>;
};

// Connections for running jobs (beside the requests' pool) and for pg-boss (its workers' polling
// and the cron clock: with 2, scheduled tasks were starved).
const JOB_CONNECTIONS = 3;
const BOSS_CONNECTIONS = 4;
const PROGRESS_EVERY_MS = 400;
const CLEANUP_EVERY_MS = 10 * 60_000;
// A running job's server confirms it every HEARTBEAT_MS; one silent for STALE_MS has stopped.
const HEARTBEAT_MS = 30_000;
const STALE_MS = 2 * 60_000;
const INTERRUPTED = 'The job was interrupted because Hearth stopped while it ran. Run it again.';
const UNEXPECTED =
  'The job stopped because of an unexpected error. Try again, or ask your HMIS admin to check the server log.';

// pg-boss job ids are UUIDs; ours are the same 128 bits without dashes.
const asUuid = (id: string) => id.replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5');

export class JobRunner {
  private boss: PgBoss;
  private starting: Promise<void> | undefined;
  private stopped = false;
  private readonly workers = new Map<string, string>();
  private readonly running = new Map<string, { abort: AbortController; done: Promise<void> }>();
  private cleanupTimer: NodeJS.Timeout | undefined;
  private heartbeatTimer: NodeJS.Timeout | undefined;
  private jobDatabase: Database | undefined;
  private jobProcess: JobProcess | undefined;
  /** This app server, as job_run.runner records it. */
  readonly name = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`.slice(0, 100);

  constructor(private readonly deps: Deps) {
    this.boss = new PgBoss({
      ...(deps.database.connection as PgBoss.DatabaseOptions),
      max: BOSS_CONNECTIONS,
      // The cron clock runs only when a system task has a schedule.
      schedule: [...systemTasks.values()].some((t) => t.cron?.(deps.config)),
      // Long exports of a large CoC run for minutes; a job is never retried behind the user's back.
      expireInSeconds: 6 * 3600,
      retryLimit: 0,
    });
    this.boss.on('error', (e: Error) => {
      if (!this.stopped) console.error('job runner:', e.message);
    });
  }

  start(): Promise<void> {
    this.starting ??= this.doStart();
    return this.starting;
  }

  /** What a job's handler works with: the app's deps on the jobs' own pool. */
  private get jobDeps(): Deps {
    if (!this.jobDatabase) throw new Error('the job runner has not started');
    return { ...this.deps, database: this.jobDatabase };
  }

  private async doStart() {
    this.jobDatabase = await backgroundPool(this.deps.database, JOB_CONNECTIONS);
    await this.oneServerAtATime(async () => {
      await this.boss.start();
      for (const name of [...handlers.keys(), ...systemTasks.keys()]) await this.boss.createQueue(name);
      for (const [name, task] of systemTasks) {
        const cron = task.cron?.(this.deps.config);
        if (cron) await this.boss.schedule(name, cron, {}, { tz: serverTimeZone() });
        else if (task.cron) await this.boss.unschedule(name);
      }
    });
    for (const kind of handlers.keys()) {
      const id = await this.boss.work<{ jobRunId: string }>(kind, { pollingIntervalSeconds: 1 }, async ([job]) => {
        if (job) await this.run(job.data.jobRunId);
      });
      this.workers.set(kind, id);
    }
    for (const [name, task] of systemTasks) {
      await this.boss.work<never>(
        name,
        { pollingIntervalSeconds: task.pollingIntervalSeconds ?? 2, includeMetadata: true },
        async ([job]) => {
          if (!job || this.stopped) return;
          try {
            await task.run(this.jobDeps, job.data, { retryCount: job.retryCount, retryLimit: job.retryLimit });
          } catch (e) {
            // A failed scheduled task is otherwise silent: pg-boss only marks its job failed.
            console.error(`scheduled task ${name} failed:`, e instanceof Error ? e.message : e);
            throw e;
          }
        },
      );
    }
    await this.reconcile();
    await removeExpiredFiles(this.jobDeps).catch(() => undefined);
    this.cleanupTimer = setInterval(() => {
      removeExpiredFiles(this.jobDeps).catch(() => undefined);
    }, CLEANUP_EVERY_MS);
    this.cleanupTimer.unref();
    this.heartbeatTimer = setInterval(() => {
      this.heartbeat().catch(() => undefined);
    }, HEARTBEAT_MS);
    this.heartbeatTimer.unref();
  }

  // App servers starting together on a fresh database race pg-boss's schema and queue creation
  // (duplicate schema, deadlocked partition tables): they set up one at a time.
  private oneServerAtATime(fn: () => Promise<void>): Promise<void> {
    return this.deps.database.raw.transaction(async (q) => {
      await q.query('SELECT pg_advisory_xact_lock(728342)');
      await fn();
    });
  }

  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    if (this.cleanupTimer) clearInterval(this.cleanupTimer);
    if (this.heartbeatTimer) clearInterval(this.heartbeatTimer);
    for (const r of this.running.values()) r.abort.abort();
    await Promise.all([...this.running.values()].map((r) => r.done));
    await this.jobProcess?.stop();
    if (this.starting) {
      await this.starting.catch(() => undefined);
      await this.boss.stop({ graceful: false, close: true, wait: true });
    }
    await this.jobDatabase?.close();
  }

  /** Queues a job and returns its id; the job runs in the background. */
  async enqueue(input: EnqueueInput): Promise<string> {
    if (!handlers.has(input.kind)) throw new Error(`no handler for job kind ${input.kind}`);
    await this.start();
    const id = newId();
    const { db } = this.deps.database;
    await db.insert(jobRunTable).values({
      id,
      kind: input.kind,
      title: input.title,
      ownerId: input.ownerId,
      organizationId: input.organizationId,
      vspOrganizationId: await vspOrganizationOf(db, input.organizationId),
      parameters: input.parameters,
    });
    await this.boss.send(input.kind, { jobRunId: id }, { id: asUuid(id) });
    const worker = this.workers.get(input.kind);
    if (worker) this.boss.notifyWorker(worker);
    return id;
  }

  private async run(jobId: string) {
    const deps = this.jobDeps;
    const { db } = deps.database;
    // Claimed once: whichever server's worker gets here first runs it.
    const [job] = await db
      .update(jobRunTable)
      .set({
        status: 'running',
        startedAt: new Date(),
        progress: 0,
        runner: this.name,
        heartbeatAt: new Date(),
        updatedAt: new Date(),
        version: sql`${jobRunTable.version} + 1`,
      })
      .where(and(eq(jobRunTable.id, jobId), eq(jobRunTable.status, 'queued')))
      .returning();
    const kind = job && handlers.get(job.kind);
    if (!job) return;
    if (!kind) {
      await this.finish(jobId, 'failed', {}, UNEXPECTED);
      return;
    }
    const abort = new AbortController();
    let finish: () => void = () => undefined;
    const done = new Promise<void>((r) => {
      finish = r;
    });
    this.running.set(jobId, { abort, done });
    try {
      let last = 0;
      let lastPercent = -1;
      const progress = async (percent: number, note?: string) => {
        const p = Math.max(0, Math.min(99, Math.floor(percent)));
        if (p === lastPercent || Date.now() - last < PROGRESS_EVERY_MS) return;
        last = Date.now();
        lastPercent = p;
        await this.update(jobId, { progress: p, progressNote: note?.slice(0, 200) ?? null });
      };
      const inProcess = kind.module ? this.process() : undefined;
      const outcome = inProcess
        ? await inProcess.run(
            {
              jobId,
              kind: job.kind,
              module: kind.module ?? '',
              ownerId: job.ownerId,
              organizationId: job.organizationId,
              vspOrganizationId: job.vspOrganizationId,
              parameters: job.parameters as Record<string, unknown>,
            },
            progress,
            abort.signal,
          )
        : await kind.handler({
            jobId,
            ownerId: job.ownerId,
            organizationId: job.organizationId,
            parameters: job.parameters as never,
            deps,
            signal: abort.signal,
            progress,
            saveFile: (input) =>
              storeFile(deps, { ...input, ownerId: job.ownerId, jobId, vspOrganizationId: job.vspOrganizationId }),
          });
      await this.finish(jobId, 'done', outcome ?? {});
    } catch (e) {
      if (e instanceof JobFailure) await this.finish(jobId, 'failed', e.outcome, e.message);
      else {
        if (!abort.signal.aborted) console.error(`job ${job.kind} ${jobId} failed:`, e);
        await this.finish(jobId, 'failed', {}, abort.signal.aborted ? INTERRUPTED : UNEXPECTED);
      }
    } finally {
      this.running.delete(jobId);
      finish();
    }
  }

  /** The job process, once the file store can be opened there too (a store with a location). */
  private process(): JobProcess | undefined {
    const storage = this.deps.storage.location;
    if (!storage) return undefined;
    this.jobProcess ??= new JobProcess(
      {
        config: this.deps.config,
        database: { connection: this.deps.database.connection, kind: this.deps.database.kind },
        replica: this.deps.replica?.connection,
        storage,
      },
      BACKGROUND_NICE,
      this.deps.config.jobProcessIdleSeconds * 1000,
    );
    return this.jobProcess;
  }

  private async finish(jobId: string, status: 'done' | 'failed', outcome: JobOutcome, error?: string) {
    await this.update(jobId, {
      status,
      progress: status === 'done' ? 100 : undefined,
      finishedAt: new Date(),
      result: outcome.result ?? null,
      fileId: outcome.fileId ?? null,
      error: error?.slice(0, 1000) ?? null,
    });
  }

  private async update(jobId: string, set: Partial<typeof jobRunTable.$inferInsert>) {
    await this.jobDeps.database.db
      .update(jobRunTable)
      .set({ ...set, updatedAt: new Date(), version: sql`${jobRunTable.version} + 1` })
      .where(eq(jobRunTable.id, jobId));
  }

  private async heartbeat() {
    const ids = [...this.running.keys()];
    if (ids.length) {
      await this.jobDeps.database.db
        .update(jobRunTable)
        .set({ heartbeatAt: new Date() })
        .where(inArray(jobRunTable.id, ids));
    }
    await this.reconcile();
  }

  // Jobs left by a stopped server are marked failed so nobody waits on them: queued ones whose
  // pg-boss job is gone or has ended, and running ones whose server went silent. Embedded, no
  // other server exists, so a running job not running here was this server's before a restart.
  private async reconcile() {
    const { db } = this.jobDeps.database;
    const open = await db
      .select({
        id: jobRunTable.id,
        kind: jobRunTable.kind,
        status: jobRunTable.status,
        heartbeatAt: jobRunTable.heartbeatAt,
      })
      .from(jobRunTable)
      .where(inArray(jobRunTable.status, ['queued', 'running']));
    const alone = this.deps.database.kind === 'embedded';
    for (const j of open) {
      if (this.running.has(j.id)) continue;
      if (j.status === 'running') {
        const silent = !j.heartbeatAt || Date.now() - j.heartbeatAt.getTime() > STALE_MS;
        if (!alone && !silent) continue;
      } else {
        const bossJob = handlers.has(j.kind) ? await this.boss.getJobById(j.kind, asUuid(j.id)) : null;
        if (bossJob && ['created', 'retry', 'active'].includes(bossJob.state)) continue;
      }
      if (handlers.has(j.kind)) await this.boss.fail(j.kind, asUuid(j.id)).catch(() => undefined);
      // Only if still open: the job may have finished on its server meanwhile.
      await db
        .update(jobRunTable)
        .set({
          status: 'failed',
          finishedAt: new Date(),
          error: INTERRUPTED,
          updatedAt: new Date(),
          version: sql`${jobRunTable.version} + 1`,
        })
        .where(and(eq(jobRunTable.id, j.id), inArray(jobRunTable.status, ['queued', 'running'])));
    }
  }
}

const runners = new WeakMap<Database, JobRunner>();

/** The one job runner of this app's database. */
export function jobRunnerFor(deps: Deps): JobRunner {
  let runner = runners.get(deps.database);
  if (!runner) {
    runner = new JobRunner(deps);
    runners.set(deps.database, runner);
  }
  return runner;
}
