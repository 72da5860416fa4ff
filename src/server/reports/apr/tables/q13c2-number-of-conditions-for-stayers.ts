// Q13c2 Number of Conditions for Stayers.
import { APR_ONLY, crossTable } from '../table/table-def.ts';
import { HOUSEHOLD_COLUMNS_SPLIT, stayer } from './common.ts';
import { conditionCountRows, latest } from './q13-conditions.ts';

export const q13c2 = crossTable({
  id: 'Q13c2',
  title: 'Number of Conditions for Stayers',
  reports: APR_ONLY,
  universe: stayer,
  columns: HOUSEHOLD_COLUMNS_SPLIT,
  rows: conditionCountRows(latest),
});
