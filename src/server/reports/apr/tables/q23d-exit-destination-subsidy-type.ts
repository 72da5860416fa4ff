// Q23d Exit Destination – Subsidy Type of Persons Exiting to Rental by Client With An Ongoing
// Subsidy (projects other than homelessness prevention).
import { ExitDestination, hudLists, ProjectType, RentalSubsidyType as S } from '../../../../hud/codes.ts';
import { BOTH, crossTable, type Line, type Pred } from '../table/table-def.ts';
import { HOUSEHOLD_COLUMNS } from './common.ts';

const SUBSIDIES = [
  S.GpdTipHousingSubsidy,
  S.VashHousingSubsidy,
  S.RrhOrEquivalentSubsidy,
  S.HcvVoucher,
  S.PublicHousingUnit,
  S.OtherOngoingSubsidy,
  S.HousingStabilityVoucher,
  S.FamilyUnificationProgram,
  S.FosterYouthToIndependence,
  S.PermanentSupportiveHousing,
  S.OtherDedicatedPermanentHousing,
];
const label = (code: number) => (hudLists.RentalSubsidyType.values as Record<number, string>)[code] ?? String(code);

/** Leavers (not from homelessness prevention) to rental by client with an ongoing subsidy. */
export const toRentalWithSubsidy: Pred = (u) =>
  u.leaver &&
  u.projectType !== ProjectType.HomelessnessPrevention &&
  u.destination === ExitDestination.RentalByClientWithSubsidy;

export const SUBSIDY_ROWS: Line[] = [
  ...SUBSIDIES.map((code) => ({
    key: String(code),
    label: label(code),
    where: (u: { destinationSubsidyType: number | null }) => u.destinationSubsidyType === code,
  })),
  { key: 'total', label: 'Total' },
];

export const q23d = crossTable({
  id: 'Q23d',
  title: 'Exit Destination – Subsidy Type of Persons Exiting to Rental by Client With An Ongoing Subsidy',
  reports: BOTH,
  universe: toRentalWithSubsidy,
  columns: HOUSEHOLD_COLUMNS,
  rows: SUBSIDY_ROWS,
});
