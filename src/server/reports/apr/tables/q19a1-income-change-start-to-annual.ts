// Q19a1 Client Cash Income Change – Income Source – by Start and Latest Status (stayers).
import { APR_ONLY } from '../table/table-def.ts';
import { incomeChangeTable } from './q19a-income-change.ts';

export const q19a1 = incomeChangeTable(
  'Q19a1',
  'Client Cash Income Change – Income Source – by Start and Latest Status',
  APR_ONLY,
  'annual',
);
