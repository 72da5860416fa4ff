// Q27a Age of Youth.
import { APR_ONLY, crossTable } from '../table/table-def.ts';
import { ageDkPnta, ageDnc, DK_PNTA_LABEL, DNC_LABEL, HOUSEHOLD_COLUMNS } from './common.ts';
import { isYouth } from './youth.ts';

export const q27a = crossTable({
  id: 'Q27a',
  title: 'Age of Youth',
  reports: APR_ONLY,
  universe: isYouth,
  columns: HOUSEHOLD_COLUMNS,
  rows: [
    { key: '12-17', label: '12-17', where: (u) => u.age !== null && u.age <= 17 },
    { key: '18-24', label: '18-24', where: (u) => u.age !== null && u.age >= 18 },
    { key: 'dkPnta', label: DK_PNTA_LABEL, where: ageDkPnta },
    { key: 'dnc', label: DNC_LABEL, where: ageDnc },
    { key: 'total', label: 'Total' },
  ],
});
