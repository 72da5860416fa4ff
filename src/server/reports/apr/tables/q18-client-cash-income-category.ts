// Q18 Client Cash Income Category – Earned/Other Income Category – by Start and Annual
// Assessment/Exit Status: adults with only earned income, only other income, both, none, unknown.
import { APR_ONLY, type CellDef, type RowDef, type TableDef } from '../table/table-def.ts';
import type { UniverseRow } from '../universe/universe-row.ts';
import { DK_PNTA_LABEL, isAdult } from './common.ts';
import { annualRequired, type IncomeCategory, incomeCategory } from './income.ts';
import { INCOME_STAGE_COLUMNS, incomeInformationRow } from './q17-cash-income-sources.ts';

// An annual category is only given for stayers whose annual assessment was due and recorded.
const categoryAt = (u: UniverseRow, stage: (typeof INCOME_STAGE_COLUMNS)[number]['stage']) =>
  stage === 'annual' && (!annualRequired(u) || !u.income.annual) ? null : incomeCategory(u.income[stage]);

const row = (key: string, label: string, test: (c: IncomeCategory | null, u: UniverseRow) => boolean): RowDef => ({
  key,
  label,
  cells: INCOME_STAGE_COLUMNS.map(
    (col): CellDef => ({ kind: 'count', where: (u, run) => col.who(u, run) && test(categoryAt(u, col.stage), u) }),
  ),
});

const annualOnly = (key: string, label: string, test: (u: UniverseRow) => boolean): RowDef => ({
  key,
  label,
  cells: [{ kind: 'blank' }, { kind: 'count', where: (u) => u.stayer && test(u) }, { kind: 'blank' }],
});

const WITH_INCOME: (IncomeCategory | null)[] = ['earned_only', 'other_only', 'earned_and_other'];

export const q18: TableDef = {
  id: 'Q18',
  title: 'Client Cash Income Category – Earned/Other Income Category – by Start and Annual Assessment/Exit Status',
  reports: APR_ONLY,
  rowLabels: true,
  universe: isAdult,
  header: () => [
    'Number of Adults by Income Category',
    'Number of Adults at Start',
    'Number of Adults at Annual Assessment (Stayers)',
    'Number of Adults at Exit (Leavers)',
  ],
  rows: () => [
    row('earnedOnly', 'Adults with Only Earned Income (i.e., Employment Income)', (c) => c === 'earned_only'),
    row('otherOnly', 'Adults with Only Other Income', (c) => c === 'other_only'),
    row('both', 'Adults with Both Earned and Other Income', (c) => c === 'earned_and_other'),
    row('none', 'Adults with No Income', (c) => c === 'none'),
    row('dkPnta', DK_PNTA_LABEL, (c) => c === 'dk_pnta'),
    row('missing', 'Missing Income Information', (c) => c === 'missing'),
    annualOnly(
      'notRequired',
      'Number of adult stayers not yet required to have an annual assessment',
      (u) => !annualRequired(u),
    ),
    annualOnly(
      'annualMissing',
      'Number of adult stayers without required annual assessment',
      (u) => annualRequired(u) && !u.income.annual,
    ),
    row('total', 'Total Adults', () => true),
    row('withIncome', '1 or more source of income', (c) => WITH_INCOME.includes(c)),
    incomeInformationRow('Adults with Income Information at Start and Annual Assessment/Exit'),
  ],
};
