// Q27i Disabling Conditions and Income for Youth at Exit: Q19b for youth leavers, every household type.
import { APR_ONLY } from '../table/table-def.ts';
import { disablingConditionIncomeTable, YOUTH_HOUSEHOLD_GROUPS } from './q19b-disabling-conditions-and-income.ts';
import { isYouth } from './youth.ts';

export const q27i = disablingConditionIncomeTable({
  id: 'Q27i',
  title: 'Disabling Conditions and Income for Youth at Exit',
  reports: APR_ONLY,
  who: isYouth,
  person: 'Youth',
  persons: 'Youths',
  households: YOUTH_HOUSEHOLD_GROUPS,
});
