// Q23c Exit Destination – All persons: leavers by destination and household type, and the share
// who exited to positive housing destinations among those whose destination counts.
import { BOTH, type CellDef, crossTable } from '../table/table-def.ts';
import { HOUSEHOLD_COLUMNS, leaver } from './common.ts';
import { destinationRows, excludedDestination, positiveDestination } from './destinations.ts';

const layout = destinationRows((u) => u.destination, HOUSEHOLD_COLUMNS.length);

const percentage = (col: number): CellDef => ({
  kind: 'formula',
  format: 'rate',
  rowsOf: { row: 'positive', col },
  compute: (get) => {
    const counted = (get('', 'total', col) ?? 0) - (get('', 'excluded', col) ?? 0);
    return counted ? (get('', 'positive', col) ?? 0) / counted : 0;
  },
});

export const q23c = crossTable({
  id: 'Q23c',
  title: 'Exit Destination – All persons',
  reports: BOTH,
  universe: leaver,
  columns: HOUSEHOLD_COLUMNS,
  rows: [
    ...layout.rows,
    { key: 'total', label: 'Total' },
    { key: 'positive', label: 'Total persons exiting to positive housing destinations', where: positiveDestination },
    {
      key: 'excluded',
      label: 'Total persons whose destinations excluded them from the calculation',
      where: excludedDestination,
    },
    { key: 'percentage', label: 'Percentage' },
  ],
  cells: {
    ...layout.cells,
    percentage: Object.fromEntries(HOUSEHOLD_COLUMNS.map((_, i) => [i, percentage(i)])),
  },
});
