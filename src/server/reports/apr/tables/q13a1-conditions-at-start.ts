// Q13a1 Physical and Mental Health Conditions at Start.
import { BOTH, crossTable } from '../table/table-def.ts';
import { HOUSEHOLD_COLUMNS_SPLIT } from './common.ts';
import { atStart, conditionRows } from './q13-conditions.ts';

export const q13a1 = crossTable({
  id: 'Q13a1',
  title: 'Physical and Mental Health Conditions at Start',
  reports: BOTH,
  columns: HOUSEHOLD_COLUMNS_SPLIT,
  rows: conditionRows(atStart),
});
