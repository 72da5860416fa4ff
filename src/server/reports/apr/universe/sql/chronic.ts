// Chronic homelessness at project start (HMIS Reporting Glossary), per enrollment and then for
// the household. Values: 'yes', 'no', 'dk_pnta' (client doesn't know / prefers not to answer),
// 'missing' (data not collected).
//
// A person is chronically homeless at start when disabled (3.08 = Yes, or a disability recorded
// at start that is long-lasting) and homeless for a year: the project is itself literal
// homelessness (ES, SH, SO) or they came from a homeless situation, or from an institution /
// other place after a short stay (3.917 B/C) having been on the street or in shelter the night
// before; then since 3.917.3 at least a year before start, or four or more times in three years
// adding up to 12 months or more.
//
// Household members present at the household's start share its status: anyone chronically
// homeless makes them all so; a child takes "no" from the head of household or an adult; when
// the heads and adults are all unknown, the head of household's answer is used.
import {
  DisabilityResponse,
  DisabilityType,
  DK_OR_PNTA,
  MonthsHomeless,
  NoYes,
  TimesHomeless,
} from '../../../../../hud/codes.ts';
import { LITERALLY_HOMELESS_PROJECT_TYPES, situationsIn, sqlList } from '../../hud-groups.ts';

const DK = sqlList(DK_OR_PNTA);
const HOMELESS = sqlList(situationsIn('PriorLivingSituation', 'homeless'));

// DisabilityResponse "Yes" (1), and for substance use any of alcohol, drugs or both.
const longLastingDisability = `
  (d.disability_response = ${NoYes.Yes}
    OR (d.disability_type = ${DisabilityType.SubstanceUseDisorder}
        AND d.disability_response IN (${DisabilityResponse.DrugUse}, ${DisabilityResponse.BothAlcoholAndDrugUse})))
  AND (d.disability_type IN (${DisabilityType.DevelopmentalDisability}, ${DisabilityType.HivAids})
    OR (d.disability_type IN (${DisabilityType.PhysicalDisability}, ${DisabilityType.ChronicHealthCondition},
                              ${DisabilityType.MentalHealthDisorder}, ${DisabilityType.SubstanceUseDisorder})
        AND d.indefinite_and_impairs = ${NoYes.Yes}))`;

// 3.917.3–5 once the person is known to have been homeless the night before.
const homelessHistory = `
  CASE WHEN m.date_to_street_essh IS NOT NULL AND m.date_to_street_essh <= (m.entry_date - interval '1 year')::date THEN 'yes'
       WHEN m.times_homeless_past_three_years = ${TimesHomeless.FourOrMore} THEN
         CASE WHEN m.months_homeless_past_three_years >= ${MonthsHomeless.Twelve} THEN 'yes'
              WHEN m.months_homeless_past_three_years BETWEEN ${MonthsHomeless.One} AND ${MonthsHomeless.Eleven} THEN 'no'
              WHEN m.months_homeless_past_three_years IN (${DK}) THEN 'dk_pnta'
              ELSE 'missing' END
       WHEN m.times_homeless_past_three_years IN (${TimesHomeless.One}, ${TimesHomeless.Two}, ${TimesHomeless.Three}) THEN 'no'
       WHEN m.times_homeless_past_three_years IN (${DK}) THEN 'dk_pnta'
       ELSE 'missing' END`;

export const chronicCtes = `
disabled_at_start AS (
  SELECT DISTINCT d.enrollment_id
  FROM disabilities d
  JOIN enr ON enr.enrollment_id = d.enrollment_id
  WHERE d.enrollment_id = ANY($4::varchar[]) AND d.date_deleted IS NULL AND d.data_collection_stage = 1
    AND ${longLastingDisability}
),
ch_person AS (
  SELECT m.enrollment_id,
    CASE
      WHEN NOT (m.disabling_condition = ${NoYes.Yes} OR das.enrollment_id IS NOT NULL) THEN
        CASE WHEN m.disabling_condition = ${NoYes.No} THEN 'no'
             WHEN m.disabling_condition IN (${DK}) THEN 'dk_pnta'
             ELSE 'missing' END
      WHEN m.project_type IN (${sqlList(LITERALLY_HOMELESS_PROJECT_TYPES)}) OR m.living_situation IN (${HOMELESS})
        THEN ${homelessHistory}
      WHEN m.living_situation IS NULL THEN 'missing'
      WHEN m.los_under_threshold IS NULL THEN 'missing'
      WHEN m.los_under_threshold = ${NoYes.No} THEN 'no'
      WHEN m.previous_street_essh IS NULL THEN 'missing'
      WHEN m.previous_street_essh = ${NoYes.No} THEN 'no'
      ELSE ${homelessHistory}
    END AS status
  FROM member m
  LEFT JOIN disabled_at_start das ON das.enrollment_id = m.enrollment_id
),
ch_rank AS (
  SELECT m.enrollment_id, m.project_id, m.household_id, m.entry_date, m.first_entry_date, m.age,
         m.relationship_to_hoh, p.status,
         CASE p.status WHEN 'yes' THEN 1 WHEN 'no' THEN 2 WHEN 'dk_pnta' THEN 3 ELSE 4 END AS rnk
  FROM member m JOIN ch_person p ON p.enrollment_id = m.enrollment_id
),
ch_household AS (
  SELECT project_id, household_id,
         bool_or(rnk = 1) AS anyone,
         min(rnk) FILTER (WHERE relationship_to_hoh = 1 OR age >= 18) AS adults_best,
         min(rnk) FILTER (WHERE relationship_to_hoh = 1) AS head
  FROM ch_rank
  WHERE entry_date = first_entry_date
  GROUP BY project_id, household_id
),
chronic AS (
  SELECT r.enrollment_id, r.status AS own_status,
    CASE
      WHEN r.entry_date <> r.first_entry_date THEN r.status
      WHEN h.anyone THEN 'yes'
      WHEN r.age < 18 AND h.adults_best = 2 THEN 'no'
      WHEN h.adults_best IN (3, 4) AND h.head IS NOT NULL
        THEN CASE h.head WHEN 1 THEN 'yes' WHEN 2 THEN 'no' WHEN 3 THEN 'dk_pnta' ELSE 'missing' END
      ELSE r.status
    END AS status
  FROM ch_rank r
  JOIN ch_household h ON h.project_id = r.project_id AND h.household_id = r.household_id
)`;
