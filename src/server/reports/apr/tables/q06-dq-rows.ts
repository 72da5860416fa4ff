// The layout Q6a, Q6b and Q6c share: one row per data element, counted as "client doesn't know /
// prefers not to answer", information missing, data issues, their total, and the issue rate
// against a Q5a count.

import type { CellDef, CellValue, Pred, RowDef, RunInfo } from '../table/table-def.ts';
import type { UniverseRow } from '../universe/universe-row.ts';
import type { DqResult } from './data-quality.ts';

export const DQ_HEADER = [
  '',
  'Client Doesn’t Know/Prefers Not to Answer',
  'Information Missing',
  'Data Issues',
  'Total',
  '% of Issue Rate',
];

export type Classify = (u: UniverseRow, run: RunInfo) => DqResult;

/** The issue-rate denominator: a sum of Q5a "Count of Clients for DQ" rows. */
export const q5aDq =
  (...rows: string[]) =>
  (get: CellValue) =>
    rows.reduce((sum, r) => sum + (get('Q5a', r, 0) ?? 0), 0);

export function dqRow(
  key: string,
  label: string,
  classify: Classify,
  denominator: (get: CellValue) => number,
  columns: { dk?: boolean; missing?: boolean; issue?: boolean } = {},
): RowDef {
  // The row's four counts ask about the same client in turn: classified once.
  let lastRow: UniverseRow | null = null;
  let lastRun: RunInfo | null = null;
  let last: DqResult = 'ok';
  const classified = (u: UniverseRow, run: RunInfo) => {
    if (u !== lastRow || run !== lastRun) {
      last = classify(u, run);
      lastRow = u;
      lastRun = run;
    }
    return last;
  };
  const is =
    (r: DqResult): Pred =>
    (u, run) =>
      classified(u, run) === r;
  const count = (shown: boolean | undefined, r: DqResult): CellDef =>
    shown === false ? { kind: 'blank' } : { kind: 'count', where: is(r) };
  return {
    key,
    label,
    cells: [
      count(columns.dk, 'dk_pnta'),
      count(columns.missing, 'missing'),
      count(columns.issue, 'issue'),
      { kind: 'count', where: (u, run) => classified(u, run) !== 'ok' },
      {
        kind: 'formula',
        format: 'rate',
        rowsOf: { row: key, col: 3 },
        compute: (get) => {
          const d = denominator(get);
          return d ? (get('', key, 3) ?? 0) / d : 0;
        },
      },
    ],
  };
}
