// A computed table as HUD's CSV-APR writes it: the header row, then one row per table row with
// its label first; counts whole, rates with 4 decimals, money with 2; blank cells empty.
import { stringify } from 'csv-stringify/sync';
import type { CellResult, ComputedTable } from './evaluate.ts';

export function formatCell(cell: CellResult): string {
  const v = cell.value;
  if (v === null) return '';
  if (typeof v === 'string') return v;
  switch (cell.format) {
    case 'count':
      return String(Math.round(v));
    case 'rate':
      return v.toFixed(4);
    case 'money':
    case 'decimal':
      return v.toFixed(2);
    default:
      return String(v);
  }
}

/** The table's rows as HUD lays them out (hidden helper rows left out). */
export function tableGrid(t: ComputedTable): string[][] {
  const body = t.rows
    .filter((r) => !r.hidden)
    .map((r) => [...(t.rowLabels ? [r.label] : []), ...r.cells.map(formatCell)]);
  return [t.header, ...body];
}

export function tableCsv(t: ComputedTable): string {
  return stringify(tableGrid(t), { record_delimiter: '\r\n' });
}
