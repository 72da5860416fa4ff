// A report run in the background (a large download, or a schedule firing): the file lands on
// the owner's Files on Server and the owner gets a "Report ready" notification linking to it.
import { eq } from 'drizzle-orm';
import { appUserTable } from '../../../db/schema/index.ts';
import type { Deps } from '../../deps.ts';
import { AppError } from '../../http/errors.ts';
import { defineJobKind } from '../../jobs/job-runner.ts';
import { JobFailure } from '../../jobs/job-types.ts';
import { notifyReportReady } from '../../notifications/notify-report-ready.ts';
import { reportById } from '../catalog.ts';
import type { OutputFormat } from '../output/index.ts';
import { auditReport } from './audit-report.ts';
import { computeReport } from './compute-report.ts';
import { contextForJob } from './job-context.ts';
import { renderReport } from './render-report.ts';
import { reportDb } from './report-db.ts';
import type { Language } from './report-labels.ts';
import { selectRows } from './view.ts';

export const REPORT_JOB = 'report_run';

export type ReportJobParameters = {
  report: string;
  parameters: Record<string, unknown>;
  format: OutputFormat;
  scheduleId?: string;
  /** The language of the user who asked (a schedule: its owner's chosen language, read at each run). */
  language?: Language;
};

/** A scheduled run follows its owner's language as chosen in Settings now; English until they choose. */
export async function ownerLanguage(deps: Deps, ownerId: string): Promise<Language> {
  const [row] = await deps.database.db
    .select({ language: appUserTable.language })
    .from(appUserTable)
    .where(eq(appUserTable.id, ownerId));
  return row?.language === 'es' ? 'es' : 'en';
}

/** A refusal the user can act on (bad parameters, no permission any more) fails the job with its message. */
function asFailure(e: unknown): unknown {
  if (!(e instanceof AppError)) return e;
  const fields = Object.entries(e.fields ?? {}).map(([k, v]) => `${k}: ${v}`);
  return new JobFailure([e.message, ...fields.filter((f) => !f.endsWith(e.message))].join(' '));
}

defineJobKind<ReportJobParameters>(
  REPORT_JOB,
  async (job) => {
    const { report: id, parameters, format, scheduleId, language } = job.parameters;
    const def = reportById(id);
    if (!def) throw new JobFailure(`There is no report named ${id}.`);
    const deps: Deps = job.deps;
    const ctx = await contextForJob(deps, job.ownerId, job.organizationId, job.jobId);
    await job.progress(5, 'Running the report');
    const computed = await computeReport(reportDb(deps), ctx, def, parameters, 'files', job.signal, {
      language: language ?? (await ownerLanguage(deps, job.ownerId)),
    }).catch((e) => {
      throw asFailure(e);
    });
    const rows = selectRows(computed, { dir: 'asc', filter: [] });
    await job.progress(60, `Writing ${rows.length} rows`);
    const file = await renderReport(computed, rows, format, `${ctx.user.firstName} ${ctx.user.lastName}`);
    const fileId = await job.saveFile({
      name: file.name,
      contentType: file.contentType,
      containsClientData: Boolean(def.clientIdKeys?.length),
      data: file.data,
    });
    await auditReport(deps.database.db, ctx, computed, rows, {
      action: 'report.run',
      detail: { format, rows: rows.length, jobId: job.jobId, ...(scheduleId ? { scheduleId } : {}) },
    });
    await deps.database.db.transaction((tx) =>
      notifyReportReady(tx, {
        ownerId: job.ownerId,
        jobId: job.jobId,
        reportTitle: computed.text.label(def.title),
        organizationId: job.organizationId,
      }),
    );
    return {
      fileId,
      result: { rows: rows.length, message: rows.length ? `${rows.length} rows` : def.emptyMessage },
    };
  },
  { module: import.meta.url },
);
