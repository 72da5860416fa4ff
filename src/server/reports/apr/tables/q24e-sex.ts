// Q24e Sex (4.21), by household type.
import { DATA_NOT_COLLECTED, DK_OR_PNTA, Sex } from '../../../../hud/codes.ts';
import { BOTH, crossTable } from '../table/table-def.ts';
import { HOUSEHOLD_COLUMNS } from './common.ts';

export const q24e = crossTable({
  id: 'Q24e',
  title: 'Sex',
  reports: BOTH,
  columns: HOUSEHOLD_COLUMNS,
  rows: [
    { key: 'female', label: 'Female', where: (u) => u.sex === Sex.Female },
    { key: 'male', label: 'Male', where: (u) => u.sex === Sex.Male },
    {
      key: 'dkPnta',
      label: 'Client doesn’t know/Prefers Not to Answer',
      where: (u) => DK_OR_PNTA.includes(u.sex ?? Number.NaN),
    },
    { key: 'dnc', label: 'Data not collected', where: (u) => u.sex === null || u.sex === DATA_NOT_COLLECTED },
    { key: 'total', label: 'Total' },
  ],
});
