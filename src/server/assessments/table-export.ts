// Report rows as a CSV or an Excel workbook, with the column headings users see on screen.
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';

export type ExportColumn<R> = { header: string; value: (row: R) => string | number | null };

export function toCsv<R>(rows: R[], columns: ExportColumn<R>[]): string {
  return stringify([columns.map((c) => c.header), ...rows.map((r) => columns.map((c) => c.value(r) ?? ''))]);
}

export async function toXlsx<R>(rows: R[], columns: ExportColumn<R>[], sheet: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  ws.addRow(columns.map((c) => c.header)).font = { bold: true };
  for (const r of rows) ws.addRow(columns.map((c) => c.value(r) ?? ''));
  ws.columns.forEach((col, i) => {
    col.width = Math.max(12, (columns[i]?.header.length ?? 10) + 2);
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
