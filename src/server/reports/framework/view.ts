// The on-screen (and downloaded) view of a computed report: a drill-down into one count of one
// group, filters per column ("contains", as typed), sort by a column, and a page of rows.
import { z } from 'zod';
import { validationFailed } from '../../http/errors.ts';
import { type CellValue, cellText } from '../output/index.ts';
import type { ComputedReport } from './compute-report.ts';
import type { Row } from './types.ts';

const asList = (v: unknown) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]);

export const viewQuery = z.object({
  sort: z.string().max(60).optional().describe('Column key to sort by'),
  dir: z.enum(['asc', 'desc']).default('asc'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(1000).default(100),
  filter: z
    .preprocess(asList, z.array(z.string().max(200)))
    .default([])
    .describe('Column filters as key:text (rows whose cell contains the text), repeatable'),
  group: z.string().max(200).optional().describe('Summary reports: the group to drill into'),
  count: z.string().max(60).optional().describe('Summary reports: the count to drill into'),
  lang: z
    .enum(['en', 'es'])
    .optional()
    .describe("The report's own text in this language (a download link); default: Accept-Language"),
});
export type ReportView = z.infer<typeof viewQuery>;

/** The rows the view selects (all of them, sorted and filtered; not yet paged). */
export function selectRows(report: ComputedReport, view: Omit<ReportView, 'page' | 'pageSize'>): Row[] {
  return selectIndexes(report, view).map((i) => report.rowAt(i));
}

/** Which rows the view selects, in order, by position: only the cells it sorts and filters on are computed. */
export function selectIndexes(report: ComputedReport, view: Omit<ReportView, 'page' | 'pageSize'>): number[] {
  const byKey = new Map(report.columns.map((c) => [c.key, c]));
  let rows = Array.from({ length: report.count }, (_, i) => i);
  if (view.group !== undefined || view.count !== undefined) {
    const s = report.summary;
    if (!s) throw validationFailed({ group: 'This report has no counts to drill into' });
    if (!view.count || !s.counts.some((c) => c.key === view.count))
      throw validationFailed({ count: `Choose one of the counts: ${s.counts.map((c) => c.key).join(', ')}` });
    const count = view.count;
    rows = rows.filter((i) => {
      const t = report.tags[i];
      return t?.counts.has(count) && (view.group === undefined || view.group === '' || t.group === view.group);
    });
  }
  for (const f of view.filter) {
    const at = f.indexOf(':');
    const key = f.slice(0, at);
    const column = byKey.get(key);
    if (at < 1 || !column) throw validationFailed({ filter: `“${key || f}” is not a column of this report` });
    const text = f
      .slice(at + 1)
      .trim()
      .toLowerCase();
    if (text)
      rows = rows.filter((i) =>
        cellText(report.cell(i, key) as CellValue, column.type)
          .toLowerCase()
          .includes(text),
      );
  }
  // The default order's column may be left out (Hide PII): then the query's order stands.
  const fallback = report.def.defaultSort?.key;
  const sort = view.sort ?? (fallback && byKey.has(fallback) ? fallback : undefined);
  if (sort) {
    if (!byKey.has(sort)) throw validationFailed({ sort: `“${sort}” is not a column of this report` });
    const dir = (view.sort ? view.dir : (report.def.defaultSort?.dir ?? 'asc')) === 'desc' ? -1 : 1;
    // Each row's sort value once, not once per comparison.
    const keyed = rows.map((i) => ({ i, v: report.cell(i, sort) }));
    keyed.sort((a, b) => emptyLast(a.v, b.v) ?? dir * compare(a.v, b.v));
    rows = keyed.map((k) => k.i);
  }
  return rows;
}

const isEmpty = (v: unknown) => v === null || v === undefined || v === '';

/** Empty cells go last whichever way the column is sorted. */
function emptyLast(a: unknown, b: unknown): number | undefined {
  if (!isEmpty(a) && !isEmpty(b)) return undefined;
  return isEmpty(a) === isEmpty(b) ? 0 : isEmpty(a) ? 1 : -1;
}

// One collator for the whole sort: localeCompare with options builds one per call. Reports that
// sort in SQL use collation hearth_report_order (migration 0725), its same settings: keep both equal.
const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

// Numbers as numbers; text (and dates) as people read it.
function compare(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}
