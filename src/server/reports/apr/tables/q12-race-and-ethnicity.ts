// Q12 Race and Ethnicity: each single answer, each pair of answers, more than two (with or
// without Hispanic/Latina/o), don't know / prefers not to answer, not collected.
import { DK_OR_PNTA, hudLists, NoYes } from '../../../../hud/codes.ts';
import { BOTH, crossTable, type Line } from '../table/table-def.ts';
import type { UniverseRow } from '../universe/universe-row.ts';
import { DK_PNTA_LABEL, DNC_LABEL, HOUSEHOLD_COLUMNS } from './common.ts';

type RaceKey = keyof UniverseRow['race'];

/** The race and ethnicity answers (3.04) in HUD's order, with HUD's labels. */
export const RACES: { key: RaceKey; label: string }[] = [
  { key: 'amIndAKNative', label: hudLists.Race.values.AmIndAKNative },
  { key: 'asian', label: hudLists.Race.values.Asian },
  { key: 'blackAfAmerican', label: hudLists.Race.values.BlackAfAmerican },
  { key: 'hispanicLatinaeo', label: hudLists.Race.values.HispanicLatinaeo },
  { key: 'midEastNAfrican', label: hudLists.Race.values.MidEastNAfrican },
  { key: 'nativeHIPacific', label: hudLists.Race.values.NativeHIPacific },
  { key: 'white', label: hudLists.Race.values.White },
];

// The answers a client chose as bits (one per race in RACES' order), and how many they chose:
// each of the table's 32 rows tests every client, so no arrays are built per test.
export const chosenBits = (u: UniverseRow) => {
  let bits = 0;
  for (let i = 0; i < RACES.length; i++)
    if (u.race[(RACES[i] as (typeof RACES)[number]).key] === NoYes.Yes) bits |= 1 << i;
  return bits;
};
export const bitOf = (key: RaceKey) => 1 << RACES.findIndex((r) => r.key === key);
export const chosenCount = (u: UniverseRow) => {
  let n = 0;
  for (let bits = chosenBits(u); bits; bits &= bits - 1) n++;
  return n;
};
const exactly = (keys: RaceKey[]) => {
  const want = keys.reduce((bits, k) => bits | bitOf(k), 0);
  return (u: UniverseRow) => chosenBits(u) === want;
};

const pairs: Line[] = RACES.flatMap((a, i) =>
  RACES.slice(i + 1).map((b) => ({ label: `${a.label} & ${b.label}`, where: exactly([a.key, b.key]) })),
);

export const q12 = crossTable({
  id: 'Q12',
  title: 'Race and Ethnicity',
  reports: BOTH,
  columns: HOUSEHOLD_COLUMNS,
  rows: [
    ...RACES.map((r) => ({ label: r.label, where: exactly([r.key]) })),
    ...pairs,
    {
      key: 'multiHispanic',
      label: 'Multiracial – more than 2 races/ethnicity, with one being Hispanic/Latina/o',
      where: (u) => chosenCount(u) > 2 && u.race.hispanicLatinaeo === NoYes.Yes,
    },
    {
      key: 'multiNotHispanic',
      label: 'Multiracial – more than 2 races, where no option is Hispanic/Latina/o',
      where: (u) => chosenCount(u) > 2 && u.race.hispanicLatinaeo !== NoYes.Yes,
    },
    {
      key: 'dkPnta',
      label: DK_PNTA_LABEL,
      where: (u) => chosenCount(u) === 0 && u.raceNone !== null && DK_OR_PNTA.includes(u.raceNone),
    },
    {
      key: 'dnc',
      label: DNC_LABEL,
      where: (u) => chosenCount(u) === 0 && (u.raceNone === null || !DK_OR_PNTA.includes(u.raceNone)),
    },
    { key: 'total', label: 'Total' },
  ],
});
