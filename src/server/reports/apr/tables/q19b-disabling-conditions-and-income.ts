// Q19b Disabling Conditions and Income for Adults at Exit: adult leavers who answered income at
// exit and disabling condition Yes or No, by income source, household type and disabling condition.
import { NoYes } from '../../../../hud/codes.ts';
import { BOTH, type CellDef, type Pred, type RowDef, type TableDef } from '../table/table-def.ts';
import type { HouseholdType, UniverseRow } from '../universe/universe-row.ts';
import { isAdult } from './common.ts';
import { answeredIncome, INCOME_SOURCE_LABELS } from './income.ts';

const HOUSEHOLDS: { prefix: string; type: HouseholdType }[] = [
  { prefix: 'AO', type: 'adults_only' },
  { prefix: 'AC', type: 'adults_and_children' },
  { prefix: 'UK', type: 'unknown' },
];

function row(key: string, label: string, has: Pred | undefined, percent: boolean): RowDef {
  const cells: CellDef[] = HOUSEHOLDS.flatMap((h, i): CellDef[] => {
    const inType: Pred = (u) => u.householdType === h.type;
    const count = (dc: number | null): CellDef => ({
      kind: 'count',
      where: (u, run) => inType(u, run) && (dc === null || u.disablingCondition === dc),
    });
    const base = i * 4;
    return [
      count(NoYes.Yes),
      count(NoYes.No),
      count(null),
      percent
        ? {
            kind: 'formula',
            format: 'rate',
            rowsOf: { row: key, col: base },
            compute: (get) => {
              const all = get('', key, base + 2) ?? 0;
              return all ? (get('', key, base) ?? 0) / all : 0;
            },
          }
        : { kind: 'blank' },
    ];
  });
  return { key, label, where: has, cells };
}

const hasSource =
  (bit: number): Pred =>
  (u) =>
    ((u.income.exit?.sources ?? 0) & bit) !== 0;

export const q19b: TableDef = {
  id: 'Q19b',
  title: 'Disabling Conditions and Income for Adults at Exit',
  reports: BOTH,
  rowLabels: true,
  universe: (u: UniverseRow, run) =>
    isAdult(u, run) &&
    u.leaver &&
    answeredIncome(u.income.exit) &&
    (u.disablingCondition === NoYes.Yes || u.disablingCondition === NoYes.No),
  header: () => [
    '',
    ...HOUSEHOLDS.flatMap((h) => [
      `${h.prefix}: Adult with Disabling Condition`,
      `${h.prefix}: Adult without Disabling Condition`,
      `${h.prefix}: Total Adults`,
      `${h.prefix}: % with Disabling Condition by Source`,
    ]),
  ],
  rows: () => [
    ...INCOME_SOURCE_LABELS.map((label, i) => row(label, label, hasSource(2 ** i), true)),
    row('noSources', 'No Sources', (u) => u.income.exit?.incomeFromAnySource === NoYes.No, true),
    row('total', 'Unduplicated Total Adults', undefined, false),
  ],
};
