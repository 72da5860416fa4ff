// The validation file's per-table lists: for every counted cell of a table, the clients it
// counted (one line per client and cell), with the row and column as HUD labels them.
import { forEachCounted } from '../table/evaluate.ts';
import type { RunInfo, TableDef } from '../table/table-def.ts';
import type { UniverseRow } from '../universe/universe-row.ts';
import { csvField } from './csv-record.ts';

export const CELL_DETAIL_HEADER = ['Row', 'Column', 'PersonalID', 'EnrollmentID', 'ProjectID', 'HouseholdID'];

/**
 * The table's CSV lines (no header), a slice of the universe at a time: `forEachCounted` visits
 * client by client, so the slices' text, one after another, is the whole universe's in order.
 */
export function* cellDetailText(
  table: TableDef,
  rows: readonly UniverseRow[],
  run: RunInfo,
  sliceRows: number,
  /** Text is handed on in pieces of about this many characters (see write-validation-zip.ts). */
  pieceChars: number,
): Generator<string> {
  const defs = table.rows(run);
  const header = table.header(run);
  const offset = table.rowLabels ? 1 : 0;
  // A cell's "Row,Column," is the same on each of its lines: written once.
  const prefixes = defs.map((def) =>
    def.hidden ? [] : def.cells.map((_, j) => `${csvField(def.label)},${csvField(header[j + offset] ?? '')},`),
  );
  for (let at = 0; at < rows.length; at += sliceRows) {
    const pieces: string[] = [];
    let text = '';
    forEachCounted(table, defs, rows.slice(at, at + sliceRows), run, (i, j, u) => {
      const prefix = prefixes[i]?.[j];
      if (prefix === undefined) return;
      text += `${prefix}${csvField(u.personalId)},${csvField(u.enrollmentId)},${csvField(u.projectId)},${csvField(u.householdId)}\r\n`;
      if (text.length >= pieceChars) {
        pieces.push(text);
        text = '';
      }
    });
    if (text) pieces.push(text);
    yield* pieces;
  }
}
