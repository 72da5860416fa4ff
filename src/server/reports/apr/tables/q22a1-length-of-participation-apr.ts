// Q22a1 Length of Participation – CoC Projects: days in the project (bed nights for night-by-night
// shelters), leavers to exit and stayers to the report end.
import { APR_ONLY, crossTable } from '../table/table-def.ts';
import { leaver, stayer } from './common.ts';
import { DAY_RANGES, dayRangeRows, lengthOfParticipation } from './length-of-time.ts';

export const LEAVERS_STAYERS = [
  { label: 'Total' },
  { label: 'Leavers', where: leaver },
  { label: 'Stayers', where: stayer },
];

export const q22a1 = crossTable({
  id: 'Q22a1',
  title: 'Length of Participation – CoC Projects',
  reports: APR_ONLY,
  corner: 'Length of Participation',
  columns: LEAVERS_STAYERS,
  rows: [...dayRangeRows(DAY_RANGES.apr, lengthOfParticipation), { key: 'total', label: 'Total' }],
});
