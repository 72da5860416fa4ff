// Exit destinations (3.12) as Q23c–Q23e, Q25i and Q27f group them, and HUD's classification of
// destinations as positive housing outcomes or excluded from the rate, which differs for street
// outreach.
import {
  ExitDestination as D,
  DATA_NOT_COLLECTED,
  Destination,
  DK_OR_PNTA,
  ProjectType,
} from '../../../../hud/codes.ts';
import type { CellDef, Line, Pred } from '../table/table-def.ts';
import type { UniverseRow } from '../universe/universe-row.ts';
import { DK_PNTA_LABEL, DNC_LABEL } from './common.ts';
import { type SituationGroup, situationRows } from './situation-rows.ts';

export type DestinationGroup = 'Homeless' | 'Institutional' | 'Temporary' | 'Permanent' | 'Other';

const GROUPS: (SituationGroup & { name: DestinationGroup })[] = [
  {
    name: 'Homeless',
    situations: [
      [D.PlaceNotMeantForHabitation, 'Place not meant for habitation'],
      [D.EmergencyShelter, 'Emergency shelter'],
      [D.SafeHaven, 'Safe Haven'],
    ],
  },
  {
    name: 'Institutional',
    situations: [
      [D.FosterCare, 'Foster care home or foster care group home'],
      [D.Hospital, 'Hospital or other residential non-psychiatric medical facility'],
      [D.JailPrisonJuvenileDetention, 'Jail, prison or juvenile detention facility'],
      [D.LongTermCare, 'Long-term care facility or nursing home'],
      [D.PsychiatricFacility, 'Psychiatric hospital or other psychiatric facility'],
      [D.SubstanceAbuseTreatment, 'Substance abuse treatment facility or detox center'],
    ],
  },
  {
    name: 'Temporary',
    situations: [
      [D.TransitionalHousing, 'Transitional housing for homeless persons'],
      [D.ResidentialProjectNoHomelessCriteria, 'Residential project or halfway house with no homeless criteria'],
      [D.HotelOrMotelWithoutVoucher, 'Hotel or motel paid for without emergency shelter voucher'],
      [D.HostHomeNonCrisis, 'Host Home (non-crisis)'],
      [D.FamilyTemporary, 'Staying or living with family, temporary tenure'],
      [D.FriendsTemporary, 'Staying or living with friends, temporary tenure'],
      [D.HopwaTransitionalHousing, 'Moved from one HOPWA funded project to HOPWA TH'],
    ],
  },
  {
    name: 'Permanent',
    situations: [
      [D.FamilyPermanent, 'Staying or living with family, permanent tenure'],
      [D.FriendsPermanent, 'Staying or living with friends, permanent tenure'],
      [D.HopwaPermanentHousing, 'Moved from one HOPWA funded project to HOPWA PH'],
      [D.RentalByClientNoSubsidy, 'Rental by client, no ongoing housing subsidy'],
      [D.RentalByClientWithSubsidy, 'Rental by client, with ongoing housing subsidy'],
      [D.OwnedByClientWithSubsidy, 'Owned by client, with ongoing housing subsidy'],
      [D.OwnedByClientNoSubsidy, 'Owned by client, no ongoing housing subsidy'],
    ],
  },
];

const GROUP_OF = new Map(GROUPS.flatMap((g) => g.situations.map(([code]) => [code, g.name] as const)));

/** The group of a leaver's destination; anything not listed (no interview, other, deceased, unknown) is Other. */
export function destinationGroup(u: UniverseRow): DestinationGroup {
  return GROUP_OF.get(u.destination ?? Number.NaN) ?? 'Other';
}
export const DESTINATION_GROUPS: DestinationGroup[] = ['Homeless', 'Institutional', 'Temporary', 'Permanent', 'Other'];

/** Destination rows with section headers (blank) and subtotals; `destination` reads each row's. */
export function destinationRows(
  destination: (u: UniverseRow) => number | null,
  columns: number,
): { rows: Line[]; cells: Record<string, Record<number, CellDef>> } {
  const { rows, cells, is, other, header } = situationRows(GROUPS, destination, columns);
  header('Other');
  rows.push(
    { key: 'noInterview', label: 'No exit interview completed', where: is([Destination.NoExitInterviewCompleted]) },
    { key: 'other', label: 'Other', where: is([Destination.Other]) },
    { key: 'deceased', label: 'Deceased', where: is([Destination.Deceased]) },
    { key: 'dkPnta', label: DK_PNTA_LABEL, where: (u) => DK_OR_PNTA.includes(destination(u) ?? Number.NaN) },
    {
      key: 'dnc',
      label: DNC_LABEL,
      where: (u) => destination(u) === null || destination(u) === DATA_NOT_COLLECTED,
    },
    { key: 'Other Subtotal', label: 'Other Subtotal', where: other },
  );
  return { rows, cells };
}

// Positive housing outcomes and destinations excluded from the rate (HUD's classification): for
// street outreach, sheltered, institutional-care and temporary destinations count as positive too.
const PERMANENT = GROUPS[3]?.situations.map(([c]) => c) ?? [];
const OUTREACH_POSITIVE: number[] = [
  D.EmergencyShelter,
  D.SafeHaven,
  D.FosterCare,
  D.PsychiatricFacility,
  D.SubstanceAbuseTreatment,
  D.LongTermCare,
  D.HotelOrMotelWithoutVoucher,
  D.FamilyTemporary,
  D.FriendsTemporary,
  D.TransitionalHousing,
  D.HopwaTransitionalHousing,
  D.HostHomeNonCrisis,
  ...PERMANENT,
];
const OUTREACH_EXCLUDED: number[] = [D.Hospital, D.ResidentialProjectNoHomelessCriteria, Destination.Deceased];
const EXCLUDED: number[] = [D.Hospital, D.FosterCare, D.LongTermCare, Destination.Deceased];

const outreach = (u: UniverseRow) => u.projectType === ProjectType.StreetOutreach;
export const positiveDestination: Pred = (u) =>
  (outreach(u) ? OUTREACH_POSITIVE : PERMANENT).includes(u.destination ?? Number.NaN);
export const excludedDestination: Pred = (u) =>
  (outreach(u) ? OUTREACH_EXCLUDED : EXCLUDED).includes(u.destination ?? Number.NaN);
