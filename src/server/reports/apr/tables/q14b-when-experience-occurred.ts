// Q14b When Experience Occurred: survivors of domestic violence (Q14a "Yes") by 4.11 A.
import { DK_OR_PNTA, hudLists, NoYes, WhenDVOccurred } from '../../../../hud/codes.ts';
import { BOTH, crossTable, type Line } from '../table/table-def.ts';
import { adultOrHoH, DK_PNTA_LABEL, DNC_LABEL, HOUSEHOLD_COLUMNS } from './common.ts';

const PERIODS = Object.values(WhenDVOccurred) as number[];
// HUD's table drops the list's "(excluding six months exactly)" notes.
const label = (code: number) =>
  (hudLists.WhenDVOccurred.values as Record<number, string>)[code]?.replace(/ \(.*\)$/, '') ?? '';
const when = (code: number): Line => ({ label: label(code), where: (u) => u.whenOccurred === code });

export const q14b = crossTable({
  id: 'Q14b',
  title: 'When Experience Occurred',
  reports: BOTH,
  universe: (u, run) => adultOrHoH(u, run) && u.domesticViolenceSurvivor === NoYes.Yes,
  columns: HOUSEHOLD_COLUMNS,
  rows: [
    ...PERIODS.map(when),
    {
      key: 'dkPnta',
      label: DK_PNTA_LABEL,
      where: (u) => u.whenOccurred !== null && DK_OR_PNTA.includes(u.whenOccurred),
    },
    {
      key: 'dnc',
      label: DNC_LABEL,
      where: (u) => u.whenOccurred === null || ![...PERIODS, ...DK_OR_PNTA].includes(u.whenOccurred),
    },
    { key: 'total', label: 'Total' },
  ],
});
