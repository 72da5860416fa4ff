// Q27g Cash Income – Sources – Youth: Q17 for youth.
import { restrictTable } from '../table/restrict-table.ts';
import { APR_ONLY } from '../table/table-def.ts';
import { q17 } from './q17-cash-income-sources.ts';
import { asYouth, youthAdultOrHoH } from './youth.ts';

export const q27g = restrictTable(q17, {
  id: 'Q27g',
  title: 'Cash Income – Sources – Youth',
  reports: APR_ONLY,
  where: youthAdultOrHoH,
  replaceUniverse: true,
  relabel: asYouth,
});
