// Lengths of time the Q22 tables group: length of participation (bed nights for night-by-night
// shelters), project start to housing move-in, and homelessness start (3.917.3) to housing.
import { ProjectType } from '../../../../hud/codes.ts';
import { MOVE_IN_TYPES } from '../hud-groups.ts';
import type { Line, Pred, RunInfo } from '../table/table-def.ts';
import type { UniverseRow } from '../universe/universe-row.ts';
import { daysBetween } from './common.ts';

/** Days in the project; for night-by-night shelters the nights with a bed night (from the universe). */
export function lengthOfParticipation(u: UniverseRow): number {
  return u.participationDays;
}

type Range = [label: string, min: number, max: number];
const MORE = Number.POSITIVE_INFINITY;

const WEEKS: Range[] = [
  ['0 to 7 days', 0, 7],
  ['8 to 14 days', 8, 14],
  ['15 to 21 days', 15, 21],
  ['22 to 30 days', 22, 30],
];
const MONTHS: Range[] = [
  ['31 to 60 days', 31, 60],
  ['61 to 90 days', 61, 90],
  ['91 to 180 days', 91, 180],
  ['181 to 365 days', 181, 365],
  ['366 to 730 days (1-2 Yrs)', 366, 730],
];
const YEARS: Range[] = [
  ['731 to 1,095 days (2-3 Yrs)', 731, 1095],
  ['1,096 to 1,460 days (3-4 Yrs)', 1096, 1460],
  ['1,461 to 1,825 days (4-5 Yrs)', 1461, 1825],
  ['More than 1,825 days (> 5 Yrs)', 1826, MORE],
];

/** The day ranges of each Q22 table. */
export const DAY_RANGES = {
  /** Q22a1 (APR length of participation). */
  apr: [['30 days or less', 0, 30] as Range, ...MONTHS, ...YEARS],
  /** Q22a2 (CAPER length of participation). */
  caper: [...WEEKS, ...MONTHS, ...YEARS],
  /** Q22c (start to move-in). */
  toMoveIn: [...WEEKS, ...MONTHS],
  /** Q22d and Q22e. */
  upTo731: [...WEEKS, ...MONTHS, ['731 days or more', 731, MORE] as Range],
};

/** One row per range, counting the rows whose `days` fall in it. */
export function dayRangeRows(ranges: Range[], days: (u: UniverseRow, run: RunInfo) => number | null): Line[] {
  return ranges.map(([label, min, max]) => ({
    label,
    where: (u, run) => {
      const d = days(u, run);
      return d !== null && d >= min && d <= max;
    },
  }));
}

const inPeriod = (d: string | null, run: RunInfo) => d !== null && d >= run.startDate && d <= run.endDate;
const isPermanentHousing = (u: UniverseRow) => MOVE_IN_TYPES.includes(u.projectType);

/** PSH/RRH clients whose household moved in during the period (Q22c). */
export const householdMovedInDuringPeriod: Pred = (u, run) => isPermanentHousing(u) && inPeriod(u.hohMoveInDate, run);
/** PSH/RRH leavers whose household never moved in. */
export const exitedWithoutMoveIn: Pred = (u) => isPermanentHousing(u) && u.leaver && u.hohMoveInDate === null;

/** Project start to the household's move-in (0 for members who joined after it). */
export function daysToMoveIn(u: UniverseRow): number | null {
  if (!u.hohMoveInDate) return null;
  return u.hohMoveInDate <= u.entryDate ? 0 : daysBetween(u.entryDate, u.hohMoveInDate);
}

/** Project types whose clients are housed once there (Q22e, Q22g): shelters, TH, safe havens, PH. */
const HOUSING_TYPES: number[] = [
  ProjectType.EmergencyShelterEntryExit,
  ProjectType.EmergencyShelterNightByNight,
  ProjectType.TransitionalHousing,
  ProjectType.SafeHaven,
  ...MOVE_IN_TYPES,
];
export const inHousingProject: Pred = (u) => HOUSING_TYPES.includes(u.projectType);

export type PriorToHousing = { status: 'housed' | 'not_yet' | 'dnc'; days: number | null };

/**
 * Days from when homelessness started (3.917.3; for a child who entered with the head of
 * household, theirs) to housing: project start, or the move-in date in permanent housing.
 */
export function priorToHousing(u: UniverseRow, run: RunInfo): PriorToHousing {
  const housed = isPermanentHousing(u) ? u.moveInDate : u.entryDate;
  if (!housed || housed > run.endDate) return { status: 'not_yet', days: null };
  const child = u.age !== null && u.age < 18;
  const started = child
    ? u.entryDate === u.hohEntryDate
      ? u.hohDateToStreetESSH
      : null
    : u.dateToStreetESSH !== null && u.dateToStreetESSH <= u.entryDate
      ? u.dateToStreetESSH
      : null;
  if (!started || started > housed) return { status: 'dnc', days: null };
  return { status: 'housed', days: daysBetween(started, housed) };
}
