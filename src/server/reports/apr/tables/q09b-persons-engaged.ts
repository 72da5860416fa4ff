// Q9b Number of Persons Engaged: engaged in the period, by contacts before engagement; the rate of
// engagement is per column of Q9a's total.
import { BOTH, type CellDef, crossTable } from '../table/table-def.ts';
import { CONTACT_COLUMNS, contactRows, engagedInPeriod, inContactProject } from './q09-contacts.ts';

const engagementRate = (col: number): CellDef => ({
  kind: 'formula',
  format: 'rate',
  rowsOf: { row: 'total', col },
  compute: (get) => {
    const contacted = get('Q9a', 'total', col) ?? 0;
    return contacted ? (get('', 'total', col) ?? 0) / contacted : 0;
  },
});

export const q09b = crossTable({
  id: 'Q9b',
  title: 'Number of Persons Engaged',
  reports: BOTH,
  universe: (u, run) => inContactProject(u, run) && engagedInPeriod(u, run),
  corner: 'Number of Persons Engaged',
  columns: CONTACT_COLUMNS,
  rows: [...contactRows('Contacts', 'Total Persons Engaged'), { key: 'rate', label: 'Rate of Engagement' }],
  cells: { rate: Object.fromEntries(CONTACT_COLUMNS.map((_, i) => [i, engagementRate(i)])) },
});
