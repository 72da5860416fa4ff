// Q22g Length of Time Prior to Housing by Race and Ethnicity – based on 3.917 Date Homelessness
// Started: Q22e's persons housed and not yet housed (those with a known start), by race.
import { BOTH, type CellDef, crossTable } from '../table/table-def.ts';
import { inHousingProject, priorToHousing } from './length-of-time.ts';
import { RACE_GROUP_COLUMNS } from './race-groups.ts';

const stat = (kind: 'average' | 'median') =>
  Object.fromEntries(
    RACE_GROUP_COLUMNS.map((c, i): [number, CellDef] => [
      i,
      { kind, where: c.where, value: (u, run) => priorToHousing(u, run).days, format: 'days' },
    ]),
  );

export const q22g = crossTable({
  id: 'Q22g',
  title: 'Length of Time Prior to Housing by Race and Ethnicity – based on 3.917 Date Homelessness Started',
  reports: BOTH,
  universe: (u, run) => inHousingProject(u, run) && priorToHousing(u, run).status !== 'dnc',
  columns: RACE_GROUP_COLUMNS,
  rows: [
    {
      key: 'housed',
      label: 'Persons Moved Into Housing',
      where: (u, run) => priorToHousing(u, run).status === 'housed',
    },
    {
      key: 'notYet',
      label: 'Persons Not Yet Moved Into Housing',
      where: (u, run) => priorToHousing(u, run).status === 'not_yet',
    },
    { key: 'average', label: 'Average time to Move-In', where: (u, run) => priorToHousing(u, run).status === 'housed' },
    { key: 'median', label: 'Median time to Move-In', where: (u, run) => priorToHousing(u, run).status === 'housed' },
  ],
  cells: { average: stat('average'), median: stat('median') },
});
