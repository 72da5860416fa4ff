// The background job that runs the APR or CAPER and saves the CSV-APR zip under Files on Server.
import { eq } from 'drizzle-orm';
import { appUserTable } from '../../../db/schema/index.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { readDatabase } from '../../deps.ts';
import { defineJobKind } from '../../jobs/job-runner.ts';
import { type JobContext, JobFailure } from '../../jobs/job-types.ts';
import { computeRun } from './run-apr.ts';
import type { ReportType } from './table/table-def.ts';
import { buildUniverse } from './universe/build-universe.ts';
import { writeCsvAprZip } from './write-csv-apr-zip.ts';

export const CSV_APR_JOB = 'csv_apr';

export type CsvAprJobParameters = {
  reportType: ReportType;
  startDate: string;
  endDate: string;
  projectIds: string[];
  generateValidationFile: boolean;
  acceptUnencrypted: boolean;
  /** Victim-service providers whose clients the output is derived from: it stays within them. */
  clientDataOrganizationIds: string[];
};

async function runCsvApr(ctx: JobContext<CsvAprJobParameters>) {
  const p = ctx.parameters;
  await ctx.progress(5, 'Finding the clients served');
  // Read from the replica when there is one; the file and audit row go to the primary.
  const universe = await buildUniverse(readDatabase(ctx.deps).raw, p);
  if (universe.rows.length === 0) {
    throw new JobFailure(`Nobody was served by the chosen projects between ${p.startDate} and ${p.endDate}.`);
  }
  await ctx.progress(60, 'Counting the tables');
  const run = computeRun(universe, p);
  await ctx.progress(85, 'Writing the CSV files');
  const zip = await writeCsvAprZip(run);
  const fileId = await ctx.saveFile({
    name: `CSV-${p.reportType}_FY2026_${p.startDate}_${p.endDate}.zip`,
    contentType: 'application/zip',
    // Counts only; but a victim-service provider's counts stay as private as its records.
    containsClientData: p.clientDataOrganizationIds.length > 0,
    data: zip,
  });
  const { db } = ctx.deps.database;
  const [owner] = await db.select().from(appUserTable).where(eq(appUserTable.id, ctx.ownerId));
  await recordAudit(
    db,
    { userId: ctx.ownerId, username: owner?.username, organizationId: ctx.organizationId },
    {
      action: 'apr.csv',
      entityType: 'job_run',
      entityId: ctx.jobId,
      detail: { reportType: p.reportType, projects: p.projectIds.length, clients: universe.rows.length },
    },
  );
  return {
    fileId,
    result: {
      reportType: p.reportType,
      clients: universe.rows.length,
      tables: run.tables.map((t) => t.id),
      clientDataOrganizationIds: p.clientDataOrganizationIds,
    },
  };
}

defineJobKind<CsvAprJobParameters>(CSV_APR_JOB, runCsvApr);
