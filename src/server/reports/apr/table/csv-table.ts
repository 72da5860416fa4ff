// A computed table as HUD's CSV-APR writes it: the header row, then one row per table row with
// its label first; counts whole, rates with 4 decimals, money with 2; blank cells empty.
import { stringify } from 'csv-stringify/sync';
import type { CellResult, ComputedTable } from './evaluate.ts';

/**
 * Rounds to `decimals` places, a tie (…5 exactly, as computed) to the even neighbour: what HUD's
 * reference code writes, so an average of 1438.625 is 1438.62 there and here.
 */
export function toFixedHalfEven(v: number, decimals: number): string {
  const m = 10 ** decimals;
  const x = Math.abs(v) * m;
  const floor = Math.floor(x);
  const tie = Math.abs(x - floor - 0.5) < 1e-7;
  const n = tie ? (floor % 2 === 0 ? floor : floor + 1) : Math.round(x);
  return (Math.sign(v) * (n / m)).toFixed(decimals).replace(/^-(0\.0*)$/, '$1');
}

export function formatCell(cell: CellResult): string {
  const v = cell.value;
  if (v === null) return '';
  if (typeof v === 'string') return v;
  switch (cell.format) {
    case 'count':
      return toFixedHalfEven(v, 0);
    case 'rate':
    case 'days':
      return toFixedHalfEven(v, 4);
    case 'money':
    case 'decimal':
      return toFixedHalfEven(v, 2);
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
