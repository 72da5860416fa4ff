// Tables as an Excel workbook, a sheet per table: header in row 1, bold, frozen, with the filter
// buttons on (the seed's users filter downloads by column, e.g. MoveInDate). Dates are real dates.
// Written with exceljs's streaming writer so a large report does not hold every cell twice.
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { type CellValue, cellDate, cellText, ENGLISH_WORDS, type OutputColumn, type OutputDocument } from './table.ts';

const MAX_WIDTH = 50;

function sheetName(name: string, used: Set<string>): string {
  const base =
    name
      .replace(/[[\]:*?/\\]/g, ' ')
      .slice(0, 31)
      .trim() || 'Sheet';
  let n = base;
  for (let i = 2; used.has(n.toLowerCase()); i++) n = `${base.slice(0, 28)} ${i}`;
  used.add(n.toLowerCase());
  return n;
}

function excelValue(value: CellValue, c: OutputColumn): string | number | Date | null {
  if (value === null || value === undefined) return null;
  if (c.type === 'date') return cellDate(value) ?? String(value);
  if (c.type === 'number' && typeof value === 'number') return value;
  return cellText(value, c.type);
}

function widthOf(c: OutputColumn, rows: Record<string, CellValue>[]): number {
  let w = c.label.length;
  for (const r of rows.slice(0, 300)) w = Math.max(w, cellText(r[c.key], c.type).length);
  return Math.min(MAX_WIDTH, Math.max(c.type === 'date' ? 11 : 8, w + 2));
}

export async function documentToXlsx(doc: OutputDocument): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    out.on('end', resolve);
    out.on('error', reject);
  });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  wb.creator = 'Hearth HMIS';
  const used = new Set<string>();
  for (const table of doc.tables) {
    const ws = wb.addWorksheet(sheetName(table.name, used), { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = table.columns.map((c) => ({
      header: c.label,
      key: c.key,
      width: widthOf(c, table.rows),
      style: c.type === 'date' ? { numFmt: 'yyyy-mm-dd' } : {},
    }));
    ws.getRow(1).font = { bold: true };
    if (table.columns.length) {
      ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
    }
    ws.getRow(1).commit();
    for (const r of table.rows) ws.addRow(table.columns.map((c) => excelValue(r[c.key], c))).commit();
    ws.commit();
  }
  if (doc.lines?.length) {
    // Row 1 of every data sheet stays the header row; the parameters get a sheet of their own.
    const about = wb.addWorksheet(sheetName((doc.words ?? ENGLISH_WORDS).about, used));
    about.columns = [{ width: 100 }];
    about.addRow([doc.title]).font = { bold: true };
    for (const line of doc.lines) about.addRow([line]).commit();
    about.commit();
  }
  await wb.commit();
  await done;
  return Buffer.concat(chunks);
}
