// The on-screen answer of a report that counts and pages in SQL (`paged`): a summary report's
// counts from one aggregate query, or one page of a drill-down or of a plain list; only the rows
// shown are built. Undefined when the report cannot do this view in SQL: the caller builds every
// row instead.
import type { Deps } from '../../deps.ts';
import type { RequestContext } from '../../http/context.ts';
import { validationFailed } from '../../http/errors.ts';
import { auditReport } from './audit-report.ts';
import { type ComputedSummary, checkedParams, localizeSummary, rowShaper } from './compute-report.ts';
import { HIDE_PII_NOTE } from './render-report.ts';
import { reportDb } from './report-db.ts';
import { type Language, reportText } from './report-labels.ts';
import type { ReportResult } from './schemas.ts';
import type { AnyReport, PagedView, ReportRun } from './types.ts';
import type { ReportView } from './view.ts';

export async function showPaged(
  deps: Deps,
  ctx: RequestContext,
  def: AnyReport,
  raw: Record<string, unknown>,
  view: ReportView,
  language: Language = 'en',
): Promise<ReportResult | undefined> {
  const paged = def.paged;
  const run: ReportRun<Record<string, unknown>> = await checkedParams(reportDb(deps), ctx, def, raw);
  const layout = typeof def.summary === 'function' ? def.summary(run.params) : def.summary;
  if (!paged) return undefined;
  const text = reportText(def.spanish, language);
  const { hidePii, columns, toRow } = rowShaper(def, ctx, run.params, 'screen', text);
  const drilling = view.group !== undefined || view.count !== undefined;
  const answer = (r: Pick<ReportResult, 'items' | 'total' | 'summary' | 'empty'>): ReportResult => ({
    report: { id: def.id, title: text.label(def.title), rowsTitle: text.label(def.rowsTitle) },
    parameters: run.params,
    columns: columns.map(({ key, label, type, pii }) => ({ key, label, type, pii })),
    notes: hidePii ? [text.label(HIDE_PII_NOTE)] : [],
    ...r,
  });

  if (layout && !drilling) {
    if (!paged.counts) return undefined;
    const { groups, rows } = await paged.counts(run);
    const totals = Object.fromEntries(layout.counts.map((c) => [c.key, 0]));
    for (const g of groups)
      for (const c of layout.counts) totals[c.key] = (totals[c.key] ?? 0) + (g.counts[c.key] ?? 0);
    const summary: ComputedSummary = {
      groupLabel: layout.groupLabel(run.params),
      counts: layout.counts.map(({ key, label }) => ({ key, label })),
      groups: [...groups].sort((a, b) => a.label.localeCompare(b.label)),
      totals,
    };
    await auditReport(deps.database.db, ctx, { def, params: run.params }, [], {
      action: 'report.run',
      detail: { rows },
    });
    return answer({
      items: [],
      total: rows,
      summary: localizeSummary(summary, text),
      empty: rows ? null : text.label(def.emptyMessage),
    });
  }

  const byKey = new Map(columns.map((c) => [c.key, c]));
  if (!layout && drilling) throw validationFailed({ group: 'This report has no counts to drill into' });
  if (layout && (!view.count || !layout.counts.some((c) => c.key === view.count)))
    throw validationFailed({ count: `Choose one of the counts: ${layout.counts.map((c) => c.key).join(', ')}` });
  const filters = view.filter.map((f) => {
    const at = f.indexOf(':');
    const key = f.slice(0, at);
    if (at < 1 || !byKey.has(key)) throw validationFailed({ filter: `“${key || f}” is not a column of this report` });
    return {
      key,
      text: f
        .slice(at + 1)
        .trim()
        .toLowerCase(),
    };
  });
  if (view.sort && !byKey.has(view.sort))
    throw validationFailed({ sort: `“${view.sort}” is not a column of this report` });
  const fallback = def.defaultSort?.key;
  const sort = view.sort
    ? { key: view.sort, dir: view.dir }
    : fallback && byKey.has(fallback)
      ? { key: fallback, dir: def.defaultSort?.dir ?? 'asc' }
      : undefined;
  const asked: PagedView = {
    group: view.group === '' ? undefined : view.group,
    count: view.count,
    sort,
    filters: filters.filter((f) => f.text),
    offset: (view.page - 1) * view.pageSize,
    limit: view.pageSize,
  };
  // SQL sorts and filters the English cell: a column whose values are translated is done in memory.
  if ([asked.sort?.key, ...asked.filters.map((f) => f.key)].some((k) => k && text.translatesValues(k)))
    return undefined;
  const found = await paged.page(run, asked);
  if (!found) return undefined;
  const items = found.rows.map(toRow);
  await auditReport(deps.database.db, ctx, { def, params: run.params }, items, {
    action: 'report.run',
    detail: { rows: found.total, group: view.group, count: view.count },
  });
  // A drill-down is into a count the report has: an empty one is its filters' doing. A plain list
  // is empty only when no row is there without the column filters (as the in-memory view says).
  const empty =
    layout ||
    found.total ||
    (asked.filters.length && (await paged.page(run, { ...asked, filters: [], offset: 0, limit: 1 }))?.total)
      ? null
      : text.label(def.emptyMessage);
  return answer({ items, total: found.total, empty });
}
