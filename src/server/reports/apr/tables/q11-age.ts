// Q11 Age: at the later of project start and report start, by household type.
import { BOTH, crossTable, type Line } from '../table/table-def.ts';
import { ageDkPnta, ageDnc, DK_PNTA_LABEL, DNC_LABEL, HOUSEHOLD_COLUMNS } from './common.ts';

const between = (label: string, min: number, max = Number.POSITIVE_INFINITY): Line => ({
  label,
  where: (u) => u.age !== null && u.age >= min && u.age <= max,
});

export const AGE_ROWS: readonly Line[] = [
  between('Under 5', 0, 4),
  between('5-12', 5, 12),
  between('13-17', 13, 17),
  between('18-24', 18, 24),
  between('25-34', 25, 34),
  between('35-44', 35, 44),
  between('45-54', 45, 54),
  between('55-64', 55, 64),
  between('65+', 65),
  { key: 'dkPnta', label: DK_PNTA_LABEL, where: ageDkPnta },
  { key: 'dnc', label: DNC_LABEL, where: ageDnc },
  { key: 'total', label: 'Total' },
];

export const q11 = crossTable({
  id: 'Q11',
  title: 'Age',
  reports: BOTH,
  columns: HOUSEHOLD_COLUMNS,
  rows: AGE_ROWS,
});
