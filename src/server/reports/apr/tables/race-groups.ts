// The race and ethnicity columns of Q22f, Q22g and Q23e: each single answer, at least one race
// and Hispanic/Latina/o, more than one race without it, and unknown.
import { NoYes } from '../../../../hud/codes.ts';
import type { Line } from '../table/table-def.ts';
import type { UniverseRow } from '../universe/universe-row.ts';
import { bitOf, chosenBits, chosenCount, RACES } from './q12-race-and-ethnicity.ts';

export const RACE_GROUP_COLUMNS: readonly Line[] = [
  ...RACES.map((r) => ({
    label: r.label,
    where: (
      (bit) => (u: UniverseRow) =>
        chosenBits(u) === bit
    )(bitOf(r.key)),
  })),
  {
    label: 'At Least 1 Race and Hispanic/Latina/o',
    where: (u) => chosenCount(u) > 1 && u.race.hispanicLatinaeo === NoYes.Yes,
  },
  {
    label: 'Multi-racial (does not include Hispanic/Latina/o)',
    where: (u) => chosenCount(u) > 1 && u.race.hispanicLatinaeo !== NoYes.Yes,
  },
  {
    label: 'Unknown (Doesn’t Know, Prefers not to Answer, Data not Collected)',
    where: (u) => chosenCount(u) === 0,
  },
];
