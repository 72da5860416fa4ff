// Q6d Data Quality: Chronic Homelessness. Adults and heads of household who started on or after
// 1 October 2016 (when 3.917 took its present form), by the kind of project they entered, with
// the 3.917 answers that leave their chronic status impossible to determine.
import { DATA_NOT_COLLECTED, DK_OR_PNTA, LengthOfStay, NoYes, ProjectType } from '../../../../hud/codes.ts';
import { situationClass } from '../hud-groups.ts';
import { BOTH, blank, type CellDef, type Pred, type RowDef, type TableDef } from '../table/table-def.ts';
import type { UniverseRow } from '../universe/universe-row.ts';
import { adultOrHoH, inDq } from './common.ts';

const SINCE = '2016-10-01';
const unknown = (v: number | null) => v === null || DK_OR_PNTA.includes(v) || v === DATA_NOT_COLLECTED;

const GROUPS: { key: string; label: string; types: number[] }[] = [
  {
    key: 'es',
    label: 'ES-EE, ES-NbN, SH, Street Outreach',
    types: [
      ProjectType.EmergencyShelterEntryExit,
      ProjectType.EmergencyShelterNightByNight,
      ProjectType.SafeHaven,
      ProjectType.StreetOutreach,
    ],
  },
  { key: 'th', label: 'TH', types: [ProjectType.TransitionalHousing] },
  {
    key: 'ph',
    label: 'PH (All)',
    types: [
      ProjectType.PermanentSupportiveHousing,
      ProjectType.HousingOnly,
      ProjectType.HousingWithServices,
      ProjectType.RapidReHousing,
    ],
  },
  { key: 'ce', label: 'CE', types: [ProjectType.CoordinatedEntry] },
  {
    key: 'sso',
    label: 'SSO, Day Shelter, HP',
    types: [ProjectType.ServicesOnly, ProjectType.DayShelter, ProjectType.HomelessnessPrevention],
  },
];
const ES_TYPES = (GROUPS[0] as (typeof GROUPS)[number]).types;

const fromEs = (u: UniverseRow) => ES_TYPES.includes(u.projectType);
const priorClass = (u: UniverseRow) => (u.livingSituation === null ? 'other' : situationClass(u.livingSituation));

const missingInstitution = (u: UniverseRow) =>
  !fromEs(u) && priorClass(u) === 'institutional' && unknown(u.lengthOfStay);
const missingHousing = (u: UniverseRow) =>
  !fromEs(u) && ['temporary', 'permanent', 'other'].includes(priorClass(u)) && unknown(u.lengthOfStay);

// 3.917 C–E are asked when the client came from literal homelessness, or from an institution
// (under 90 days) or other place (under 7 nights) having been on the street or in shelter.
const SHORT_STAYS: number[] = [LengthOfStay.OneNightOrLess, LengthOfStay.TwoToSixNights];
const UNDER_90_DAYS: number[] = [
  ...SHORT_STAYS,
  LengthOfStay.OneWeekToLessThanOneMonth,
  LengthOfStay.OneMonthToLessThan90Days,
];
const asksHistory = (u: UniverseRow) =>
  fromEs(u) ||
  priorClass(u) === 'homeless' ||
  (u.previousStreetESSH === NoYes.Yes &&
    ((priorClass(u) === 'institutional' && UNDER_90_DAYS.includes(u.lengthOfStay ?? -1)) ||
      (priorClass(u) !== 'institutional' && SHORT_STAYS.includes(u.lengthOfStay ?? -1))));
const missingDate = (u: UniverseRow) => asksHistory(u) && u.dateToStreetESSH === null;
const missingTimes = (u: UniverseRow) => asksHistory(u) && unknown(u.timesHomeless);
const missingMonths = (u: UniverseRow) => asksHistory(u) && unknown(u.monthsHomeless);
const anyMissing: Pred = (u) =>
  missingInstitution(u) || missingHousing(u) || missingDate(u) || missingTimes(u) || missingMonths(u);

const percentOf = (key: string): CellDef => ({
  kind: 'formula',
  format: 'rate',
  rowsOf: { row: key, col: 0 },
  compute: (get) => {
    const total = get('', key, 0) ?? 0;
    return total ? (get('', `${key}:unable`, 0) ?? 0) / total : 0;
  },
});

function groupRow(key: string, label: string, where: Pred | undefined, es: boolean): RowDef {
  return {
    key,
    label,
    where,
    cells: [
      { kind: 'count' },
      es ? blank : { kind: 'count', where: missingInstitution },
      es ? blank : { kind: 'count', where: missingHousing },
      { kind: 'count', where: missingDate },
      { kind: 'count', where: missingTimes },
      { kind: 'count', where: missingMonths },
      percentOf(key),
    ],
  };
}

const inGroup =
  (types: number[]): Pred =>
  (u) =>
    types.includes(u.projectType);
const ALL_TYPES = GROUPS.flatMap((g) => g.types);

// Each shown row has a hidden companion counting its records unable to calculate, for the rate.
const unableRow = (key: string, types: number[]): RowDef => ({
  key: `${key}:unable`,
  label: `${key} unable to calculate`,
  hidden: true,
  where: (u, run) => inGroup(types)(u, run) && anyMissing(u, run),
  cells: [{ kind: 'count' }],
});

export const q06d: TableDef = {
  id: 'Q6d',
  title: 'Data Quality: Chronic Homelessness',
  reports: BOTH,
  rowLabels: true,
  universe: (u, run) => inDq(u, run) && adultOrHoH(u, run) && u.entryDate >= SINCE,
  header: () => [
    'Entering into project type',
    'Count of total records',
    'Missing time in institution (3.917.2)',
    'Missing time in housing (3.917.2)',
    'Approximate Date started (3.917.3) Missing',
    'Number of times (3.917.4) DK/PNTA/missing',
    'Number of months (3.917.5) DK/PNTA/missing',
    '% of records unable to calculate',
  ],
  rows: () => [
    ...GROUPS.map((g, i) => groupRow(g.key, g.label, inGroup(g.types), i === 0)),
    {
      key: 'total',
      label: 'Total',
      where: inGroup(ALL_TYPES),
      cells: [{ kind: 'count' }, blank, blank, blank, blank, blank, percentOf('total')],
    },
    ...GROUPS.map((g) => unableRow(g.key, g.types)),
    unableRow('total', ALL_TYPES),
  ],
};
