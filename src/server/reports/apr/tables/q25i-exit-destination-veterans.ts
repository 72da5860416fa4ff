// Q25i Exit Destination – Veterans: Q23c for veteran leavers.
import { restrictTable } from '../table/restrict-table.ts';
import { APR_ONLY } from '../table/table-def.ts';
import { q23c } from './q23c-exit-destination.ts';

export const q25i = restrictTable(q23c, {
  id: 'Q25i',
  title: 'Exit Destination – Veterans',
  reports: APR_ONLY,
  where: (u) => u.veteran,
});
