// The prior living situation (3.917.1) layout Q15 and Q27d share: HUD's situations grouped as
// homeless, institutional, temporary and permanent, each with a subtotal, then the other answers.
import { DK_OR_PNTA, LivingSituation as L } from '../../../../hud/codes.ts';
import type { CellDef, Line, Pred } from '../table/table-def.ts';
import type { UniverseRow } from '../universe/universe-row.ts';
import { DK_PNTA_LABEL, DNC_LABEL } from './common.ts';
import { type SituationGroup, situationRows } from './situation-rows.ts';

const GROUPS: SituationGroup[] = [
  {
    name: 'Homeless',
    situations: [
      [L.PlaceNotMeantForHabitation, 'Place not meant for habitation'],
      [L.EmergencyShelter, 'Emergency shelter'],
      [L.SafeHaven, 'Safe Haven'],
    ],
  },
  {
    name: 'Institutional',
    situations: [
      [L.FosterCare, 'Foster care home or foster care group home'],
      [L.Hospital, 'Hospital or other residential non-psychiatric medical facility'],
      [L.JailPrisonJuvenileDetention, 'Jail, prison or juvenile detention facility'],
      [L.LongTermCare, 'Long-term care facility or nursing home'],
      [L.PsychiatricFacility, 'Psychiatric hospital or other psychiatric facility'],
      [L.SubstanceAbuseTreatment, 'Substance abuse treatment facility or detox center'],
    ],
  },
  {
    name: 'Temporary',
    situations: [
      [L.TransitionalHousing, 'Transitional housing for homeless persons'],
      [L.ResidentialProjectNoHomelessCriteria, 'Residential project or halfway house with no homeless criteria'],
      [L.HotelOrMotelWithoutVoucher, 'Hotel or motel paid for without emergency shelter voucher'],
      [L.HostHomeNonCrisis, 'Host Home (non-crisis)'],
      [L.FriendsPlace, 'Staying or living in a friend’s room, apartment or house'],
      [L.FamilyMembersPlace, 'Staying or living in a family member’s room, apartment or house'],
    ],
  },
  {
    name: 'Permanent',
    situations: [
      [L.RentalByClientNoSubsidy, 'Rental by client, no ongoing housing subsidy'],
      [L.RentalByClientWithSubsidy, 'Rental by client, with ongoing housing subsidy'],
      [L.OwnedByClientWithSubsidy, 'Owned by client, with ongoing housing subsidy'],
      [L.OwnedByClientNoSubsidy, 'Owned by client, no ongoing housing subsidy'],
    ],
  },
];

/** The rows, a situation read from each universe row by `situation`; header rows are blank. */
export function livingSituationRows(
  situation: (u: UniverseRow) => number | null,
  columns: number,
): { rows: Line[]; cells: Record<string, Record<number, CellDef>> } {
  const { rows, cells, other } = situationRows(GROUPS, situation, columns);
  const dk: Pred = (u) => DK_OR_PNTA.includes(situation(u) ?? Number.NaN);
  rows.push(
    { key: 'dkPnta', label: DK_PNTA_LABEL, where: dk },
    { key: 'dnc', label: DNC_LABEL, where: (u, run) => other(u, run) && !dk(u, run) },
    { key: 'Other Subtotal', label: 'Other Subtotal', where: other },
    { key: 'total', label: 'Total' },
  );
  return { rows, cells };
}
