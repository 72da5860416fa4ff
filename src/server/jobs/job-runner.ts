// Runs background jobs with pg-boss on the app's own database (PGlite or PostgreSQL). Each job
// also has a job_run row (status, progress, owner, parameters, result, file) that screens read.
// One runner per database: the jobs feature starts it when the app is ready and stops it on close.
//
// A feature with long work (a report, an export) runs it as a job:
//   defineJobKind<P>('apr_report', async (ctx) => {        // at module load, beside its routes
//     await ctx.progress(50, 'Counting clients');
//     const fileId = await ctx.saveFile({ name, contentType, containsClientData: true, data });
//     return { fileId, result: { … } };                    // throw JobFailure('reason') to fail
//   });
//   const jobId = await jobRunnerFor(deps).enqueue({ kind: 'apr_report', title, ownerId, parameters });
// Its status, progress and file then show on Files on Server and at GET /api/jobs/:id.
//
// Work nobody asked for (a daily check, an email to send) is a system task: no job_run row,
// optionally on a schedule that fires once across all app servers (pg-boss's cron lock):
//   defineSystemTask('document-expiry-check', { cron: (c) => c.documentExpiryCron, run: async (deps) => … });
// and sent inside the caller's transaction with enqueueInTransaction (send-in-transaction.ts).
import { eq, inArray, sql } from 'drizzle-orm';
import PgBoss from 'pg-boss';
import type { Config } from '../../config.ts';
import type { Database } from '../../db/connect.ts';
import { jobRunTable } from '../../db/schema/index.ts';
import type { Deps } from '../deps.ts';
import { removeExpiredFiles } from '../files/remove-expired-files.ts';
import { storeFile } from '../files/store-file.ts';
import { newId } from '../http/ids.ts';
import { JobFailure, type JobHandler, type JobOutcome } from './job-types.ts';
import { pgBossDb } from './pg-boss-db.ts';

const handlers = new Map<string, JobHandler<never>>();

/** Registers the code that runs jobs of a kind ('hmis_csv_export'). Call at module load. */
export function defineJobKind<P>(kind: string, handler: JobHandler<P>): void {
  handlers.set(kind, handler as JobHandler<never>);
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
  organizationId?: string | null;
  parameters: Record<string, unknown>;
};

const PROGRESS_EVERY_MS = 400;
const CLEANUP_EVERY_MS = 10 * 60_000;
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

  constructor(private readonly deps: Deps) {
    this.boss = new PgBoss({
      db: pgBossDb(deps.database) as PgBoss.Db,
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

  private async doStart() {
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
          if (job && !this.stopped)
            await task.run(this.deps, job.data, { retryCount: job.retryCount, retryLimit: job.retryLimit });
        },
      );
    }
    await this.reconcile();
    await removeExpiredFiles(this.deps).catch(() => undefined);
    this.cleanupTimer = setInterval(() => {
      removeExpiredFiles(this.deps).catch(() => undefined);
    }, CLEANUP_EVERY_MS);
    this.cleanupTimer.unref();
  }

  // App servers starting together on a fresh database race pg-boss's schema and queue creation
  // (duplicate schema, deadlocked partition tables): they set up one at a time.
  private oneServerAtATime(fn: () => Promise<void>): Promise<void> {
    const { database } = this.deps;
    if (database.engine === 'pglite') return fn();
    return database.raw.transaction(async (q) => {
      await q.query('SELECT pg_advisory_xact_lock(728342)');
      await fn();
    });
  }

  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    if (this.cleanupTimer) clearInterval(this.cleanupTimer);
    for (const r of this.running.values()) r.abort.abort();
    await Promise.all([...this.running.values()].map((r) => r.done));
    if (this.starting) {
      await this.starting.catch(() => undefined);
      await this.boss.stop({ graceful: false, close: false });
    }
  }

  /** Queues a job and returns its id; the job runs in the background. */
  async enqueue(input: EnqueueInput): Promise<string> {
    if (!handlers.has(input.kind)) throw new Error(`no handler for job kind ${input.kind}`);
    await this.start();
    const id = newId();
    await this.deps.database.db.insert(jobRunTable).values({
      id,
      kind: input.kind,
      title: input.title,
      ownerId: input.ownerId,
      organizationId: input.organizationId ?? null,
      parameters: input.parameters,
    });
    await this.boss.send(input.kind, { jobRunId: id }, { id: asUuid(id) });
    const worker = this.workers.get(input.kind);
    if (worker) this.boss.notifyWorker(worker);
    return id;
  }

  private async run(jobId: string) {
    const { db } = this.deps.database;
    const [job] = await db.select().from(jobRunTable).where(eq(jobRunTable.id, jobId));
    const handler = job && handlers.get(job.kind);
    if (!job || !handler || job.status !== 'queued') return;
    const abort = new AbortController();
    let finish: () => void = () => undefined;
    const done = new Promise<void>((r) => {
      finish = r;
    });
    this.running.set(jobId, { abort, done });
    try {
      await this.update(jobId, { status: 'running', startedAt: new Date(), progress: 0 });
      let last = 0;
      let lastPercent = -1;
      const outcome = await handler({
        jobId,
        ownerId: job.ownerId,
        organizationId: job.organizationId,
        parameters: job.parameters as never,
        deps: this.deps,
        signal: abort.signal,
        progress: async (percent, note) => {
          const p = Math.max(0, Math.min(99, Math.floor(percent)));
          if (p === lastPercent || Date.now() - last < PROGRESS_EVERY_MS) return;
          last = Date.now();
          lastPercent = p;
          await this.update(jobId, { progress: p, progressNote: note?.slice(0, 200) ?? null });
        },
        saveFile: (input) => storeFile(this.deps, { ...input, ownerId: job.ownerId, jobId }),
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
    await this.deps.database.db
      .update(jobRunTable)
      .set({ ...set, updatedAt: new Date(), version: sql`${jobRunTable.version} + 1` })
      .where(eq(jobRunTable.id, jobId));
  }

  // Jobs left queued or running by a stopped process, whose pg-boss job is gone or has ended,
  // are marked failed so nobody waits on them.
  private async reconcile() {
    const { db } = this.deps.database;
    const open = await db
      .select({ id: jobRunTable.id, kind: jobRunTable.kind })
      .from(jobRunTable)
      .where(inArray(jobRunTable.status, ['queued', 'running']));
    for (const j of open) {
      if (this.running.has(j.id)) continue;
      const bossJob = handlers.has(j.kind) ? await this.boss.getJobById(j.kind, asUuid(j.id)) : null;
      if (bossJob && ['created', 'retry', 'active'].includes(bossJob.state)) {
        // On a server another Hearth process may be running it; embedded, this process was.
        if (bossJob.state !== 'active' || this.deps.database.engine === 'postgresql') continue;
        await this.boss.fail(j.kind, asUuid(j.id)).catch(() => undefined);
      }
      await this.finish(j.id, 'failed', {}, INTERRUPTED);
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
