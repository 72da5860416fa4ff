// The Data Lab kit's expected APR/CAPER tables (test/fixtures/apr-caper-fy26, computed by HUD
// Data Lab's reference code) and the cell-by-cell comparison the reference test makes.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { ReportType } from './table/table-def.ts';

const ROOT = new URL('../../../../test/fixtures/apr-caper-fy26/', import.meta.url);

export const KIT_PERIOD = { startDate: '2021-10-01', endDate: '2022-09-30' };

export type KitRun = { folder: string; projectId: string; reportType: ReportType; forced: boolean; dir: string };

/** Every expected run: each project's own report and the forced other one. */
export function kitRuns(): KitRun[] {
  const runs: KitRun[] = [];
  for (const folder of readdirSync(ROOT)
    .filter((f) => /^\d+-/.test(f))
    .sort()) {
    const projectId = folder.split('-')[0] as string;
    for (const reportType of ['APR', 'CAPER'] as const) {
      for (const forced of [false, true]) {
        const dir = `${folder}/${reportType}${forced ? '-forced' : ''}`;
        if (existsSync(new URL(dir, ROOT))) runs.push({ folder, projectId, reportType, forced, dir });
      }
    }
  }
  return runs;
}

/** The expected tables of a run, by id ('Q7a'), as rows of cells (header first). */
export function expectedTables(run: KitRun): Map<string, string[][]> {
  const dir = new URL(`${run.dir}/`, ROOT);
  const out = new Map<string, string[][]>();
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.csv'))) {
    out.set(f.replace(/\.csv$/, ''), parse(readFileSync(new URL(f, dir)), { relax_column_count: true }));
  }
  return out;
}

/** The client-level rows the reference lists behind a table (only some are kept). */
export function expectedDetail(run: KitRun, tableId: string): Record<string, string>[] {
  return parse(readFileSync(new URL(`${run.dir}/detail/${tableId}.csv`, ROOT)), { columns: true });
}

export type CellDiff = { row: number; col: number; expected: string; actual: string };

const asNumber = (s: string) => (s.trim() === '' ? null : Number(s));

/**
 * Equal by position: numbers by value (the reference writes some rates as "1" and some as
 * "1.0000"), an empty cell of ours equal to the "0" the reference writes for cells it has no
 * value for, text as text. Labels (header row, label column) are not compared.
 */
export function sameCell(expected: string, actual: string): boolean {
  if (expected === actual) return true;
  if (actual === '' && asNumber(expected) === 0) return true;
  const e = asNumber(expected);
  const a = asNumber(actual);
  if (e === null || a === null || Number.isNaN(e) || Number.isNaN(a)) return false;
  return Math.abs(e - a) < 0.00005 + 1e-9;
}

/** Compares the data cells of two grids; a shape difference is reported as a diff at (-1, -1). */
export function compareGrids(
  expected: string[][],
  actual: string[][],
  labelColumn: boolean,
): { compared: number; diffs: CellDiff[] } {
  const diffs: CellDiff[] = [];
  const first = labelColumn ? 1 : 0;
  if (expected.length !== actual.length) {
    diffs.push({ row: -1, col: -1, expected: `${expected.length - 1} rows`, actual: `${actual.length - 1} rows` });
  }
  let compared = 0;
  const rows = Math.min(expected.length, actual.length);
  for (let r = 1; r < rows; r++) {
    const e = expected[r] as string[];
    const a = actual[r] as string[];
    if (e.length !== a.length) {
      diffs.push({ row: r, col: -1, expected: `${e.length} columns`, actual: `${a.length} columns` });
    }
    for (let c = first; c < Math.min(e.length, a.length); c++) {
      compared++;
      if (!sameCell(e[c] as string, a[c] as string)) {
        diffs.push({ row: r, col: c, expected: e[c] as string, actual: a[c] as string });
      }
    }
  }
  return { compared, diffs };
}
