// The background job that writes an HMIS CSV FY2026 export to Files on Server.
import { eq } from 'drizzle-orm';
import { appUserTable } from '../../db/schema/index.ts';
import { HashStatus } from '../../hud/codes.ts';
import { hudSpec } from '../../hud/spec.generated.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { hudNow, hudToday, newId } from '../http/ids.ts';
import { defineJobKind } from '../jobs/job-runner.ts';
import type { JobContext } from '../jobs/job-types.ts';
import { type ExportParams, exportParams } from './export/export-params.ts';
import { writeExport } from './export/write-export.ts';

export const EXPORT_JOB = 'hmis_csv_export';
export const CSV_VERSION = '2026 v1.0';
const SOFTWARE = { name: 'Hearth', version: '0.1.0' };
// Export.ExportPeriodType 3 (reporting period), ExportDirective 2 (full refresh).
const REPORTING_PERIOD = 3;
const FULL_REFRESH = 2;

export type ExportJobParameters = ExportParams & { memberOrganizationIds: string[] };

async function runExport(ctx: JobContext<ExportJobParameters>) {
  const params = exportParams.parse(ctx.parameters);
  const { db } = ctx.deps.database;
  const [owner] = await db.select().from(appUserTable).where(eq(appUserTable.id, ctx.ownerId));
  const [installation] = (await ctx.deps.database.raw.query<{ id: string }>('SELECT id FROM installation LIMIT 1'))
    .rows;
  const exportId = newId();
  const exportSpec = hudSpec.find((s) => s.file === 'Export');
  const header = exportSpec?.columns.map((c) => c.name) ?? [];
  const quoted = exportSpec?.columns.filter((c) => c.type === 'string').map((c) => c.name) ?? [];
  const exportDate = `${params.exportDate ?? hudToday()} ${hudNow().slice(11)}`;
  const { saved, counts } = await writeExport(
    {
      database: ctx.deps.database,
      params,
      exportId,
      memberOrganizationIds: ctx.parameters.memberOrganizationIds ?? [],
      onProgress: ctx.progress,
      signal: ctx.signal,
      exportRow: (cocCodes) => {
        const row: Record<string, string | number | null> = {
          ExportID: exportId,
          SourceType: params.sourceType,
          SourceID: params.sourceType === 1 ? (params.cocCode ?? cocCodes).slice(0, 350) || null : null,
          SourceName: params.sourceName ?? 'Hearth HMIS',
          SourceContactFirst: owner?.firstName ?? null,
          SourceContactLast: owner?.lastName ?? null,
          SourceContactPhone: owner?.phone && /^\d{10}$/.test(owner.phone) ? owner.phone : null,
          SourceContactExtension: null,
          SourceContactEmail: owner?.email ?? null,
          ExportDate: exportDate,
          ExportStartDate: params.startDate,
          ExportEndDate: params.endDate,
          SoftwareName: SOFTWARE.name,
          SoftwareVersion: SOFTWARE.version,
          CSVVersion: CSV_VERSION,
          ExportPeriodType: REPORTING_PERIOD,
          ExportDirective: FULL_REFRESH,
          HashStatus: params.hashed ? HashStatus.Sha256 : HashStatus.Unhashed,
          ImplementationID: installation?.id ?? 'hearth',
        };
        return { header, quoted, values: header.map((h) => row[h] ?? null) };
      },
    },
    (zip) =>
      ctx.saveFile({
        name: `HMIS_CSV_FY2026_${params.startDate}_${params.endDate}${params.hashed ? '_hashed' : ''}.zip`,
        contentType: 'application/zip',
        containsClientData: true,
        data: zip,
      }),
  );
  await recordAudit(
    db,
    { userId: ctx.ownerId, username: owner?.username, organizationId: ctx.organizationId },
    {
      action: 'hmis_csv.export',
      entityType: 'job_run',
      entityId: ctx.jobId,
      detail: { exportId, endpoint: params.sourceEndpoint, hashed: params.hashed, clients: counts.Client ?? 0 },
    },
  );
  await ctx.progress(99, 'Done');
  // An export that selected nothing still ends, but says so rather than passing for a real one.
  const warning = counts.Enrollment
    ? undefined
    : `Nothing matched: no enrollments in the chosen organizations, projects and dates${
        params.sourceEndpoint === 'full'
          ? ''
          : ` (the ${params.sourceEndpoint.toUpperCase()} export takes only projects its partner funds)`
      }. The files hold no client records.`;
  return { fileId: saved, result: { exportId, rows: counts, ...(warning ? { warning } : {}) } };
}

defineJobKind<ExportJobParameters>(EXPORT_JOB, runExport, { module: import.meta.url });
