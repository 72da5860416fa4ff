// Q14a Domestic Violence History: adults and heads of household, from the latest Health and DV
// record (4.11) on or before the report end.
import { DK_OR_PNTA, NoYes } from '../../../../hud/codes.ts';
import { BOTH, crossTable } from '../table/table-def.ts';
import { adultOrHoH, DK_PNTA_LABEL, DNC_LABEL, HOUSEHOLD_COLUMNS } from './common.ts';

const dk = (v: number | null) => v !== null && DK_OR_PNTA.includes(v);

export const q14a = crossTable({
  id: 'Q14a',
  title: 'Domestic Violence History',
  reports: BOTH,
  universe: adultOrHoH,
  columns: HOUSEHOLD_COLUMNS,
  rows: [
    { key: 'yes', label: 'Yes', where: (u) => u.domesticViolenceSurvivor === NoYes.Yes },
    { key: 'no', label: 'No', where: (u) => u.domesticViolenceSurvivor === NoYes.No },
    { key: 'dkPnta', label: DK_PNTA_LABEL, where: (u) => dk(u.domesticViolenceSurvivor) },
    {
      key: 'dnc',
      label: DNC_LABEL,
      where: (u) =>
        u.domesticViolenceSurvivor !== NoYes.Yes &&
        u.domesticViolenceSurvivor !== NoYes.No &&
        !dk(u.domesticViolenceSurvivor),
    },
    { key: 'total', label: 'Total' },
  ],
});
