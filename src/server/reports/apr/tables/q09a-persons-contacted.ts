// Q9a Number of Persons Contacted: contacted in the period before engagement, or engaged in it.
import { BOTH, crossTable } from '../table/table-def.ts';
import { CONTACT_COLUMNS, contactRows, engagedInPeriod, inContactProject } from './q09-contacts.ts';

export const q09a = crossTable({
  id: 'Q9a',
  title: 'Number of Persons Contacted',
  reports: BOTH,
  universe: (u, run) => inContactProject(u, run) && (u.contactedInPeriod || engagedInPeriod(u, run)),
  corner: 'Number of Persons Contacted',
  columns: CONTACT_COLUMNS,
  rows: contactRows('Times', 'Total Persons Contacted'),
});
