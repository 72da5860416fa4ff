// Q27j Average and Median Length of Participation in Days – Youth: Q22B for youth.
import { restrictTable } from '../table/restrict-table.ts';
import { APR_ONLY } from '../table/table-def.ts';
import { q22b } from './q22b-average-and-median-length.ts';
import { isYouth } from './youth.ts';

export const q27j = restrictTable(q22b, {
  id: 'Q27j',
  title: 'Average and Median Length of Participation in Days – Youth',
  reports: APR_ONLY,
  where: isYouth,
});
