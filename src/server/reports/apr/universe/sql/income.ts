// Income and benefits at project start, at the annual assessment and at exit (4.02–4.04) for each
// client's reported enrollment. Start: the project-start record dated the start date; exit: the
// exit record dated the exit date; annual: the latest annual-assessment record within 30 days of
// the head of household's anniversary (HMIS Reporting Glossary).
//
// Total income follows the Glossary's "Determining Total and Earned Income": the recorded monthly
// total when positive, else the sum of the positive amounts of the sources marked Yes, else zero
// when the client said "no income" (or gave no positive total while answering Yes); unknown
// otherwise. Sources, benefits and insurances are kept as bit sets in the order of the lists
// below, so a row stays small on a large CoC.
import { DataCollectionStage, NoYes } from '../../../../../hud/codes.ts';

export type IncomeStage = 'start' | 'annual' | 'exit';
export const INCOME_STAGES: readonly IncomeStage[] = ['start', 'annual', 'exit'];

/** 4.02 income sources: the flag column and its amount column, in HUD's order. */
export const INCOME_SOURCES = [
  { key: 'earned', amount: 'earned_amount' },
  { key: 'unemployment', amount: 'unemployment_amount' },
  { key: 'ssi', amount: 'ssi_amount' },
  { key: 'ssdi', amount: 'ssdi_amount' },
  { key: 'va_disability_service', amount: 'va_disability_service_amount' },
  { key: 'va_disability_non_service', amount: 'va_disability_non_service_amount' },
  { key: 'private_disability', amount: 'private_disability_amount' },
  { key: 'workers_comp', amount: 'workers_comp_amount' },
  { key: 'tanf', amount: 'tanf_amount' },
  { key: 'ga', amount: 'ga_amount' },
  { key: 'soc_sec_retirement', amount: 'soc_sec_retirement_amount' },
  { key: 'pension', amount: 'pension_amount' },
  { key: 'child_support', amount: 'child_support_amount' },
  { key: 'alimony', amount: 'alimony_amount' },
  { key: 'other_income_source', amount: 'other_income_amount' },
] as const;
export type IncomeSource = (typeof INCOME_SOURCES)[number]['key'];

/** 4.03 non-cash benefits. */
export const BENEFITS = [
  'snap',
  'wic',
  'tanf_child_care',
  'tanf_transportation',
  'other_tanf',
  'other_benefits_source',
] as const;
export type Benefit = (typeof BENEFITS)[number];

/** 4.04 health insurance. */
export const INSURANCES = [
  'medicaid',
  'medicare',
  'schip',
  'vha_services',
  'employer_provided',
  'cobra',
  'private_pay',
  'state_health_ins',
  'indian_health_services',
  'other_insurance',
] as const;
export type Insurance = (typeof INSURANCES)[number];

const bits = (columns: readonly string[]) =>
  columns.map((c, i) => `(CASE WHEN ib.${c} = ${NoYes.Yes} THEN ${2 ** i} ELSE 0 END)`).join(' | ');

const positive = (flag: string, amount: string) =>
  `(CASE WHEN ib.${flag} = ${NoYes.Yes} AND ib.${amount} > 0 THEN ib.${amount} ELSE 0 END)`;

const combined = INCOME_SOURCES.map((s) => positive(s.key, s.amount)).join(' + ');

// One income record with what the tables need of it.
const incomeRecord = `
  ib.enrollment_id, ib.information_date, ib.data_collection_stage, ib.date_updated,
  ib.income_from_any_source AS ifas,
  CASE WHEN ib.total_monthly_income > 0 THEN ib.total_monthly_income
       WHEN (${combined}) > 0 THEN (${combined})
       WHEN ib.income_from_any_source = ${NoYes.No}
         OR (ib.total_monthly_income <= 0 AND (ib.income_from_any_source IS NULL OR ib.income_from_any_source = ${NoYes.Yes}))
         THEN 0
  END AS total,
  ${positive('earned', 'earned_amount')} AS earned,
  (${bits(INCOME_SOURCES.map((s) => s.key))}) AS sources,
  ib.benefits_from_any_source AS bfas, (${bits(BENEFITS)}) AS benefits,
  ib.insurance_from_any_source AS insfas, (${bits(INSURANCES)}) AS insurances`;

export const incomeCtes = `
inc AS (
  SELECT ${incomeRecord}
  FROM income_benefits ib
  JOIN recent r ON r.enrollment_id = ib.enrollment_id
  WHERE ib.enrollment_id = ANY($4::varchar[]) AND ib.date_deleted IS NULL
),
inc_start AS (
  SELECT DISTINCT ON (i.enrollment_id) i.*
  FROM inc i JOIN recent r ON r.enrollment_id = i.enrollment_id
  WHERE i.data_collection_stage = ${DataCollectionStage.ProjectStart} AND i.information_date = r.entry_date
  ORDER BY i.enrollment_id, i.date_updated DESC
),
inc_annual AS (
  SELECT DISTINCT ON (i.enrollment_id) i.*
  FROM inc i JOIN recent r ON r.enrollment_id = i.enrollment_id
  WHERE i.data_collection_stage = ${DataCollectionStage.Annual}
    AND i.information_date BETWEEN r.annual_due - 30 AND r.annual_due + 30
  ORDER BY i.enrollment_id, i.information_date DESC, i.date_updated DESC
),
inc_exit AS (
  SELECT DISTINCT ON (i.enrollment_id) i.*
  FROM inc i JOIN recent r ON r.enrollment_id = i.enrollment_id
  WHERE i.data_collection_stage = ${DataCollectionStage.ProjectExit} AND i.information_date = r.exit_date
  ORDER BY i.enrollment_id, i.date_updated DESC
)`;

/** The universe columns of one stage's record: `start_ifas`, `start_total`, … */
export const incomeColumns = (stage: IncomeStage, alias: string) => `
  ${alias}.information_date::text AS ${stage}_income_date, ${alias}.ifas AS ${stage}_ifas,
  ${alias}.total::float8 AS ${stage}_total, ${alias}.earned::float8 AS ${stage}_earned, ${alias}.sources AS ${stage}_sources,
  ${alias}.bfas AS ${stage}_bfas, ${alias}.benefits AS ${stage}_benefits,
  ${alias}.insfas AS ${stage}_insfas, ${alias}.insurances AS ${stage}_insurances`;
