// The background job that imports an uploaded HMIS CSV zip. Its findings are kept per file and
// line for the report screen, and as a CSV report under Files on Server.
import { Readable } from 'node:stream';
import { eq } from 'drizzle-orm';
import { appUserTable, jobFindingTable } from '../../db/schema/index.ts';
import { IMPORT_CHECKS } from '../../hud/validate/checks.ts';
import { defineJobKind } from '../jobs/job-runner.ts';
import { type JobContext, JobFailure } from '../jobs/job-types.ts';
import { csvLine } from './csv-line.ts';
import type { Findings } from './import/findings.ts';
import { importHmisCsv } from './import/import-hmis-csv.ts';

export const IMPORT_JOB = 'hmis_csv_import';

export type ImportJobParameters = { uploadKey: string; fileName: string; sizeBytes: number };

async function streamToBuffer(stream: Readable): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of stream) parts.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(parts);
}

async function runImport(ctx: JobContext<ImportJobParameters>) {
  const { deps } = ctx;
  const { db } = deps.database;
  const [owner] = await db.select().from(appUserTable).where(eq(appUserTable.id, ctx.ownerId));
  try {
    const data = new Blob([
      (await streamToBuffer(await deps.storage.get(ctx.parameters.uploadKey))) as Uint8Array<ArrayBuffer>,
    ]);
    const outcome = await importHmisCsv({
      database: deps.database,
      data,
      actor: { userId: ctx.ownerId, username: owner?.username, organizationId: ctx.organizationId },
      jobId: ctx.jobId,
      onProgress: ctx.progress,
      signal: ctx.signal,
    });
    await saveFindings(ctx, outcome.findings);
    const fileId = await ctx.saveFile({
      name: `${ctx.parameters.fileName.replace(/\.zip$/i, '')}_import_report.csv`,
      contentType: 'text/csv',
      containsClientData: false,
      data: Readable.from(reportLines(outcome.findings)),
    });
    const result = {
      loaded: outcome.loaded,
      version: outcome.version,
      exportIds: outcome.exportIds,
      files: outcome.files,
      counts: {
        highPriority: outcome.findings.counts.high_priority,
        errors: outcome.findings.counts.error,
        warnings: outcome.findings.counts.warning,
      },
    };
    if (!outcome.loaded) {
      const n = outcome.findings.counts.high_priority;
      throw new JobFailure(
        `Nothing was imported: ${n} high-priority problem${n === 1 ? '' : 's'} must be fixed first. See the report for each file, line and column.`,
        { result, fileId },
      );
    }
    return { result, fileId };
  } finally {
    await deps.storage.remove(ctx.parameters.uploadKey).catch(() => undefined);
  }
}

async function saveFindings(ctx: JobContext<ImportJobParameters>, findings: Findings) {
  const rows = findings.kept.map((f) => ({
    jobId: ctx.jobId,
    severity: f.severity,
    checkId: f.checkId,
    file: f.file?.slice(0, 40) ?? null,
    line: f.line,
    columnName: f.column?.slice(0, 60) ?? null,
    recordId: f.recordId,
    value: f.value,
    message: f.message,
  }));
  for (const o of findings.omitted()) {
    rows.push({
      jobId: ctx.jobId,
      severity: IMPORT_CHECKS[o.checkId].severity,
      checkId: o.checkId,
      file: o.file.slice(0, 40),
      line: null,
      columnName: null,
      recordId: null,
      value: null,
      message: `… and ${o.count} more “${IMPORT_CHECKS[o.checkId].title}” in ${o.file}.`,
    });
  }
  for (let i = 0; i < rows.length; i += 500) {
    await ctx.deps.database.db.insert(jobFindingTable).values(rows.slice(i, i + 500));
  }
}

const SEVERITY = { high_priority: 'High Priority', error: 'Error', warning: 'Warning' } as const;
const REPORT_HEADER = ['Severity', 'Check', 'File', 'Line', 'Column', 'RecordID', 'Value', 'Problem'];

function* reportLines(findings: Findings): Generator<string> {
  yield csvLine(REPORT_HEADER, REPORT_HEADER, REPORT_HEADER);
  for (const f of findings.kept) {
    yield csvLine(
      [SEVERITY[f.severity], IMPORT_CHECKS[f.checkId].title, f.file, f.line, f.column, f.recordId, f.value, f.message],
      REPORT_HEADER,
      REPORT_HEADER,
    );
  }
}

defineJobKind<ImportJobParameters>(IMPORT_JOB, runImport, { module: import.meta.url });
