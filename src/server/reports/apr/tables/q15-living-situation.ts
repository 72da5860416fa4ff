// Q15 Living Situation: where adults and heads of household stayed the night before project start.
import { BOTH, crossTable } from '../table/table-def.ts';
import { adultOrHoH, HOUSEHOLD_COLUMNS } from './common.ts';
import { livingSituationRows } from './living-situations.ts';

const layout = livingSituationRows((u) => u.livingSituation, HOUSEHOLD_COLUMNS.length);

export const q15 = crossTable({
  id: 'Q15',
  title: 'Living Situation',
  reports: BOTH,
  universe: adultOrHoH,
  columns: HOUSEHOLD_COLUMNS,
  rows: layout.rows,
  cells: layout.cells,
});
