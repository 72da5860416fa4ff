// What Q19a1 (start → latest annual assessment, stayers) and Q19a2 (start → exit, leavers) share:
// for earned, other and total income, how adults' amounts changed, and the average change.
import type { CellDef, Pred, ReportType, RowDef, TableDef } from '../table/table-def.ts';
import type { UniverseRow } from '../universe/universe-row.ts';
import { isAdult } from './common.ts';
import { answeredIncome } from './income.ts';

type Kind = 'earned' | 'other' | 'total';
type Stage = 'annual' | 'exit';

/** The amount of a kind of income on a record whose total is known (Glossary). */
function amount(u: UniverseRow, stage: 'start' | Stage, kind: Kind): number {
  const r = u.income[stage];
  const total = r?.total ?? 0;
  if (kind === 'total') return total;
  const earned = r && total > 0 && r.earned > 0 ? r.earned : 0;
  if (kind === 'earned') return earned;
  return total > 0 && earned < total ? total - earned : 0;
}

const both = (u: UniverseRow, stage: Stage) =>
  answeredIncome(u.income.start) &&
  answeredIncome(u.income[stage]) &&
  u.income.start?.total != null &&
  u.income[stage]?.total != null;

type Category = { test: (start: number, then: number) => boolean; averaged: boolean };
const CATEGORIES: Category[] = [
  { test: (s, t) => s > 0 && t === 0, averaged: true },
  { test: (s, t) => s > t && t > 0, averaged: true },
  { test: (s, t) => s === t && t > 0, averaged: false },
  { test: (s, t) => s < t && s > 0, averaged: true },
  { test: (s, t) => s === 0 && t > 0, averaged: true },
  { test: (s, t) => s === 0 && t === 0, averaged: false },
];

function rows(stage: Stage, kind: Kind, count: string, average: string): RowDef[] {
  const change = (u: UniverseRow) => amount(u, stage, kind) - amount(u, 'start', kind);
  const inCategory =
    (c: Category): Pred =>
    (u) =>
      c.test(amount(u, 'start', kind), amount(u, stage, kind));
  const gainedOrIncreased: Pred = (u, run) =>
    inCategory(CATEGORIES[3] as Category)(u, run) || inCategory(CATEGORIES[4] as Category)(u, run);
  const money = (where: Pred): CellDef => ({ kind: 'average', where, value: change, format: 'money' });
  return [
    {
      key: count,
      label: count,
      cells: [
        ...CATEGORIES.map((c): CellDef => ({ kind: 'count', where: inCategory(c) })),
        { kind: 'count' },
        { kind: 'count', where: gainedOrIncreased },
        {
          kind: 'formula',
          format: 'rate',
          rowsOf: { row: count, col: 7 },
          compute: (get) => {
            const all = get('', count, 6) ?? 0;
            return all ? (get('', count, 7) ?? 0) / all : 0;
          },
        },
      ],
    },
    {
      key: average,
      label: average,
      cells: [
        ...CATEGORIES.map((c): CellDef => (c.averaged ? money(inCategory(c)) : { kind: 'blank' })),
        kind === 'total' ? money(() => true) : { kind: 'blank' },
        money(gainedOrIncreased),
        { kind: 'blank' },
      ],
    },
  ];
}

export function incomeChangeTable(id: string, title: string, reports: readonly ReportType[], stage: Stage): TableDef {
  const at = stage === 'annual' ? 'Annual Assessment' : 'Exit';
  return {
    id,
    title,
    reports,
    rowLabels: true,
    universe: (u, run) => isAdult(u, run) && (stage === 'annual' ? u.stayer : u.leaver) && both(u, stage),
    header: () => [
      'Income Change by Income Category (Universe: Adult ' +
        (stage === 'annual'
          ? 'Stayers with Income Information at Start and Annual Assessment)'
          : 'Leavers with Income Information at Start and Exit)'),
      `Had Income Category at Start and Did Not Have It at ${at}`,
      `Retained Income Category But Had Less at ${at} Than at Start`,
      `Retained Income Category and Same at ${at} as at Start`,
      `Retained Income Category and Increased at ${at}`,
      `Did Not Have the Income Category at Start and Gained the Income Category at ${at}`,
      `Did Not Have the Income Category at Start or at ${at}`,
      'Total Adults (including those with No Income)',
      `Performance Measure: Adults who Gained or Increased Income from Start to ${at}, Average Gain`,
      'Performance measure: Percent of persons who accomplished this measure',
    ],
    rows: () => [
      ...rows(
        stage,
        'earned',
        'Number of Adults with Earned Income (i.e., Employment Income)',
        'Average Change in Earned Income',
      ),
      ...rows(stage, 'other', 'Number of Adults with Other Income', 'Average Change in Other Income'),
      ...rows(
        stage,
        'total',
        'Number of Adults with Any Income (i.e., Total Income)',
        'Average Change in Overall Income',
      ),
    ],
  };
}
