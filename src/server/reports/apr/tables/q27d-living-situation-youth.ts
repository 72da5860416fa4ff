// Q27d Living Situation – Youth: Q15 for youth.
import { restrictTable } from '../table/restrict-table.ts';
import { APR_ONLY } from '../table/table-def.ts';
import { q15 } from './q15-living-situation.ts';
import { youthHoH } from './youth.ts';

export const q27d = restrictTable(q15, {
  id: 'Q27d',
  title: 'Living Situation – Youth',
  reports: APR_ONLY,
  where: youthHoH,
});
