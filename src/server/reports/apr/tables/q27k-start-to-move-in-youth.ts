// Q27k Length of Time between Project Start Date and Housing Move-in Date – Youth: Q22C for youth.
import { restrictTable } from '../table/restrict-table.ts';
import { APR_ONLY } from '../table/table-def.ts';
import { q22c } from './q22c-start-to-move-in.ts';
import { isYouth } from './youth.ts';

export const q27k = restrictTable(q22c, {
  id: 'Q27k',
  title: 'Length of Time between Project Start Date and Housing Move-in Date – Youth',
  reports: APR_ONLY,
  where: isYouth,
});
