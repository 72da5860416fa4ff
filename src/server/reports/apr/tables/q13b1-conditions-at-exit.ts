// Q13b1 Physical and Mental Health Conditions at Exit.
import { BOTH, crossTable } from '../table/table-def.ts';
import { HOUSEHOLD_COLUMNS_SPLIT, leaver } from './common.ts';
import { atExit, conditionRows } from './q13-conditions.ts';

export const q13b1 = crossTable({
  id: 'Q13b1',
  title: 'Physical and Mental Health Conditions at Exit',
  reports: BOTH,
  universe: leaver,
  columns: HOUSEHOLD_COLUMNS_SPLIT,
  rows: conditionRows(atExit),
});
