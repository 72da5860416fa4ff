// Q25i Exit Destination – Veterans: Q23c for veteran leavers.
import { APR_ONLY, type TableDef } from '../table/table-def.ts';
import { q23c } from './q23c-exit-destination.ts';

export const q25i: TableDef = {
  ...q23c,
  id: 'Q25i',
  title: 'Exit Destination – Veterans',
  reports: APR_ONLY,
  universe: (u, run) => (q23c.universe?.(u, run) ?? true) && u.veteran,
};
