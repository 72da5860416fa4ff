// Q20a Type of Non-Cash Benefit Sources: adults with each 4.03 benefit at start, at the latest
// annual assessment (stayers) and at exit (leavers).
import { BOTH, type CellDef, type Pred, type RowDef, type TableDef } from '../table/table-def.ts';
import type { IncomeStage } from '../universe/sql/income.ts';
import { isAdult } from './common.ts';

export const BENEFIT_STAGE_COLUMNS: { stage: IncomeStage; label: string; who: Pred }[] = [
  { stage: 'start', label: 'Benefit at Start', who: () => true },
  { stage: 'annual', label: 'Benefit at Latest Annual Assessment for Stayers', who: (u) => u.stayer },
  { stage: 'exit', label: 'Benefit at Exit for Leavers', who: (u) => u.leaver },
];

/** HUD's rows for the 4.03 benefits, in the order of `BENEFITS`. */
const BENEFIT_LABELS = [
  'Supplemental Nutrition Assistance Program (SNAP) (Previously known as Food Stamps)',
  'Special Supplemental Nutrition Program for Women, Infants, and Children (WIC)',
  'TANF Child Care Services',
  'TANF Transportation Services',
  'Other TANF-Funded Services',
  'Other Source',
];

const benefitRow = (bit: number, label: string): RowDef => ({
  key: label,
  label,
  cells: BENEFIT_STAGE_COLUMNS.map(
    (c): CellDef => ({
      kind: 'count',
      where: (u, run) => c.who(u, run) && ((u.income[c.stage]?.benefits ?? 0) & bit) !== 0,
    }),
  ),
});

export const q20a: TableDef = {
  id: 'Q20a',
  title: 'Type of Non-Cash Benefit Sources',
  reports: BOTH,
  rowLabels: true,
  universe: isAdult,
  header: () => ['', ...BENEFIT_STAGE_COLUMNS.map((c) => c.label)],
  rows: () => BENEFIT_LABELS.map((label, i) => benefitRow(2 ** i, label)),
};
