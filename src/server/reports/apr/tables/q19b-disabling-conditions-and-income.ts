// Q19b Disabling Conditions and Income for Adults at Exit: adult leavers who answered income at
// exit and disabling condition Yes or No, by income source, household type and disabling condition.
import { NoYes } from '../../../../hud/codes.ts';
import { BOTH, type CellDef, type Pred, type RowDef, type TableDef } from '../table/table-def.ts';
import type { HouseholdType, UniverseRow } from '../universe/universe-row.ts';
import { isAdult } from './common.ts';
import { answeredIncome, INCOME_SOURCE_LABELS } from './income.ts';

type HouseholdGroup = { prefix: string; type: HouseholdType };
const AO: HouseholdGroup = { prefix: 'AO', type: 'adults_only' };
const AC: HouseholdGroup = { prefix: 'AC', type: 'adults_and_children' };
const CO: HouseholdGroup = { prefix: 'CO', type: 'children_only' };
const UK: HouseholdGroup = { prefix: 'UK', type: 'unknown' };

function row(
  households: HouseholdGroup[],
  key: string,
  label: string,
  has: Pred | undefined,
  percent: boolean,
): RowDef {
  const cells: CellDef[] = households.flatMap((h, i): CellDef[] => {
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

/** Q19b's layout for a group of persons (adults, or youth in Q27i) with its household types. */
export function disablingConditionIncomeTable(def: {
  id: string;
  title: string;
  reports: TableDef['reports'];
  who: Pred;
  person: string;
  persons: string;
  households: HouseholdGroup[];
}): TableDef {
  const { households, person, persons } = def;
  return {
    id: def.id,
    title: def.title,
    reports: def.reports,
    rowLabels: true,
    universe: (u: UniverseRow, run) =>
      def.who(u, run) &&
      u.leaver &&
      answeredIncome(u.income.exit) &&
      (u.disablingCondition === NoYes.Yes || u.disablingCondition === NoYes.No),
    header: () => [
      '',
      ...households.flatMap((h) => [
        `${h.prefix}: ${person} with Disabling Condition`,
        `${h.prefix}: ${person} without Disabling Condition`,
        `${h.prefix}: Total ${persons}`,
        `${h.prefix}: % with Disabling Condition by Source`,
      ]),
    ],
    rows: () => [
      ...INCOME_SOURCE_LABELS.map((label, i) => row(households, label, label, hasSource(2 ** i), true)),
      row(households, 'noSources', 'No Sources', (u) => u.income.exit?.incomeFromAnySource === NoYes.No, true),
      row(households, 'total', `Unduplicated Total ${persons}`, undefined, false),
    ],
  };
}

export const q19b = disablingConditionIncomeTable({
  id: 'Q19b',
  title: 'Disabling Conditions and Income for Adults at Exit',
  reports: BOTH,
  who: isAdult,
  person: 'Adult',
  persons: 'Adults',
  households: [AO, AC, UK],
});

export const YOUTH_HOUSEHOLD_GROUPS = [AO, AC, CO, UK];
