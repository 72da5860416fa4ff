// The validation file's per-table lists: for every counted cell of a table, the clients it
// counted (one line per client and cell), with the row and column as HUD labels them.
import { forEachCounted } from '../table/evaluate.ts';
import type { RunInfo, TableDef } from '../table/table-def.ts';
import type { UniverseRow } from '../universe/universe-row.ts';

export const CELL_DETAIL_HEADER = ['Row', 'Column', 'PersonalID', 'EnrollmentID', 'ProjectID', 'HouseholdID'];

export function cellDetailRows(table: TableDef, rows: readonly UniverseRow[], run: RunInfo): string[][] {
  const defs = table.rows(run);
  const header = table.header(run);
  const offset = table.rowLabels ? 1 : 0;
  const out: string[][] = [];
  forEachCounted(table, defs, rows, run, (i, j, u) => {
    const def = defs[i];
    if (!def || def.hidden) return;
    out.push([def.label, header[j + offset] ?? '', u.personalId, u.enrollmentId, u.projectId, u.householdId]);
  });
  return out;
}
