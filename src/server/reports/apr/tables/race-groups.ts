// The race and ethnicity columns of Q22f, Q22g and Q23e: each single answer, at least one race
// and Hispanic/Latina/o, more than one race without it, and unknown.
import { NoYes } from '../../../../hud/codes.ts';
import type { Line } from '../table/table-def.ts';
import type { UniverseRow } from '../universe/universe-row.ts';
import { RACES } from './q12-race-and-ethnicity.ts';

const chosen = (u: UniverseRow) => RACES.filter((r) => u.race[r.key] === NoYes.Yes);

export const RACE_GROUP_COLUMNS: readonly Line[] = [
  ...RACES.map((r) => ({
    label: r.label,
    where: (u: UniverseRow) => {
      const c = chosen(u);
      return c.length === 1 && c[0]?.key === r.key;
    },
  })),
  {
    label: 'At Least 1 Race and Hispanic/Latina/o',
    where: (u) => chosen(u).length > 1 && u.race.hispanicLatinaeo === NoYes.Yes,
  },
  {
    label: 'Multi-racial (does not include Hispanic/Latina/o)',
    where: (u) => chosen(u).length > 1 && u.race.hispanicLatinaeo !== NoYes.Yes,
  },
  {
    label: 'Unknown (Doesn’t Know, Prefers not to Answer, Data not Collected)',
    where: (u) => chosen(u).length === 0,
  },
];
