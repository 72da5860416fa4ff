// Filters and column sets that many APR/CAPER tables share, named as the specifications name them.
import type { Line, Pred } from '../table/table-def.ts';

export const isAdult: Pred = (u) => u.ageGroup === 'adult';
export const isChild: Pred = (u) => u.ageGroup === 'child';
export const ageDkPnta: Pred = (u) => u.ageGroup === 'dk_pnta';
export const ageDnc: Pred = (u) => u.ageGroup === 'dnc';
export const ageUnknown: Pred = (u) => u.ageGroup === 'dk_pnta' || u.ageGroup === 'dnc';
export const isHoH: Pred = (u) => u.headOfHousehold;
export const adultOrHoH: Pred = (u) => u.ageGroup === 'adult' || u.headOfHousehold;
export const leaver: Pred = (u) => u.leaver;
export const stayer: Pred = (u) => u.stayer;
export const inDq: Pred = (u) => u.includedInDq;

// Tables ask for the day after the report end once per client: the last answer is kept.
let lastDay = '';
let lastNext = '';
export function nextDay(date: string): string {
  if (date !== lastDay) {
    lastNext = new Date(Date.parse(date) + 86_400_000).toISOString().slice(0, 10);
    lastDay = date;
  }
  return lastNext;
}

/** Whole days between two yyyy-mm-dd dates. */
export const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

/** HUD's household-type columns: Total, then one per household type. */
export const HOUSEHOLD_COLUMNS: readonly Line[] = [
  { label: 'Total' },
  { label: 'Without Children', where: (u) => u.householdType === 'adults_only' },
  { label: 'With Children and Adults', where: (u) => u.householdType === 'adults_and_children' },
  { label: 'With Only Children', where: (u) => u.householdType === 'children_only' },
  { label: 'Unknown Household Type', where: (u) => u.householdType === 'unknown' },
];

/** The household-type columns with "with children and adults" split into its adults and children. */
export const HOUSEHOLD_COLUMNS_SPLIT: readonly Line[] = [
  { label: 'Total' },
  { label: 'Without Children', where: (u) => u.householdType === 'adults_only' },
  {
    label: 'Adults in HH with Children and Adults',
    where: (u) => u.householdType === 'adults_and_children' && u.ageGroup === 'adult',
  },
  {
    label: 'Children in HH with Children and Adults',
    where: (u) => u.householdType === 'adults_and_children' && u.ageGroup === 'child',
  },
  { label: 'With Only Children', where: (u) => u.householdType === 'children_only' },
  { label: 'Unknown Household Type', where: (u) => u.householdType === 'unknown' },
];

export const DK_PNTA_LABEL = 'Client Doesn’t Know/Prefers Not to Answer';
export const DNC_LABEL = 'Data Not Collected';

/** The household-type columns without "with only children" (tables of adults: Q25). */
export const ADULT_HOUSEHOLD_COLUMNS: readonly Line[] = HOUSEHOLD_COLUMNS.filter(
  (c) => c.label !== 'With Only Children',
);
