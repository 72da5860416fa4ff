// Q26e Physical and Mental Health Conditions – Chronically Homeless Persons: at start, on the
// latest assessment of stayers, at exit of leavers.
import { APR_ONLY, type CellDef, type TableDef } from '../table/table-def.ts';
import { atExit, atStart, conditionRows, latest } from './q13-conditions.ts';

const starts = conditionRows(atStart);
const stays = conditionRows(latest);
const exits = conditionRows(atExit);

export const q26e: TableDef = {
  id: 'Q26e',
  title: 'Physical and Mental Health Conditions – Chronically Homeless Persons',
  reports: APR_ONLY,
  rowLabels: true,
  universe: (u) => u.chronic === 'yes',
  header: () => [
    '',
    'Conditions At Start',
    'Conditions at Latest Assessment for Stayers',
    'Conditions at Exit for Leavers',
  ],
  rows: () =>
    starts.map((row, i) => ({
      key: row.label,
      label: row.label,
      cells: [
        { kind: 'count', where: row.where } as CellDef,
        { kind: 'count', where: (u, run) => u.stayer && (stays[i]?.where?.(u, run) ?? false) } as CellDef,
        { kind: 'count', where: (u, run) => u.leaver && (exits[i]?.where?.(u, run) ?? false) } as CellDef,
      ],
    })),
};
