// Q27b Parenting Youth: households of youth (nobody older than 24) with a child of the head of
// household; headed by a minor, or by an 18–24 year old (a household with children and adults).
import { RelationshipToHoH } from '../../../../hud/codes.ts';
import { APR_ONLY, crossTable } from '../table/table-def.ts';
import { adultOrHoH } from './common.ts';

export const q27b = crossTable({
  id: 'Q27b',
  title: 'Parenting Youth',
  reports: APR_ONLY,
  universe: (u) => u.oldestInHousehold !== null && u.oldestInHousehold <= 24 && u.householdHasChildOfHoH,
  columns: [
    { label: 'Total Parenting Youth', where: adultOrHoH },
    { label: 'Total Children of Parenting Youth', where: (u) => u.relationshipToHoH === RelationshipToHoH.Child },
    { label: 'Total Persons' },
    { label: 'Total Households', where: (u) => u.headOfHousehold },
  ],
  rows: [
    { key: 'under18', label: 'Parent youth < 18', where: (u) => u.householdType !== 'adults_and_children' },
    { key: '18-24', label: 'Parent youth 18 to 24', where: (u) => u.householdType === 'adults_and_children' },
  ],
});
