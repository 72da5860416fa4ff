// Q23e Exit Destination Type by Race and Ethnicity: leavers by destination group.
import { BOTH, crossTable } from '../table/table-def.ts';
import { leaver } from './common.ts';
import { DESTINATION_GROUPS, destinationGroup } from './destinations.ts';
import { RACE_GROUP_COLUMNS } from './race-groups.ts';

export const q23e = crossTable({
  id: 'Q23e',
  title: 'Exit Destination Type by Race and Ethnicity',
  reports: BOTH,
  universe: leaver,
  columns: [{ label: 'Total' }, ...RACE_GROUP_COLUMNS],
  rows: [
    ...DESTINATION_GROUPS.map((g) => ({
      key: g,
      label: `${g} Situations`,
      where: (u: Parameters<typeof destinationGroup>[0]) => destinationGroup(u) === g,
    })),
    { key: 'total', label: 'Total' },
  ],
});
