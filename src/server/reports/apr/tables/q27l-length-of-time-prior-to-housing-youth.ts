// Q27l Length of Time Prior to Housing – based on 3.917 Date Homelessness Started – Youth: Q22E for youth.
import { restrictTable } from '../table/restrict-table.ts';
import { APR_ONLY } from '../table/table-def.ts';
import { q22e } from './q22e-length-of-time-prior-to-housing.ts';
import { isYouth } from './youth.ts';

export const q27l = restrictTable(q22e, {
  id: 'Q27l',
  title: 'Length of Time Prior to Housing – based on 3.917 Date Homelessness Started – Youth',
  reports: APR_ONLY,
  where: isYouth,
});
