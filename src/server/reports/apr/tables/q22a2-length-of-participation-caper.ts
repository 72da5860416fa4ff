// Q22a2 Length of Participation – ESG Projects.
import { CAPER_ONLY, crossTable } from '../table/table-def.ts';
import { DAY_RANGES, dayRangeRows, lengthOfParticipation } from './length-of-time.ts';
import { LEAVERS_STAYERS } from './q22a1-length-of-participation-apr.ts';

export const q22a2 = crossTable({
  id: 'Q22a2',
  title: 'Length of Participation – ESG Projects',
  reports: CAPER_ONLY,
  corner: 'Length of Participation',
  columns: LEAVERS_STAYERS,
  rows: [...dayRangeRows(DAY_RANGES.caper, lengthOfParticipation), { key: 'total', label: 'Total' }],
});
