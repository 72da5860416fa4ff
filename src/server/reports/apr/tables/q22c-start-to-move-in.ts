// Q22c Length of Time between Project Start Date and Housing Move-in Date: PSH and RRH clients
// whose household moved in during the period, and leavers who never moved in.
import { BOTH, crossTable } from '../table/table-def.ts';
import { HOUSEHOLD_COLUMNS } from './common.ts';
import {
  DAY_RANGES,
  dayRangeRows,
  daysToMoveIn,
  exitedWithoutMoveIn,
  householdMovedInDuringPeriod,
} from './length-of-time.ts';

const ranges = DAY_RANGES.toMoveIn;
const days = (u: Parameters<typeof daysToMoveIn>[0], run: Parameters<typeof householdMovedInDuringPeriod>[1]) =>
  householdMovedInDuringPeriod(u, run) ? daysToMoveIn(u) : null;
const last = ranges[ranges.length - 1]?.[2] ?? 0;

export const q22c = crossTable({
  id: 'Q22c',
  title: 'Length of Time between Project Start Date and Housing Move-in Date',
  reports: BOTH,
  universe: (u, run) => householdMovedInDuringPeriod(u, run) || exitedWithoutMoveIn(u, run),
  corner: 'Length of time to housing',
  columns: HOUSEHOLD_COLUMNS,
  rows: [
    ...dayRangeRows(ranges, days),
    {
      key: 'movedIn',
      label: 'Total (persons moved into housing)',
      where: (u, run) => (days(u, run) ?? Number.POSITIVE_INFINITY) <= last,
    },
    { key: 'average', label: 'Average length of time to housing', where: householdMovedInDuringPeriod },
    { key: 'exitedWithout', label: 'Persons who were exited without move-in', where: exitedWithoutMoveIn },
    { key: 'total', label: 'Total persons' },
  ],
  cells: {
    average: Object.fromEntries(
      HOUSEHOLD_COLUMNS.map((c, i) => [i, { kind: 'average', where: c.where, value: daysToMoveIn, format: 'count' }]),
    ),
  },
});
