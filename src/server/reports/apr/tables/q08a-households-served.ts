// Q8a Number of Households Served: heads of household, by household type.
import { BOTH, crossTable } from '../table/table-def.ts';
import { HOUSEHOLD_COLUMNS, isHoH } from './common.ts';

export const q08a = crossTable({
  id: 'Q8a',
  title: 'Number of Households Served',
  reports: BOTH,
  universe: isHoH,
  columns: HOUSEHOLD_COLUMNS,
  rows: [
    { key: 'households', label: 'Total Households' },
    {
      key: 'movedIn',
      label: 'For PSH & RRH – the total households served who moved into housing',
      where: (u, run) => u.hohMoveInDate !== null && u.hohMoveInDate <= run.endDate,
    },
  ],
});
