// Q13b2 Number of Conditions at Exit.
import { APR_ONLY, crossTable } from '../table/table-def.ts';
import { HOUSEHOLD_COLUMNS_SPLIT, leaver } from './common.ts';
import { atExit, conditionCountRows } from './q13-conditions.ts';

export const q13b2 = crossTable({
  id: 'Q13b2',
  title: 'Number of Conditions at Exit',
  reports: APR_ONLY,
  universe: leaver,
  columns: HOUSEHOLD_COLUMNS_SPLIT,
  rows: conditionCountRows(atExit),
});
