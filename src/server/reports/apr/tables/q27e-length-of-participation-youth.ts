// Q27e Length of Participation – Youth: Q22A1 for youth.
import { restrictTable } from '../table/restrict-table.ts';
import { APR_ONLY } from '../table/table-def.ts';
import { q22a1 } from './q22a1-length-of-participation-apr.ts';
import { isYouth } from './youth.ts';

export const q27e = restrictTable(q22a1, {
  id: 'Q27e',
  title: 'Length of Participation – Youth',
  reports: APR_ONLY,
  where: isYouth,
});
