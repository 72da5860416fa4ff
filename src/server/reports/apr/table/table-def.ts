// How an APR/CAPER table is written down: HUD's rows and columns, each data cell a named filter
// over the universe (or, for a handful of cells, an average, a rate of other cells, or a project
// descriptor). A table file should read like the specification's table.
//
//   export const q07a = crossTable({
//     id: 'Q7a', title: 'Number of Persons Served', reports: BOTH,
//     columns: HOUSEHOLD_COLUMNS,                       // Total, Without Children, …
//     rows: [{ label: 'Adults', where: (u) => u.ageGroup === 'adult' }, …],
//   });
//
// A count cell counts the universe rows (one per client) that pass the table's `universe`, its
// row's `where` and its column's `where`; `cellRows` lists exactly those rows.
import type { Universe } from '../universe/build-universe.ts';
import type { UniverseRow } from '../universe/universe-row.ts';

export type ReportType = 'APR' | 'CAPER';
export const APR_ONLY: readonly ReportType[] = ['APR'];
export const CAPER_ONLY: readonly ReportType[] = ['CAPER'];
export const BOTH: readonly ReportType[] = ['APR', 'CAPER'];

/** What a filter may consult besides the row: the period, the report type, the PIT dates. */
export type RunInfo = Pick<Universe, 'startDate' | 'endDate' | 'pitDates' | 'projects'> & { reportType: ReportType };

export type Pred = (u: UniverseRow, run: RunInfo) => boolean;

/**
 * How a number is written in the CSV (HUD: counts whole, rates 4 decimals, money 2). `days` is an
 * average or median number of days with 4 decimals (Q22b, Q22f, Q22g).
 */
export type NumberFormat = 'count' | 'rate' | 'money' | 'decimal' | 'days';

/** Reads another cell's value (this or another table): table id, row key, column index. */
export type CellValue = (tableId: string, rowKey: string, col: number) => number | null;

export type CellDef =
  | { kind: 'count'; where?: Pred }
  | {
      kind: 'average' | 'median';
      where?: Pred;
      value: (u: UniverseRow, run: RunInfo) => number | null;
      format: NumberFormat;
    }
  | {
      kind: 'formula';
      compute: (get: CellValue, run: RunInfo) => number | null;
      format: NumberFormat;
      /** The count cell whose clients a drill-down shows (e.g. a rate's numerator). */
      rowsOf?: { table?: string; row: string; col: number };
    }
  | { kind: 'text'; text: (run: RunInfo) => string }
  | { kind: 'blank' };

export type RowDef = {
  /** Stable key for drill-down and formulas; defaults to the label. */
  key: string;
  label: string;
  /** Rows this table row counts (all of the table's universe when absent). */
  where?: Pred;
  cells: CellDef[];
  /** A helper row formulas read (e.g. a rate's numerator) that HUD's layout does not show. */
  hidden?: boolean;
};

export type TableDef = {
  id: string;
  title: string;
  reports: readonly ReportType[];
  /** The header row; its first cell heads the row-label column ('' for most tables). */
  header: (run: RunInfo) => string[];
  /** Whether the first column holds row labels (Q4a has none: every column is data). */
  rowLabels: boolean;
  /** The rows of the universe this table is about (all when absent). */
  universe?: Pred;
  rows: (run: RunInfo) => RowDef[];
};

export type Line = { key?: string; label: string; where?: Pred };

export const all: Pred = () => true;
export const and =
  (...preds: (Pred | undefined)[]): Pred =>
  (u, run) =>
    preds.every((p) => !p || p(u, run));
export const or =
  (...preds: Pred[]): Pred =>
  (u, run) =>
    preds.some((p) => p(u, run));
export const not =
  (p: Pred): Pred =>
  (u, run) =>
    !p(u, run);

/**
 * The usual HUD table: rows × columns of client counts. `cells` replaces single cells (blank,
 * formula, average) by row key and column index.
 */
export function crossTable(def: {
  id: string;
  title: string;
  reports: readonly ReportType[];
  universe?: Pred;
  corner?: string;
  columns: readonly Line[];
  rows: readonly Line[] | ((run: RunInfo) => readonly Line[]);
  cells?: Record<string, Record<number, CellDef>>;
}): TableDef {
  return {
    id: def.id,
    title: def.title,
    reports: def.reports,
    universe: def.universe,
    rowLabels: true,
    header: () => [def.corner ?? '', ...def.columns.map((c) => c.label)],
    rows: (run) =>
      (typeof def.rows === 'function' ? def.rows(run) : def.rows).map((r) => {
        const key = r.key ?? r.label;
        const overrides = def.cells?.[key] ?? {};
        return {
          key,
          label: r.label,
          where: r.where,
          cells: def.columns.map((c, i) => overrides[i] ?? { kind: 'count', where: c.where }),
        };
      }),
  };
}

export const blank: CellDef = { kind: 'blank' };

/** A rate (4 decimals) of two cells; 0 when the denominator is 0. */
export const rate = (
  numerator: (get: CellValue, run: RunInfo) => number | null,
  denominator: (get: CellValue, run: RunInfo) => number | null,
  rowsOf?: { table?: string; row: string; col: number },
): CellDef => ({
  kind: 'formula',
  format: 'rate',
  rowsOf,
  compute: (get, run) => {
    const d = denominator(get, run) ?? 0;
    return d === 0 ? 0 : (numerator(get, run) ?? 0) / d;
  },
});
