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
//   const jobId = await jobRunnerFor(deps).enqueue({
//     kind: 'apr_report', title, ownerId, organizationId: ctx.user.currentOrganizationId, parameters });
// Its status, progress and file then show on Files on Server and at GET /api/jobs/:id.
import { eq, inArray, sql } from 'drizzle-orm';
import PgBoss from 'pg-boss';
import type { Database } from '../../db/connect.ts';
import { jobRunTable } from '../../db/schema/index.ts';
import { vspOrganizationOf } from '../access/visibility.ts';
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
      schedule: false,
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
    await this.boss.start();
    for (const kind of handlers.keys()) {
      await this.boss.createQueue(kind);
      const id = await this.boss.work<{ jobRunId: string }>(kind, { pollingIntervalSeconds: 1 }, async ([job]) => {
        if (job) await this.run(job.data.jobRunId);
      });
      this.workers.set(kind, id);
    }
    await this.reconcile();
    await removeExpiredFiles(this.deps).catch(() => undefined);
    this.cleanupTimer = setInterval(() => {
      removeExpiredFiles(this.deps).catch(() => undefined);
    }, CLEANUP_EVERY_MS);
    this.cleanupTimer.unref();
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
        saveFile: (input) =>
          storeFile(this.deps, { ...input, ownerId: job.ownerId, jobId, vspOrganizationId: job.vspOrganizationId }),
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
