// The APR browser's saved runs: "Save to Files on Server" queues the job that keeps the run
// (saved-apr-run-job.ts); reopening one reads its file back, so the tables and every cell's
// clients are those of the day it was saved.
import { gunzipSync } from 'node:zlib';
import { requireJob, requireStoredFile } from '../../../access/work-records.ts';
import type { Deps } from '../../../deps.ts';
import type { RequestContext } from '../../../http/context.ts';
import { notFound, validationFailed } from '../../../http/errors.ts';
import { jobRunnerFor } from '../../../jobs/job-runner.ts';
import type { AprRunParams } from '../csv-apr-params.ts';
import { requireReportableProjects } from '../report-access.ts';
import { type AprParams, type AprRun, computeRun } from '../run-apr.ts';
import type { Universe } from '../universe/build-universe.ts';
import { APR_RUN_JOB, SAVED_APR_RUN_TYPE } from './saved-apr-run-job.ts';

const KEEP_MS = 5 * 60_000;
const MAX_RUNS = 4;
const loaded = new Map<string, { at: number; run: Promise<AprRun> }>();

/** Queues the job that saves a browser run to Files on Server; the caller checked the parameters. */
export async function saveAprRun(deps: Deps, ctx: RequestContext, p: AprRunParams): Promise<string> {
  const projectIds = [...new Set(p.projectIds)];
  await requireReportableProjects(deps.database.db, ctx, projectIds);
  const parameters: AprParams = { reportType: p.reportType, startDate: p.startDate, endDate: p.endDate, projectIds };
  return jobRunnerFor(deps).enqueue({
    kind: APR_RUN_JOB,
    title: `${p.reportType} FY2026 (browser), ${p.startDate} to ${p.endDate}`,
    ownerId: ctx.user.id,
    organizationId: ctx.user.currentOrganizationId,
    parameters,
  });
}

async function readRun(deps: Deps, storageKey: string): Promise<AprRun> {
  const parts: Buffer[] = [];
  for await (const chunk of await deps.storage.get(storageKey)) parts.push(chunk as Buffer);
  const saved = JSON.parse(gunzipSync(Buffer.concat(parts)).toString('utf8')) as {
    params: AprParams;
    universe: Universe;
  };
  return computeRun(saved.universe, saved.params);
}

/**
 * A saved run the user may open: its job and file visible to them (404 otherwise, as for one that
 * does not exist), and its projects still ones they may report on.
 */
export async function savedAprRun(deps: Deps, ctx: RequestContext, jobId: string): Promise<AprRun> {
  const { db } = deps.database;
  const job = await requireJob(db, ctx, jobId);
  if (job.kind !== APR_RUN_JOB || !job.fileId) throw notFound('The saved run');
  const file = await requireStoredFile(db, ctx, job.fileId);
  if (file.contentType !== SAVED_APR_RUN_TYPE) throw notFound('The saved run');
  const now = Date.now();
  for (const [k, v] of loaded) if (now - v.at > KEEP_MS) loaded.delete(k);
  let entry = loaded.get(file.id);
  if (!entry) {
    entry = { at: now, run: readRun(deps, file.storageKey) };
    entry.run.catch(() => loaded.delete(file.id));
    loaded.set(file.id, entry);
    while (loaded.size > MAX_RUNS) loaded.delete(loaded.keys().next().value as string);
  }
  const run = await entry.run;
  await requireReportableProjects(db, ctx, run.params.projectIds);
  return run;
}

/** The saved run a request names, which must be the one its parameters describe. */
export async function savedRunMatching(deps: Deps, ctx: RequestContext, jobId: string, p: AprRunParams) {
  const run = await savedAprRun(deps, ctx, jobId);
  const same = (a: string[], b: string[]) => [...new Set(a)].sort().join() === [...new Set(b)].sort().join();
  const s = run.params;
  if (
    s.reportType !== p.reportType ||
    s.startDate !== p.startDate ||
    s.endDate !== p.endDate ||
    !same(s.projectIds, p.projectIds)
  ) {
    throw validationFailed({ savedRunId: 'The saved run was made with other parameters' });
  }
  return run;
}
