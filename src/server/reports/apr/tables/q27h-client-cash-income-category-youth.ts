// Q27h Client Cash Income Category – Earned/Other Income Category – by Start and Annual Assessment/Exit Status – Youth: Q18 for youth.
import { restrictTable } from '../table/restrict-table.ts';
import { APR_ONLY } from '../table/table-def.ts';
import { q18 } from './q18-client-cash-income-category.ts';
import { asYouth, youthAdultOrHoH } from './youth.ts';

export const q27h = restrictTable(q18, {
  id: 'Q27h',
  title:
    'Client Cash Income Category – Earned/Other Income Category – by Start and Annual Assessment/Exit Status – Youth',
  reports: APR_ONLY,
  where: youthAdultOrHoH,
  replaceUniverse: true,
  relabel: asYouth,
});
