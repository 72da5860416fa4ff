// Q26d Age of Chronically Homeless Persons.
import { APR_ONLY, crossTable } from '../table/table-def.ts';
import { HOUSEHOLD_COLUMNS } from './common.ts';
import { AGE_ROWS } from './q11-age.ts';

export const q26d = crossTable({
  id: 'Q26d',
  title: 'Age of Chronically Homeless Persons',
  reports: APR_ONLY,
  universe: (u) => u.chronic === 'yes',
  columns: HOUSEHOLD_COLUMNS,
  rows: [{ key: '0-17', label: '0 - 17', where: (u) => u.age !== null && u.age < 18 }, ...AGE_ROWS.slice(3)],
});
