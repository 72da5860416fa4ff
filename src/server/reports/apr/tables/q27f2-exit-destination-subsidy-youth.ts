// Q27f2 Exit Destination – Subsidy Type of Persons Exiting to Rental by Client With An Ongoing Subsidy – Youth: Q23D for youth.
import { restrictTable } from '../table/restrict-table.ts';
import { APR_ONLY } from '../table/table-def.ts';
import { q23d } from './q23d-exit-destination-subsidy-type.ts';
import { isYouth } from './youth.ts';

export const q27f2 = restrictTable(q23d, {
  id: 'Q27f2',
  title: 'Exit Destination – Subsidy Type of Persons Exiting to Rental by Client With An Ongoing Subsidy – Youth',
  reports: APR_ONLY,
  where: isYouth,
});
