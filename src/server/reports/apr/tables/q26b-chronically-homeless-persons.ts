// Q26b Number of Chronically Homeless Persons by Household.
import { BOTH, crossTable } from '../table/table-def.ts';
import { HOUSEHOLD_COLUMNS } from './common.ts';
import { chronicRows } from './q26a-chronic-households.ts';

export const q26b = crossTable({
  id: 'Q26b',
  title: 'Number of Chronically Homeless Persons by Household',
  reports: BOTH,
  columns: HOUSEHOLD_COLUMNS,
  rows: chronicRows((u) => u.chronic),
});
