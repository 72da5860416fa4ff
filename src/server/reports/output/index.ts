// Report output: one module renders tables as Excel (a sheet per table), PDF (landscape, header
// repeated, page numbers) and CSV (one table). Any feature with tables to hand out uses it.
export { tableToCsv } from './csv.ts';
export { documentToPdf } from './pdf.ts';
export type { CellValue, ColumnType, OutputColumn, OutputDocument, OutputTable, OutputWords } from './table.ts';
export { cellText, ENGLISH_WORDS } from './table.ts';
export { documentToXlsx } from './xlsx.ts';

export const CONTENT_TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  csv: 'text/csv; charset=utf-8',
} as const;
export type OutputFormat = keyof typeof CONTENT_TYPES;
