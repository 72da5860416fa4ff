// Q25b Number of Veteran Households: households (by their head) with an adult veteran, chronically
// homeless or not, else with no veteran, else unknown.
import { APR_ONLY, crossTable } from '../table/table-def.ts';
import type { UniverseRow } from '../universe/universe-row.ts';
import { ADULT_HOUSEHOLD_COLUMNS } from './common.ts';
import { VETERAN_ROWS_LABELS as L } from './q25a-number-of-veterans.ts';

const category = (u: UniverseRow) => u.householdVeteran ?? 'dnc';

export const q25b = crossTable({
  id: 'Q25b',
  title: 'Number of Veteran Households',
  reports: APR_ONLY,
  universe: (u) => u.headOfHousehold && u.householdType !== 'children_only',
  columns: ADULT_HOUSEHOLD_COLUMNS,
  rows: [
    { key: 'chronic', label: L.chronic, where: (u) => category(u) === 'chronic_veteran' },
    { key: 'veteran', label: L.veteran, where: (u) => category(u) === 'veteran' },
    { key: 'notVeteran', label: L.notVeteran, where: (u) => category(u) === 'not_veteran' },
    { key: 'dkPnta', label: L.dkPnta, where: (u) => category(u) === 'dk_pnta' },
    { key: 'dnc', label: L.dnc, where: (u) => category(u) === 'dnc' },
    { key: 'total', label: 'Total' },
  ],
});
