// A table as CSV: a byte-order mark so Excel reads UTF-8 names, then the header row.
import { stringify } from 'csv-stringify/sync';
import { cellText, type OutputTable } from './table.ts';

export function tableToCsv(table: OutputTable): string {
  return stringify(
    table.rows.map((r) => table.columns.map((c) => cellText(r[c.key], c.type))),
    { header: true, columns: table.columns.map((c) => c.label), bom: true },
  );
}
