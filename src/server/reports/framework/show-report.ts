// A report on screen: one page of its rows (or its counts, or one count's drill-down), with the
// clients shown audited. The route and bench/reports.ts both call this.
import type { Deps } from '../../deps.ts';
import type { RequestContext } from '../../http/context.ts';
import { auditReport } from './audit-report.ts';
import { computeReport } from './compute-report.ts';
import { VIEW_KEYS } from './params.ts';
import { HIDE_PII_NOTE } from './render-report.ts';
import { reportDb } from './report-db.ts';
import type { Language } from './report-labels.ts';
import type { ReportResult } from './schemas.ts';
import { showPaged } from './show-paged.ts';
import type { AnyReport } from './types.ts';
import { selectIndexes, viewQuery } from './view.ts';

/** The report's parameters from a querystring that also carries the view. */
export function parametersOf(query: Record<string, unknown>): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(query)) if (!(VIEW_KEYS as readonly string[]).includes(k)) params[k] = v;
  return params;
}

export async function showReport(
  deps: Deps,
  ctx: RequestContext,
  def: AnyReport,
  query: Record<string, unknown>,
  language: Language = 'en',
): Promise<ReportResult> {
  const view = viewQuery.parse(query);
  if (def.paged) {
    const paged = await showPaged(deps, ctx, def, parametersOf(query), view, language);
    if (paged) return paged;
  }
  // Costly columns are computed for the page shown, unless the view sorts or filters on one.
  const detailKeys = def.details?.keys ?? [];
  const ordered = [view.sort ?? def.defaultSort?.key, ...view.filter.map((f) => f.slice(0, f.indexOf(':')))];
  const deferDetails = !ordered.some((k) => k !== undefined && detailKeys.includes(k));
  const report = await computeReport(reportDb(deps), ctx, def, parametersOf(query), 'screen', undefined, {
    deferDetails,
    language,
  });
  const { text } = report;
  const drilling = view.group !== undefined || view.count !== undefined;
  const listed = report.summary && !drilling ? [] : selectIndexes(report, view);
  const page = await report.complete(listed.slice((view.page - 1) * view.pageSize, view.page * view.pageSize));
  await auditReport(deps.database.db, ctx, report, page, {
    action: 'report.run',
    detail: { rows: report.count, ...(drilling ? { group: view.group, count: view.count } : {}) },
  });
  return {
    report: { id: def.id, title: text.label(def.title), rowsTitle: text.label(def.rowsTitle) },
    parameters: report.params,
    columns: report.columns.map(({ key, label, type, pii }) => ({ key, label, type, pii })),
    items: page,
    total: report.summary && !drilling ? report.count : listed.length,
    summary: report.summary,
    empty: report.count ? null : text.label(def.emptyMessage),
    notes: report.hidePii ? [text.label(HIDE_PII_NOTE)] : [],
  };
}
