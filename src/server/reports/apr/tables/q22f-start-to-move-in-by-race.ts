// Q22f Length of Time between Project Start Date and Housing Move-in Date by Race and Ethnicity.
import { BOTH, type CellDef, crossTable } from '../table/table-def.ts';
import { daysToMoveIn, exitedWithoutMoveIn, householdMovedInDuringPeriod } from './length-of-time.ts';
import { RACE_GROUP_COLUMNS } from './race-groups.ts';

const stat = (kind: 'average' | 'median') =>
  Object.fromEntries(
    RACE_GROUP_COLUMNS.map((c, i): [number, CellDef] => [
      i,
      { kind, where: c.where, value: daysToMoveIn, format: 'days' },
    ]),
  );

export const q22f = crossTable({
  id: 'Q22f',
  title: 'Length of Time between Project Start Date and Housing Move-in Date by Race and Ethnicity',
  reports: BOTH,
  universe: (u, run) => householdMovedInDuringPeriod(u, run) || exitedWithoutMoveIn(u, run),
  columns: RACE_GROUP_COLUMNS,
  rows: [
    { key: 'movedIn', label: 'Persons Moved Into Housing', where: householdMovedInDuringPeriod },
    { key: 'exitedWithout', label: 'Persons Exited Without Move-In', where: exitedWithoutMoveIn },
    { key: 'average', label: 'Average time to Move-In', where: householdMovedInDuringPeriod },
    { key: 'median', label: 'Median time to Move-In', where: householdMovedInDuringPeriod },
  ],
  cells: { average: stat('average'), median: stat('median') },
});
