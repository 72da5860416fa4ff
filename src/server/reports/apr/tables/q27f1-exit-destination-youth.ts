// Q27f1 Exit Destination – Youth: Q23C for youth.
import { restrictTable } from '../table/restrict-table.ts';
import { APR_ONLY } from '../table/table-def.ts';
import { q23c } from './q23c-exit-destination.ts';
import { isYouth } from './youth.ts';

export const q27f1 = restrictTable(q23c, {
  id: 'Q27f1',
  title: 'Exit Destination – Youth',
  reports: APR_ONLY,
  where: isYouth,
});
