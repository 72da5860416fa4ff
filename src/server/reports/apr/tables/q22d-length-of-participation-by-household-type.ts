// Q22d Length of Participation by Household Type (ESG).
import { CAPER_ONLY, crossTable } from '../table/table-def.ts';
import { HOUSEHOLD_COLUMNS } from './common.ts';
import { DAY_RANGES, dayRangeRows, lengthOfParticipation } from './length-of-time.ts';

export const q22d = crossTable({
  id: 'Q22d',
  title: 'Length of Participation by Household Type',
  reports: CAPER_ONLY,
  corner: 'Length of Participation',
  columns: HOUSEHOLD_COLUMNS,
  rows: [...dayRangeRows(DAY_RANGES.upTo731, lengthOfParticipation), { key: 'total', label: 'Total' }],
});
