// Q8b Point-in-Time Count of Households on the Last Wednesday: households with anyone present that
// night, counted by their head of household.
import { BOTH, crossTable } from '../table/table-def.ts';
import { HOUSEHOLD_COLUMNS } from './common.ts';
import { PIT_MONTHS } from './q07b-point-in-time-persons.ts';

export const q08b = crossTable({
  id: 'Q8b',
  title: 'Point-in-Time Count of Households on the Last Wednesday',
  reports: BOTH,
  columns: HOUSEHOLD_COLUMNS,
  rows: PIT_MONTHS.map((month, i) => ({
    key: month,
    label: month,
    where: (u) => u.pitHeadOfPresentHousehold.includes(i + 1),
  })),
});
