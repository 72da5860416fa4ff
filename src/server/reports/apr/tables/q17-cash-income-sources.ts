// Q17 Cash Income – Sources: adults with each 4.02 source at start, at the latest annual
// assessment (stayers) and at exit (leavers).
import { BOTH, type CellDef, type Pred, type RowDef, type TableDef } from '../table/table-def.ts';
import type { IncomeStage } from '../universe/sql/income.ts';
import { isAdult } from './common.ts';
import { INCOME_SOURCE_LABELS, incomeInformationAtStartAnd } from './income.ts';

export const INCOME_STAGE_COLUMNS: { stage: IncomeStage; label: string; who: Pred }[] = [
  { stage: 'start', label: 'Income at Start', who: () => true },
  { stage: 'annual', label: 'Income at Latest Annual Assessment for Stayers', who: (u) => u.stayer },
  { stage: 'exit', label: 'Income at Exit for Leavers', who: (u) => u.leaver },
];

const sourceRow = (bit: number, label: string): RowDef => ({
  key: label,
  label,
  cells: INCOME_STAGE_COLUMNS.map(
    (c): CellDef => ({
      kind: 'count',
      where: (u, run) => c.who(u, run) && ((u.income[c.stage]?.sources ?? 0) & bit) !== 0,
    }),
  ),
});

export const incomeInformationRow = (label: string): RowDef => ({
  key: 'incomeInformation',
  label,
  cells: [
    { kind: 'blank' },
    { kind: 'count', where: (u) => u.stayer && incomeInformationAtStartAnd(u, 'annual') },
    { kind: 'count', where: (u) => u.leaver && incomeInformationAtStartAnd(u, 'exit') },
  ],
});

export const q17: TableDef = {
  id: 'Q17',
  title: 'Cash Income – Sources',
  reports: BOTH,
  rowLabels: true,
  universe: isAdult,
  header: () => ['', ...INCOME_STAGE_COLUMNS.map((c) => c.label)],
  rows: () => [
    ...INCOME_SOURCE_LABELS.map((label, i) => sourceRow(2 ** i, label)),
    incomeInformationRow('Adults with Income Information at Start and Annual Assessment/Exit'),
  ],
};
