// Q7a Number of Persons Served, by age group and household type.
import { BOTH, crossTable } from '../table/table-def.ts';
import { ageDkPnta, ageDnc, DK_PNTA_LABEL, DNC_LABEL, HOUSEHOLD_COLUMNS, isAdult, isChild } from './common.ts';

export const q07a = crossTable({
  id: 'Q7a',
  title: 'Number of Persons Served',
  reports: BOTH,
  columns: HOUSEHOLD_COLUMNS,
  rows: [
    { key: 'adults', label: 'Adults', where: isAdult },
    { key: 'children', label: 'Children', where: isChild },
    { key: 'dkPnta', label: DK_PNTA_LABEL, where: ageDkPnta },
    { key: 'dnc', label: DNC_LABEL, where: ageDnc },
    { key: 'total', label: 'Total' },
    {
      key: 'movedIn',
      label: 'For PSH & RRH – the total persons served who moved into housing',
      where: (u, run) => u.moveInDate !== null && u.moveInDate <= run.endDate,
    },
  ],
});
