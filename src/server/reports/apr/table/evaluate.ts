// Computes a table's cells over the universe, and lists the rows behind a cell (drill-down).
// Each universe row is tested once per row filter and once per distinct column filter, so a
// table costs (rows + columns) tests per client, not rows × columns.
import type { UniverseRow } from '../universe/universe-row.ts';
import type { CellDef, CellValue, NumberFormat, Pred, RowDef, RunInfo, TableDef } from './table-def.ts';

export type CellResult = { value: number | string | null; format: NumberFormat | 'text' };

export type ComputedTable = {
  id: string;
  title: string;
  header: string[];
  rowLabels: boolean;
  rows: { key: string; label: string; hidden: boolean; cells: CellResult[] }[];
};

type Acc = { count: number; sum: number; n: number; values?: number[] };

/**
 * Calls `visit` for every universe row a count, average or median cell counts: row index, cell
 * index, the client. The one pass both the table's numbers and the validation file's lists use.
 */
export function forEachCounted(
  table: TableDef,
  defs: readonly RowDef[],
  rows: readonly UniverseRow[],
  run: RunInfo,
  visit: (row: number, col: number, u: UniverseRow) => void,
): void {
  const colPreds: Pred[] = [];
  const colIndex = (p: Pred | undefined) => {
    if (!p) return -1;
    const i = colPreds.indexOf(p);
    if (i >= 0) return i;
    colPreds.push(p);
    return colPreds.length - 1;
  };
  // Per table row: the counted cells' positions and their column filters (-1: none), so the loop
  // over clients touches only what counts.
  const plans = defs.map((r) => {
    const cells: number[] = [];
    const preds: number[] = [];
    r.cells.forEach((c, j) => {
      if (!counted(c)) return;
      cells.push(j);
      preds.push(colIndex(c.where));
    });
    return { where: r.where, cells: Int32Array.from(cells), preds: Int32Array.from(preds) };
  });
  // A column filter's answer for the client at hand: `seen` holds the client's turn when asked.
  const seen = new Int32Array(colPreds.length).fill(-1);
  const hit = new Uint8Array(colPreds.length);
  const universe = table.universe;
  for (let turn = 0; turn < rows.length; turn++) {
    const u = rows[turn] as UniverseRow;
    if (universe && !universe(u, run)) continue;
    for (let i = 0; i < plans.length; i++) {
      const plan = plans[i] as (typeof plans)[number];
      if (plan.cells.length === 0 || (plan.where && !plan.where(u, run))) continue;
      for (let k = 0; k < plan.cells.length; k++) {
        const p = plan.preds[k] as number;
        if (p >= 0) {
          if (seen[p] !== turn) {
            hit[p] = (colPreds[p] as Pred)(u, run) ? 1 : 0;
            seen[p] = turn;
          }
          if (hit[p] === 0) continue;
        }
        visit(i, plan.cells[k] as number, u);
      }
    }
  }
}

const counted = (c: CellDef): c is Extract<CellDef, { kind: 'count' | 'average' | 'median' }> =>
  c.kind === 'count' || c.kind === 'average' || c.kind === 'median';

export function computeTable(
  table: TableDef,
  rows: readonly UniverseRow[],
  run: RunInfo,
  get: CellValue,
): ComputedTable {
  const defs = table.rows(run);
  const acc: Acc[][] = defs.map((r) => r.cells.map(() => ({ count: 0, sum: 0, n: 0 })));
  forEachCounted(table, defs, rows, run, (i, j, u) => {
    const cell = (defs[i] as RowDef).cells[j] as CellDef;
    const a = (acc[i] as Acc[])[j] as Acc;
    a.count++;
    if (cell.kind === 'average' || cell.kind === 'median') {
      const v = cell.value(u, run);
      if (v !== null && Number.isFinite(v)) {
        a.sum += v;
        a.n++;
        if (cell.kind === 'median') {
          a.values ??= [];
          a.values.push(v);
        }
      }
    }
  });
  const rowsOut = defs.map((r, i) => ({
    key: r.key,
    label: r.label,
    hidden: r.hidden ?? false,
    cells: r.cells.map((c, j) => result(c, (acc[i] as Acc[])[j] as Acc, run)),
  }));
  // Formulas last: they may read this table's counts ('' or its own id) or other tables'.
  const own: CellValue = (tableId, rowKey, col) => {
    if (tableId !== '' && tableId !== table.id) return get(tableId, rowKey, col);
    const v = rowsOut.find((r) => r.key === rowKey)?.cells[col]?.value;
    return typeof v === 'number' ? v : null;
  };
  defs.forEach((r, i) => {
    r.cells.forEach((c, j) => {
      if (c.kind === 'formula') {
        (rowsOut[i] as (typeof rowsOut)[number]).cells[j] = { value: c.compute(own, run), format: c.format };
      }
    });
  });
  return { id: table.id, title: table.title, header: table.header(run), rowLabels: table.rowLabels, rows: rowsOut };
}

function result(cell: CellDef, a: Acc, run: RunInfo): CellResult {
  switch (cell.kind) {
    case 'count':
      return { value: a.count, format: 'count' };
    case 'average':
      return { value: a.n ? a.sum / a.n : 0, format: cell.format };
    case 'median':
      return { value: median(a.values ?? []), format: cell.format };
    case 'formula':
      return { value: null, format: cell.format };
    case 'text':
      return { value: cell.text(run), format: 'text' };
    case 'blank':
      return { value: null, format: 'text' };
  }
}

function median(values: number[]): number {
  if (!values.length) return 0;
  const v = [...values].sort((a, b) => a - b);
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? (v[mid] as number) : ((v[mid - 1] as number) + (v[mid] as number)) / 2;
}

/** Finds a row by key, or by position when given a number. */
export function findRow(table: TableDef, run: RunInfo, row: string | number): RowDef | undefined {
  const defs = table.rows(run);
  return typeof row === 'number' ? defs[row] : defs.find((r) => r.key === row);
}

/** The universe rows a cell counted, or those of the cell a formula names as its rows. */
export function rowsOfCell(
  table: TableDef,
  universe: readonly UniverseRow[],
  run: RunInfo,
  row: string | number,
  col: number,
  tableById: (id: string) => TableDef | undefined,
): UniverseRow[] {
  const def = findRow(table, run, row);
  const cell = def?.cells[col];
  if (!def || !cell) return [];
  if (cell.kind === 'formula') {
    if (!cell.rowsOf) return [];
    const other = cell.rowsOf.table ? tableById(cell.rowsOf.table) : table;
    return other ? rowsOfCell(other, universe, run, cell.rowsOf.row, cell.rowsOf.col, tableById) : [];
  }
  if (cell.kind !== 'count' && cell.kind !== 'average' && cell.kind !== 'median') return [];
  return universe.filter(
    (u) =>
      (!table.universe || table.universe(u, run)) &&
      (!def.where || def.where(u, run)) &&
      (!cell.where || cell.where(u, run)),
  );
}
