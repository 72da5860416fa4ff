// Q26a Chronic Homeless Status – Number of Households with at least one or more Chronically
// Homeless person: households (by their head) by the status of their adults and head.
import { APR_ONLY, crossTable, type Line } from '../table/table-def.ts';
import type { ChronicStatus, UniverseRow } from '../universe/universe-row.ts';
import { HOUSEHOLD_COLUMNS, isHoH } from './common.ts';

export const chronicRows = (status: (u: UniverseRow) => ChronicStatus | null): Line[] => [
  { key: 'yes', label: 'Chronically Homeless', where: (u) => status(u) === 'yes' },
  { key: 'no', label: 'Not Chronically Homeless', where: (u) => status(u) === 'no' },
  { key: 'dkPnta', label: 'Client doesn’t know/Prefers Not to Answer', where: (u) => status(u) === 'dk_pnta' },
  { key: 'dnc', label: 'Data not collected', where: (u) => status(u) === 'missing' || status(u) === null },
  { key: 'total', label: 'Total' },
];

export const q26a = crossTable({
  id: 'Q26a',
  title: 'Chronic Homeless Status – Number of Households with at least one or more Chronically Homeless person',
  reports: APR_ONLY,
  universe: isHoH,
  columns: HOUSEHOLD_COLUMNS,
  rows: chronicRows((u) => u.householdChronic),
});
