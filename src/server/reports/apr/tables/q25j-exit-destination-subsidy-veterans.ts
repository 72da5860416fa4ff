// Q25j Exit Destination – Subsidy Type of Persons Exiting to Rental by Client With An Ongoing
// Subsidy – Veterans.
import { APR_ONLY, crossTable } from '../table/table-def.ts';
import { ADULT_HOUSEHOLD_COLUMNS } from './common.ts';
import { SUBSIDY_ROWS, toRentalWithSubsidy } from './q23d-exit-destination-subsidy-type.ts';

export const q25j = crossTable({
  id: 'Q25j',
  title: 'Exit Destination – Subsidy Type of Persons Exiting to Rental by Client With An Ongoing Subsidy – Veterans',
  reports: APR_ONLY,
  universe: (u, run) => toRentalWithSubsidy(u, run) && u.veteran,
  columns: ADULT_HOUSEHOLD_COLUMNS,
  rows: SUBSIDY_ROWS,
});
