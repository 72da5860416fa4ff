// Income as the income tables (Q16–Q19, Q25–Q27) read it: the record of a stage, its total band,
// and whether an annual assessment was due (HMIS Reporting Glossary, "Determining Total and
// Earned Income" and "Annual Assessment").
import { DK_OR_PNTA, NoYes } from '../../../../hud/codes.ts';
import type { IncomeStage } from '../universe/sql/income.ts';
import type { IncomeAt, UniverseRow } from '../universe/universe-row.ts';

export type IncomeBand =
  | 'none'
  | '1-150'
  | '151-250'
  | '251-500'
  | '501-1000'
  | '1001-1500'
  | '1501-2000'
  | '2001+'
  | 'dk_pnta'
  | 'dnc'
  | 'annual_not_required'
  | 'annual_missing';

export const BANDS: { band: IncomeBand; label: string; max: number }[] = [
  { band: 'none', label: 'No Income', max: 0 },
  { band: '1-150', label: '$1 - $150', max: 150 },
  { band: '151-250', label: '$151 - $250', max: 250 },
  { band: '251-500', label: '$251 - $500', max: 500 },
  { band: '501-1000', label: '$501 - $1,000', max: 1000 },
  { band: '1001-1500', label: '$1,001 - $1,500', max: 1500 },
  { band: '1501-2000', label: '$1,501 - $2,000', max: 2000 },
  { band: '2001+', label: '$2,001+', max: Number.POSITIVE_INFINITY },
];

/** An annual assessment is due of stayers whose head of household has been in the project a year. */
export const annualRequired = (u: UniverseRow) => u.stayer && u.annualDue !== null;

export function incomeAt(u: UniverseRow, stage: IncomeStage): IncomeAt | null {
  return u.income[stage];
}

/** The band of a stage's total income; for the annual stage, whether it was due or is missing. */
export function incomeBand(u: UniverseRow, stage: IncomeStage): IncomeBand {
  if (stage === 'annual') {
    if (!annualRequired(u)) return 'annual_not_required';
    if (!u.income.annual) return 'annual_missing';
  }
  const r = u.income[stage];
  if (r === null || r.total === null) {
    return r?.incomeFromAnySource != null && DK_OR_PNTA.includes(r.incomeFromAnySource) ? 'dk_pnta' : 'dnc';
  }
  return (BANDS.find((b) => (r.total as number) <= b.max) as (typeof BANDS)[number]).band;
}

/** HUD's Q17/Q25/Q26 rows for the 4.02 sources, in the order of `INCOME_SOURCES`. */
export const INCOME_SOURCE_LABELS = [
  'Earned Income',
  'Unemployment Insurance',
  'Supplemental Security Income (SSI)',
  'Social Security Disability Insurance (SSDI)',
  'VA Service – Connected Disability Compensation',
  'VA Non-Service Connected Disability Pension',
  'Private Disability Insurance',
  'Worker’s Compensation',
  'Temporary Assistance for Needy Families (TANF)',
  'General Assistance (GA)',
  'Retirement Income from Social Security',
  'Pension or retirement income from a former job',
  'Child Support',
  'Alimony and other spousal support',
  'Other Source',
];

/** The record of a stage answers "income from any source" with Yes or No. */
export const answeredIncome = (r: IncomeAt | null) =>
  r !== null && (r.incomeFromAnySource === NoYes.No || r.incomeFromAnySource === NoYes.Yes);

/** Adults whose income was recorded (Yes or No) both at start and at the annual assessment / exit. */
export const incomeInformationAtStartAnd = (u: UniverseRow, stage: 'annual' | 'exit') =>
  answeredIncome(u.income.start) && answeredIncome(u.income[stage]);

export type IncomeCategory = 'earned_only' | 'other_only' | 'earned_and_other' | 'none' | 'dk_pnta' | 'missing';

/** Q18's categories: earned income only, other income only, both, none, or unknown. */
export function incomeCategory(r: IncomeAt | null): IncomeCategory {
  if (r === null || r.total === null) {
    return r?.incomeFromAnySource != null && DK_OR_PNTA.includes(r.incomeFromAnySource) ? 'dk_pnta' : 'missing';
  }
  if (r.earned > 0) return r.earned >= r.total ? 'earned_only' : 'earned_and_other';
  return r.total > 0 ? 'other_only' : 'none';
}
