// The APR browser's use-cases: show a run's tables, list a cell's clients (list-cell-clients.ts),
// download the run as Excel or PDF. Each checks the user may report on the projects first and
// audits the run.
import { recordAudit } from '../../../audit/record-audit.ts';
import type { Deps } from '../../../deps.ts';
import type { RequestContext } from '../../../http/context.ts';
import { CONTENT_TYPES, documentToPdf, documentToXlsx } from '../../output/index.ts';
import type { AprRunParams } from '../csv-apr-params.ts';
import { requireReportableProjects } from '../report-access.ts';
import type { AprRun } from '../run-apr.ts';
import { aprDocument } from './apr-document.ts';
import { aprRunFor } from './apr-runs.ts';
import { toAprView } from './apr-view.ts';
import { savedAprRun, savedRunMatching } from './saved-apr-runs.ts';

async function checkedRun(deps: Deps, ctx: RequestContext, p: AprRunParams, action: string): Promise<AprRun> {
  await requireReportableProjects(deps.database.db, ctx, [...new Set(p.projectIds)]);
  const run = p.savedRunId ? await savedRunMatching(deps, ctx, p.savedRunId, p) : await aprRunFor(deps, p);
  await recordAudit(deps.database.db, ctx, {
    action,
    entityType: 'report',
    detail: {
      reportType: p.reportType,
      startDate: p.startDate,
      endDate: p.endDate,
      projects: p.projectIds.length,
      ...(p.savedRunId ? { savedRunId: p.savedRunId } : {}),
    },
  });
  return run;
}

export async function showApr(deps: Deps, ctx: RequestContext, p: AprRunParams) {
  return toAprView(await checkedRun(deps, ctx, p, 'apr.view'));
}

export async function downloadApr(deps: Deps, ctx: RequestContext, p: AprRunParams, format: 'xlsx' | 'pdf') {
  const run = await checkedRun(deps, ctx, p, `apr.download_${format}`);
  const doc = aprDocument(run);
  return {
    name: `${p.reportType}_FY2026_${p.startDate}_${p.endDate}.${format}`,
    contentType: CONTENT_TYPES[format],
    data: format === 'xlsx' ? await documentToXlsx(doc) : await documentToPdf(doc),
  };
}

/** A run saved to Files on Server, reopened: its parameters (for the screen's fields) and tables. */
export async function showSavedApr(deps: Deps, ctx: RequestContext, jobId: string) {
  const run = await savedAprRun(deps, ctx, jobId);
  await recordAudit(deps.database.db, ctx, {
    action: 'apr.view',
    entityType: 'job_run',
    entityId: jobId,
    detail: { reportType: run.params.reportType, startDate: run.params.startDate, endDate: run.params.endDate },
  });
  return { params: run.params, view: toAprView(run) };
}
