// Q19a2 Client Cash Income Change – Income Source – by Start and Exit (leavers).
import { APR_ONLY } from '../table/table-def.ts';
import { incomeChangeTable } from './q19a-income-change.ts';

export const q19a2 = incomeChangeTable(
  'Q19a2',
  'Client Cash Income Change – Income Source – by Start and Exit',
  APR_ONLY,
  'exit',
);
