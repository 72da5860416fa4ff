// A computed report as a file: Excel (the summary, then the rows), PDF (the same tables) or CSV
// (the rows). The parameters it ran with are printed with it.
import { hudNow, hudToday } from '../../http/ids.ts';
import {
  type CellValue,
  CONTENT_TYPES,
  documentToPdf,
  documentToXlsx,
  type OutputDocument,
  type OutputFormat,
  type OutputTable,
  tableToCsv,
} from '../output/index.ts';
import type { ComputedReport } from './compute-report.ts';
import type { Row } from './types.ts';

export type RenderedFile = { data: Buffer; name: string; contentType: string };

export const HIDE_PII_NOTE = 'Hide PII: names, dates of birth and SSNs are left out.';

function summaryTable(report: ComputedReport): OutputTable | undefined {
  const s = report.summary;
  if (!s) return undefined;
  const columns = [
    { key: 'group', label: s.groupLabel, type: 'text' as const },
    ...s.counts.map((c) => ({ key: c.key, label: c.label, type: 'number' as const })),
  ];
  const rows: Record<string, CellValue>[] = s.groups.map((g) => ({ group: g.label, ...g.counts }));
  rows.push({ group: 'Total', ...s.totals });
  return { name: 'Summary', columns, rows };
}

export function reportDocument(report: ComputedReport, rows: Row[], ranBy: string, ranAt = new Date()): OutputDocument {
  const { def } = report;
  const lines = [...(def.describe?.(report.params) ?? []), `Run by ${ranBy} on ${hudNow(ranAt)}.`];
  if (report.hidePii) lines.push(HIDE_PII_NOTE);
  if (!report.count) lines.push(def.emptyMessage);
  const detail: OutputTable = {
    name: def.rowsTitle,
    columns: report.columns.map(({ key, label, type }) => ({ key, label, type })),
    rows: rows as Record<string, CellValue>[],
  };
  const summary = summaryTable(report);
  return { title: def.title, lines, tables: summary ? [summary, detail] : [detail] };
}

export async function renderReport(
  report: ComputedReport,
  rows: Row[],
  format: OutputFormat,
  ranBy: string,
): Promise<RenderedFile> {
  const doc = reportDocument(report, rows, ranBy);
  const name = `${report.def.id}-${hudToday()}.${format}`;
  const contentType = CONTENT_TYPES[format];
  if (format === 'csv') {
    const table = doc.tables.at(-1);
    return { data: Buffer.from(table ? tableToCsv(table) : '', 'utf8'), name, contentType };
  }
  const data = format === 'xlsx' ? await documentToXlsx(doc) : await documentToPdf(doc);
  return { data, name, contentType };
}
