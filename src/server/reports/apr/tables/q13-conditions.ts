// What the Q13 tables share: physical and mental health conditions (4.05–4.10) recorded at start
// (Q13a), at exit for leavers (Q13b), or on the latest record for stayers (Q13c), by household
// type with adults and children of families apart.
import { DK_OR_PNTA, NoYes } from '../../../../hud/codes.ts';
import type { Line } from '../table/table-def.ts';
import { DISABILITY_BITS } from '../universe/sql/details.ts';
import type { UniverseRow } from '../universe/universe-row.ts';
import { DK_PNTA_LABEL, DNC_LABEL } from './common.ts';

export type ConditionsAt = (u: UniverseRow) => number | null;
export const atStart: ConditionsAt = (u) => u.disabilitiesAtStart;
export const atExit: ConditionsAt = (u) => u.disabilitiesAtExit;
export const latest: ConditionsAt = (u) => u.disabilitiesLatest;

const has = (at: ConditionsAt, bit: number) => (u: UniverseRow) => ((at(u) ?? 0) & bit) !== 0;

export const conditionRows = (at: ConditionsAt): Line[] => [
  { label: 'Mental Health Disorder', where: has(at, DISABILITY_BITS.mentalHealth) },
  { label: 'Alcohol Use Disorder', where: has(at, DISABILITY_BITS.alcohol) },
  { label: 'Drug Use Disorder', where: has(at, DISABILITY_BITS.drug) },
  { label: 'Both Alcohol and Drug Use Disorders', where: has(at, DISABILITY_BITS.alcoholAndDrug) },
  { label: 'Chronic Health Condition', where: has(at, DISABILITY_BITS.chronicHealth) },
  { label: 'HIV/AIDS', where: has(at, DISABILITY_BITS.hivAids) },
  { label: 'Developmental Disability', where: has(at, DISABILITY_BITS.developmental) },
  { label: 'Physical Disability', where: has(at, DISABILITY_BITS.physical) },
];

/** Conditions counted: "both alcohol and drug use" is two. */
export function conditionCount(bits: number | null): number {
  const b = bits ?? 0;
  let n = 0;
  for (const bit of ALL_BITS) if (b & bit) n += bit === DISABILITY_BITS.alcoholAndDrug ? 2 : 1;
  return n;
}
const ALL_BITS = Object.values(DISABILITY_BITS);

const count = (at: ConditionsAt, test: (n: number) => boolean) => (u: UniverseRow) => test(conditionCount(at(u)));
const noConditions = (at: ConditionsAt, test: (dc: number) => boolean) => (u: UniverseRow) =>
  conditionCount(at(u)) === 0 && test(u.disablingCondition);

export const conditionCountRows = (at: ConditionsAt): Line[] => [
  { key: 'none', label: 'None', where: noConditions(at, (dc) => dc === NoYes.No) },
  { key: 'one', label: 'One Condition', where: count(at, (n) => n === 1) },
  { key: 'two', label: 'Two Conditions', where: count(at, (n) => n === 2) },
  { key: 'threeOrMore', label: 'Three or More Conditions', where: count(at, (n) => n >= 3) },
  // Disabling condition Yes, but no condition recorded.
  { key: 'unknown', label: 'Unknown', where: noConditions(at, (dc) => dc === NoYes.Yes) },
  { key: 'dkPnta', label: DK_PNTA_LABEL, where: noConditions(at, (dc) => DK_OR_PNTA.includes(dc)) },
  {
    key: 'dnc',
    label: DNC_LABEL,
    where: noConditions(at, (dc) => dc !== NoYes.No && dc !== NoYes.Yes && !DK_OR_PNTA.includes(dc)),
  },
  { key: 'total', label: 'Total' },
];
