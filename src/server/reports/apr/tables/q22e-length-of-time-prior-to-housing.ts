// Q22e Length of Time Prior to Housing – based on 3.917 Date Homelessness Started: shelter, TH,
// safe haven and permanent housing clients, from when homelessness started to housing.
import { BOTH, crossTable } from '../table/table-def.ts';
import { DNC_LABEL, HOUSEHOLD_COLUMNS } from './common.ts';
import { DAY_RANGES, dayRangeRows, inHousingProject, priorToHousing } from './length-of-time.ts';

export const q22e = crossTable({
  id: 'Q22e',
  title: 'Length of Time Prior to Housing – based on 3.917 Date Homelessness Started',
  reports: BOTH,
  universe: inHousingProject,
  corner: 'Length of time prior to housing',
  columns: HOUSEHOLD_COLUMNS,
  rows: [
    ...dayRangeRows(DAY_RANGES.upTo731, (u, run) => priorToHousing(u, run).days),
    {
      key: 'housed',
      label: 'Total (persons moved into housing)',
      where: (u, run) => priorToHousing(u, run).status === 'housed',
    },
    {
      key: 'notYet',
      label: 'Not yet moved into housing',
      where: (u, run) => priorToHousing(u, run).status === 'not_yet',
    },
    { key: 'dnc', label: DNC_LABEL, where: (u, run) => priorToHousing(u, run).status === 'dnc' },
    { key: 'total', label: 'Total' },
  ],
});
