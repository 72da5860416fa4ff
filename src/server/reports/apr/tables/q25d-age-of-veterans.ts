// Q25d Age of Veterans.
import { APR_ONLY, crossTable } from '../table/table-def.ts';
import { ADULT_HOUSEHOLD_COLUMNS } from './common.ts';
import { AGE_ROWS } from './q11-age.ts';

export const q25d = crossTable({
  id: 'Q25d',
  title: 'Age of Veterans',
  reports: APR_ONLY,
  universe: (u) => u.veteran,
  columns: ADULT_HOUSEHOLD_COLUMNS,
  rows: AGE_ROWS.slice(3),
});
