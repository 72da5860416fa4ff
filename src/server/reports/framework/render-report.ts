// A computed report as a file: Excel (the summary, then the rows), PDF (the same tables) or CSV
// (the rows). The parameters it ran with are printed with it.
import { hudNow, hudToday } from '../../http/ids.ts';
import {
  type CellValue,
  CONTENT_TYPES,
  documentToPdf,
  documentToXlsx,
  ENGLISH_WORDS,
  type OutputDocument,
  type OutputFormat,
  type OutputTable,
  type OutputWords,
  tableToCsv,
} from '../output/index.ts';
import type { ComputedReport } from './compute-report.ts';
import type { ReportText } from './report-labels.ts';
import type { Row } from './types.ts';

export type RenderedFile = { data: Buffer; name: string; contentType: string };

export const HIDE_PII_NOTE = 'Hide PII: names, dates of birth and SSNs are left out.';

function summaryTable(report: ComputedReport): OutputTable | undefined {
  const s = report.summary;
  if (!s) return undefined;
  const columns = [
    { key: 'group', label: s.groupLabel, type: 'text' as const },
    ...s.counts.map((c) => ({ key: c.key, label: c.label, type: 'number' as const })),
    ...(s.measures ?? []).map((m) => ({ key: m.key, label: m.label, type: 'number' as const })),
  ];
  const rows: Record<string, CellValue>[] = s.groups.map((g) => ({ group: g.label, ...g.counts, ...g.measures }));
  rows.push({ group: report.text.label('Total'), ...s.totals, ...s.totalMeasures });
  return { name: report.text.label('Summary'), columns, rows };
}

const outputWords = (text: ReportText): OutputWords => ({
  about: text.label(ENGLISH_WORDS.about),
  noRows: text.label(ENGLISH_WORDS.noRows),
  page: text.label(ENGLISH_WORDS.page),
});

/** Yes/No cells (written "Yes"/"No" in files) in the language asked. */
function yesNo(report: ComputedReport, rows: Row[], text: ReportText): Record<string, CellValue>[] {
  const keys = report.columns.filter((c) => c.type === 'boolean').map((c) => c.key);
  const [yes, no] = [text.label('Yes'), text.label('No')];
  return rows.map((r) => {
    const out = { ...r } as Record<string, CellValue>;
    for (const k of keys) if (typeof out[k] === 'boolean') out[k] = out[k] ? yes : no;
    return out;
  });
}

export function reportDocument(report: ComputedReport, rows: Row[], ranBy: string, ranAt = new Date()): OutputDocument {
  const { def, text } = report;
  const lines = [...(def.describe?.(report.params) ?? []), `Run by ${ranBy} on ${hudNow(ranAt)}.`].map(text.line);
  if (report.hidePii) lines.push(text.label(HIDE_PII_NOTE));
  if (!report.count) lines.push(text.label(def.emptyMessage));
  const detail: OutputTable = {
    name: text.label(def.rowsTitle),
    columns: report.columns.map(({ key, label, type }) => ({ key, label, type })),
    rows: text.language === 'en' ? (rows as Record<string, CellValue>[]) : yesNo(report, rows, text),
  };
  const summary = summaryTable(report);
  const words = text.language === 'en' ? undefined : outputWords(text);
  return { title: text.label(def.title), lines, tables: summary ? [summary, detail] : [detail], words };
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
