// Q7b Point-in-Time Count of Persons on the Last Wednesday of January, April, July and October:
// persons present that night (housed, for permanent housing; with a bed night, for
// night-by-night shelters).
import { BOTH, crossTable } from '../table/table-def.ts';
import { HOUSEHOLD_COLUMNS } from './common.ts';

export const PIT_MONTHS = ['January', 'April', 'July', 'October'];

export const q07b = crossTable({
  id: 'Q7b',
  title: 'Point-in-Time Count of Persons on the Last Wednesday',
  reports: BOTH,
  columns: HOUSEHOLD_COLUMNS,
  rows: PIT_MONTHS.map((month, i) => ({ key: month, label: month, where: (u) => u.pitPresent.includes(i + 1) })),
});
