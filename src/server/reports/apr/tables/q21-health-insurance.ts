// Q21 Health Insurance: everyone's 4.04 insurance at start, at the latest annual assessment
// (stayers whose assessment was due) and at exit (leavers).
import { DK_OR_PNTA, NoYes } from '../../../../hud/codes.ts';
import { BOTH, type CellDef, type Pred, type RowDef, type TableDef } from '../table/table-def.ts';
import type { IncomeStage } from '../universe/sql/income.ts';
import type { UniverseRow } from '../universe/universe-row.ts';
import { DK_PNTA_LABEL, DNC_LABEL } from './common.ts';
import { annualRequired } from './income.ts';

const COLUMNS: { stage: IncomeStage; label: string; who: Pred }[] = [
  { stage: 'start', label: 'At Start', who: () => true },
  { stage: 'annual', label: 'At Annual Assessment for Stayers', who: (u) => u.stayer },
  { stage: 'exit', label: 'At Exit for Leavers', who: (u) => u.leaver },
];

/** HUD's rows for the 4.04 insurances, in the order of `INSURANCES`. */
const INSURANCE_LABELS = [
  'Medicaid',
  'Medicare',
  'State Children’s Health Insurance Program',
  'Veteran’s Health Administration (VHA)',
  'Employer-Provided Health Insurance',
  'Health Insurance obtained through COBRA',
  'Private Pay Health Insurance',
  'State Health Insurance for Adults',
  'Indian Health Services Program',
  'Other',
];

const sourcesOf = (u: UniverseRow, stage: IncomeStage) => {
  let n = 0;
  for (let bits = u.income[stage]?.insurances ?? 0; bits; bits &= bits - 1) n++;
  return n;
};
const applies = (u: UniverseRow, stage: IncomeStage) => stage !== 'annual' || annualRequired(u);

const row = (
  key: string,
  label: string,
  test: (u: UniverseRow, stage: IncomeStage) => boolean,
  blankAt: IncomeStage[] = [],
): RowDef => ({
  key,
  label,
  cells: COLUMNS.map(
    (c): CellDef =>
      blankAt.includes(c.stage)
        ? { kind: 'blank' }
        : { kind: 'count', where: (u, run) => c.who(u, run) && test(u, c.stage) },
  ),
});

const noneRecorded = (u: UniverseRow, stage: IncomeStage, answers: (v: number | null) => boolean) =>
  applies(u, stage) && sourcesOf(u, stage) === 0 && answers(u.income[stage]?.insuranceFromAnySource ?? null);

export const q21: TableDef = {
  id: 'Q21',
  title: 'Health Insurance',
  reports: BOTH,
  rowLabels: true,
  header: () => ['', ...COLUMNS.map((c) => c.label)],
  rows: () => [
    ...INSURANCE_LABELS.map((label, i) =>
      row(label, label, (u, stage) => applies(u, stage) && ((u.income[stage]?.insurances ?? 0) & (2 ** i)) !== 0),
    ),
    row('none', 'No Health Insurance', (u, s) => noneRecorded(u, s, (v) => v === NoYes.No || v === NoYes.Yes)),
    row('dkPnta', DK_PNTA_LABEL, (u, s) => noneRecorded(u, s, (v) => v !== null && DK_OR_PNTA.includes(v))),
    row('dnc', DNC_LABEL, (u, s) =>
      noneRecorded(u, s, (v) => v === null || (v !== NoYes.No && v !== NoYes.Yes && !DK_OR_PNTA.includes(v))),
    ),
    row('notRequired', 'Number of stayers not yet required to have an annual assessment', (u) => !annualRequired(u), [
      'start',
      'exit',
    ]),
    row('one', '1 Source of Health Insurance', (u, s) => applies(u, s) && sourcesOf(u, s) === 1),
    row('more', 'More than 1 Source of Health Insurance', (u, s) => applies(u, s) && sourcesOf(u, s) > 1),
  ],
};
