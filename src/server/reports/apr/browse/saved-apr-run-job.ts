// "Save to Files on Server" in the APR browser: a job that builds the run's universe and keeps it
// (with the run's parameters) as a file, so the run can be reopened later from Files on Server
// with the same numbers and the same clients behind each one, whatever has been entered since.
import { gzipSync } from 'node:zlib';
import { readDatabase } from '../../../deps.ts';
import { defineJobKind } from '../../../jobs/job-runner.ts';
import { type JobContext, JobFailure } from '../../../jobs/job-types.ts';
import type { AprParams } from '../run-apr.ts';
import { buildUniverse } from '../universe/build-universe.ts';

export const APR_RUN_JOB = 'apr_run';
export const SAVED_APR_RUN_TYPE = 'application/vnd.hearth.apr-run+json';

async function saveAprRun(ctx: JobContext<AprParams>) {
  const params = ctx.parameters;
  await ctx.progress(5, 'Finding the clients served');
  const universe = await buildUniverse(readDatabase(ctx.deps).raw, params);
  if (universe.rows.length === 0) {
    throw new JobFailure(`Nobody was served by the chosen projects between ${params.startDate} and ${params.endDate}.`);
  }
  await ctx.progress(80, 'Saving the run');
  const fileId = await ctx.saveFile({
    name: `${params.reportType}_FY2026_${params.startDate}_${params.endDate}_run.json.gz`,
    contentType: SAVED_APR_RUN_TYPE,
    containsClientData: true,
    data: gzipSync(JSON.stringify({ params, universe })),
  });
  return { fileId, result: { reportType: params.reportType, clients: universe.rows.length } };
}

defineJobKind<AprParams>(APR_RUN_JOB, saveAprRun, { module: import.meta.url });
