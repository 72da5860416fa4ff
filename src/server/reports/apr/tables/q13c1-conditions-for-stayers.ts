// Q13c1 Physical and Mental Health Conditions for Stayers.
import { BOTH, crossTable } from '../table/table-def.ts';
import { HOUSEHOLD_COLUMNS_SPLIT, stayer } from './common.ts';
import { conditionRows, latest } from './q13-conditions.ts';

export const q13c1 = crossTable({
  id: 'Q13c1',
  title: 'Physical and Mental Health Conditions for Stayers',
  reports: BOTH,
  universe: stayer,
  columns: HOUSEHOLD_COLUMNS_SPLIT,
  rows: conditionRows(latest),
});
