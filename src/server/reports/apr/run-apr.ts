// One APR or CAPER run: the universe built once, then every table of the report computed over
// it. `cellRows` lists the clients behind any cell, so a drill-down shows exactly what a number
// counted.
import type { RawSql } from '../../../db/connect.ts';
import { type CellResult, type ComputedTable, computeTable, rowsOfCell } from './table/evaluate.ts';
import type { ReportType, RunInfo } from './table/table-def.ts';
import { tableById, tablesOf } from './tables/index.ts';
import { buildUniverse, type Universe } from './universe/build-universe.ts';
import type { UniverseRow } from './universe/universe-row.ts';

export type AprParams = { reportType: ReportType; startDate: string; endDate: string; projectIds: string[] };

export type AprRun = {
  params: AprParams;
  universe: Universe;
  info: RunInfo;
  /** The report's tables, computed, in HUD's order. */
  tables: ComputedTable[];
};

export async function runApr(raw: RawSql, params: AprParams): Promise<AprRun> {
  const universe = await buildUniverse(raw, params);
  return computeRun(universe, params);
}

/** Computes the report's tables over a universe already built (or reloaded from a saved run). */
export function computeRun(universe: Universe, params: AprParams): AprRun {
  const info: RunInfo = {
    startDate: universe.startDate,
    endDate: universe.endDate,
    pitDates: universe.pitDates,
    projects: universe.projects,
    reportType: params.reportType,
  };
  const done = new Map<string, ComputedTable>();
  const computing = new Set<string>();
  const compute = (id: string): ComputedTable | undefined => {
    const ready = done.get(id);
    if (ready) return ready;
    const def = tableById(id);
    if (!def || computing.has(id)) return undefined;
    computing.add(id);
    const t = computeTable(def, universe.rows, info, get);
    done.set(id, t);
    return t;
  };
  const get = (tableId: string, rowKey: string, col: number) => {
    const v = compute(tableId)?.rows.find((r) => r.key === rowKey)?.cells[col]?.value;
    return typeof v === 'number' ? v : null;
  };
  const tables = tablesOf(params.reportType).map((t) => compute(t.id) as ComputedTable);
  return { params, universe, info, tables };
}

/** The clients a cell counted: row by key (or position), column by position among the data columns. */
export function cellRows(run: AprRun, tableId: string, row: string | number, col: number): UniverseRow[] {
  const def = tableById(tableId);
  if (!def) return [];
  return rowsOfCell(def, run.universe.rows, run.info, row, col, tableById);
}

export function cellOf(run: AprRun, tableId: string, rowKey: string, col: number): CellResult | undefined {
  return run.tables.find((t) => t.id === tableId)?.rows.find((r) => r.key === rowKey)?.cells[col];
}
