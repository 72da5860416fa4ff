// Q13a2 Number of Conditions at Start.
import { APR_ONLY, crossTable } from '../table/table-def.ts';
import { HOUSEHOLD_COLUMNS_SPLIT } from './common.ts';
import { atStart, conditionCountRows } from './q13-conditions.ts';

export const q13a2 = crossTable({
  id: 'Q13a2',
  title: 'Number of Conditions at Start',
  reports: APR_ONLY,
  columns: HOUSEHOLD_COLUMNS_SPLIT,
  rows: conditionCountRows(atStart),
});
