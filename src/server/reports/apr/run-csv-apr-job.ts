// The background job that runs the APR or CAPER and saves the CSV-APR zip under Files on Server.
import { eq } from 'drizzle-orm';
import { appUserTable } from '../../../db/schema/index.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { readDatabase } from '../../deps.ts';
import { discardFile } from '../../files/discard-file.ts';
import { defineJobKind } from '../../jobs/job-runner.ts';
import { type JobContext, JobFailure } from '../../jobs/job-types.ts';
import { computeRun } from './run-apr.ts';
import type { ReportType } from './table/table-def.ts';
import { buildUniverse } from './universe/build-universe.ts';
import { takeSealedPassword } from './validation/sealed-password.ts';
import { writeValidationZip } from './validation/write-validation-zip.ts';
import { writeCsvAprZip } from './write-csv-apr-zip.ts';

export const CSV_APR_JOB = 'csv_apr';

export type CsvAprJobParameters = {
  reportType: ReportType;
  startDate: string;
  endDate: string;
  projectIds: string[];
  generateValidationFile: boolean;
  acceptUnencrypted: boolean;
  /** The validation file's password, sealed (validation/sealed-password.ts); removed once read. */
  sealedValidationPassword?: string;
  /** Victim-service providers whose clients the output is derived from: it stays within them. */
  clientDataOrganizationIds: string[];
};

/** The validation file's password: null for no file or an accepted unencrypted one. */
async function validationPassword(ctx: JobContext<CsvAprJobParameters>): Promise<string | null> {
  const p = ctx.parameters;
  const sealed = p.sealedValidationPassword;
  const password = sealed ? await takeSealedPassword(ctx.deps, ctx.jobId, sealed) : null;
  if (p.generateValidationFile && !p.acceptUnencrypted && !password) {
    throw new JobFailure('The validation file needs a password; run the report again and enter one.');
  }
  return p.generateValidationFile && !p.acceptUnencrypted ? password : null;
}

/**
 * Writes the validation file; if its stream fails midway, the CSV-APR zip already saved goes too
 * (storage keeps no partial file) and the job fails saying so, rather than half a run on Files on
 * Server. A job stopped by a shutdown keeps its own "interrupted" message.
 */
async function saveValidationFile(
  ctx: JobContext<CsvAprJobParameters>,
  csvAprFileId: string,
  write: () => Promise<string>,
): Promise<string> {
  try {
    return await write();
  } catch (e) {
    await discardFile(ctx.deps, csvAprFileId);
    if (ctx.signal.aborted) throw e;
    console.error(`job csv_apr ${ctx.jobId}: the validation file could not be written:`, e);
    throw new JobFailure(
      'The validation file could not be written, so this run kept no files. Run the report again; if it fails again, tell your HMIS administrator (the server log says why).',
    );
  }
}

async function runCsvApr(ctx: JobContext<CsvAprJobParameters>) {
  const p = ctx.parameters;
  const password = await validationPassword(ctx);
  await ctx.progress(5, 'Finding the clients served');
  // Read from the replica when there is one; the file and audit row go to the primary.
  const universe = await buildUniverse(readDatabase(ctx.deps).raw, p);
  if (universe.rows.length === 0) {
    throw new JobFailure(`Nobody was served by the chosen projects between ${p.startDate} and ${p.endDate}.`);
  }
  await ctx.progress(60, 'Counting the tables');
  const run = computeRun(universe, p);
  await ctx.progress(p.generateValidationFile ? 70 : 85, 'Writing the CSV files');
  const zip = await writeCsvAprZip(run);
  const fileId = await ctx.saveFile({
    name: `CSV-${p.reportType}_FY2026_${p.startDate}_${p.endDate}.zip`,
    contentType: 'application/zip',
    // Counts only; but a victim-service provider's counts stay as private as its records.
    containsClientData: p.clientDataOrganizationIds.length > 0,
    data: zip,
  });
  const validationFileId = p.generateValidationFile
    ? await saveValidationFile(ctx, fileId, () =>
        writeValidationZip(
          run,
          password,
          (data) =>
            ctx.saveFile({
              name: `CSV-${p.reportType}_FY2026_${p.startDate}_${p.endDate}_Validation${password ? '' : '_UNENCRYPTED'}.zip`,
              contentType: 'application/zip',
              containsClientData: true,
              data,
            }),
          { progress: (done, of) => ctx.progress(75 + (20 * done) / of, 'Writing the validation file') },
        ),
      )
    : undefined;
  const { db } = ctx.deps.database;
  const [owner] = await db.select().from(appUserTable).where(eq(appUserTable.id, ctx.ownerId));
  await recordAudit(
    db,
    { userId: ctx.ownerId, username: owner?.username, organizationId: ctx.organizationId },
    {
      action: 'apr.csv',
      entityType: 'job_run',
      entityId: ctx.jobId,
      detail: {
        reportType: p.reportType,
        projects: p.projectIds.length,
        clients: universe.rows.length,
        validationFile: validationFileId ? (password ? 'encrypted' : 'unencrypted') : 'none',
      },
    },
  );
  return {
    fileId,
    result: {
      reportType: p.reportType,
      clients: universe.rows.length,
      tables: run.tables.map((t) => t.id),
      clientDataOrganizationIds: p.clientDataOrganizationIds,
      ...(validationFileId ? { validationFileId, validationEncrypted: password !== null } : {}),
    },
  };
}

defineJobKind<CsvAprJobParameters>(CSV_APR_JOB, runCsvApr, { module: import.meta.url });
