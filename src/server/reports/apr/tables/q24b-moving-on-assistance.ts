// Q24b Moving On Assistance Provided to Households in PSH: heads of household in permanent
// supportive housing, by each kind of C2 assistance given in the period.
import { hudLists, MovingOnAssistanceType, ProjectType } from '../../../../hud/codes.ts';
import { APR_ONLY, crossTable } from '../table/table-def.ts';
import { HOUSEHOLD_COLUMNS } from './common.ts';

const TYPES = Object.entries(hudLists.MovingOnAssistance.values as Record<number, string>).map(([code, label]) => ({
  code: Number(code),
  label: Number(code) === MovingOnAssistanceType.Other ? 'Other (please specify)' : label,
}));

export const q24b = crossTable({
  id: 'Q24b',
  title: 'Moving On Assistance Provided to Households in PSH',
  reports: APR_ONLY,
  universe: (u) => u.headOfHousehold && u.projectType === ProjectType.PermanentSupportiveHousing,
  columns: HOUSEHOLD_COLUMNS,
  rows: TYPES.map((t) => ({
    key: String(t.code),
    label: t.label,
    where: (u) => u.movingOnAssistance.includes(t.code),
  })),
});
