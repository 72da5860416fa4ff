// Records the tables read beside income, for each client's reported enrollment ("recent"):
// disabilities, domestic violence, contacts and engagement, and presence on the point-in-time
// dates ($7, the last Wednesdays of January, April, July and October in the period).
import {
  CurrentLivingSituationCode,
  DATA_NOT_COLLECTED,
  DataCollectionStage,
  DisabilityResponse,
  DisabilityType,
  DK_OR_PNTA,
  NoYes,
  ProjectType,
  RecordType,
} from '../../../../../hud/codes.ts';
import { MOVE_IN_TYPES, situationsIn, sqlList } from '../../hud-groups.ts';

/**
 * Disabilities as bits: one per 4.05–4.09 type answered Yes, and for 4.10 the substance answer
 * (alcohol, drugs, both) as three exclusive bits.
 */
export const DISABILITY_BITS = {
  physical: 1,
  developmental: 2,
  chronicHealth: 4,
  hivAids: 8,
  mentalHealth: 16,
  alcohol: 32,
  drug: 64,
  alcoholAndDrug: 128,
} as const;

const disabilityBit = `
  CASE d.disability_type
    WHEN ${DisabilityType.PhysicalDisability} THEN CASE WHEN d.disability_response = ${NoYes.Yes} THEN ${DISABILITY_BITS.physical} ELSE 0 END
    WHEN ${DisabilityType.DevelopmentalDisability} THEN CASE WHEN d.disability_response = ${NoYes.Yes} THEN ${DISABILITY_BITS.developmental} ELSE 0 END
    WHEN ${DisabilityType.ChronicHealthCondition} THEN CASE WHEN d.disability_response = ${NoYes.Yes} THEN ${DISABILITY_BITS.chronicHealth} ELSE 0 END
    WHEN ${DisabilityType.HivAids} THEN CASE WHEN d.disability_response = ${NoYes.Yes} THEN ${DISABILITY_BITS.hivAids} ELSE 0 END
    WHEN ${DisabilityType.MentalHealthDisorder} THEN CASE WHEN d.disability_response = ${NoYes.Yes} THEN ${DISABILITY_BITS.mentalHealth} ELSE 0 END
    WHEN ${DisabilityType.SubstanceUseDisorder} THEN CASE d.disability_response
      WHEN ${DisabilityResponse.AlcoholUse} THEN ${DISABILITY_BITS.alcohol}
      WHEN ${DisabilityResponse.DrugUse} THEN ${DISABILITY_BITS.drug}
      WHEN ${DisabilityResponse.BothAlcoholAndDrugUse} THEN ${DISABILITY_BITS.alcoholAndDrug}
      ELSE 0 END
    ELSE 0 END`;

// A disability that is long-lasting and impairs (Disabling Condition data issue check).
const indefinite = `
  (d.disability_response = ${NoYes.Yes}
    OR (d.disability_type = ${DisabilityType.SubstanceUseDisorder}
        AND d.disability_response IN (${DisabilityResponse.DrugUse}, ${DisabilityResponse.BothAlcoholAndDrugUse})))
  AND (d.disability_type IN (${DisabilityType.DevelopmentalDisability}, ${DisabilityType.HivAids})
    OR d.indefinite_and_impairs = ${NoYes.Yes})`;

const HOMELESS_CLS = sqlList(situationsIn('CurrentLivingSituation', 'homeless'));
const UNKNOWN_CLS = sqlList([...DK_OR_PNTA, DATA_NOT_COLLECTED, CurrentLivingSituationCode.WorkerUnableToDetermine]);

export const detailCtes = `
dis AS (
  SELECT d.enrollment_id, d.information_date, d.data_collection_stage, ${disabilityBit} AS bit,
         (${indefinite}) AS indefinite
  FROM disabilities d JOIN recent r ON r.enrollment_id = d.enrollment_id
  WHERE d.enrollment_id = ANY($4::varchar[]) AND d.date_deleted IS NULL
),
dis_latest_date AS (
  SELECT d.enrollment_id, max(d.information_date) AS information_date
  FROM dis d CROSS JOIN rp
  WHERE d.information_date <= rp.end_date
    AND d.data_collection_stage IN (${DataCollectionStage.ProjectStart}, ${DataCollectionStage.Update}, ${DataCollectionStage.Annual})
  GROUP BY d.enrollment_id
),
dis_by_stage AS (
  SELECT d.enrollment_id,
         bit_or(d.bit) FILTER (WHERE d.data_collection_stage = ${DataCollectionStage.ProjectStart}) AS at_start,
         bit_or(d.bit) FILTER (WHERE d.data_collection_stage = ${DataCollectionStage.ProjectExit}) AS at_exit,
         bit_or(d.bit) FILTER (WHERE d.information_date = l.information_date
           AND d.data_collection_stage IN (${DataCollectionStage.ProjectStart}, ${DataCollectionStage.Update}, ${DataCollectionStage.Annual})) AS latest
  FROM dis d LEFT JOIN dis_latest_date l ON l.enrollment_id = d.enrollment_id
  GROUP BY d.enrollment_id
),
-- a long-lasting disability on the enrollment's most recent disabilities record
dis_indefinite AS (
  SELECT DISTINCT d.enrollment_id
  FROM dis d
  JOIN (SELECT enrollment_id, max(information_date) AS information_date FROM dis GROUP BY enrollment_id) l
    ON l.enrollment_id = d.enrollment_id AND l.information_date = d.information_date
  WHERE d.indefinite
),
dv AS (
  SELECT DISTINCT ON (h.enrollment_id) h.enrollment_id, h.domestic_violence_survivor, h.when_occurred, h.currently_fleeing
  FROM health_and_dv h JOIN recent r ON r.enrollment_id = h.enrollment_id CROSS JOIN rp
  WHERE h.enrollment_id = ANY($4::varchar[]) AND h.date_deleted IS NULL AND h.information_date <= rp.end_date
  ORDER BY h.enrollment_id, h.information_date DESC, h.date_updated DESC
),
-- each household's best veteran status among its adults (Q25b) and chronic status among its adults
-- and head of household (Q26a), ranked: 1 yes/chronic veteran … 5 data not collected
household_status AS (
  SELECT r.project_id, r.household_id,
    min(CASE WHEN r.age >= 18 THEN
      CASE WHEN c.veteran_status = ${NoYes.Yes} AND ch.status = 'yes' THEN 1
           WHEN c.veteran_status = ${NoYes.Yes} THEN 2
           WHEN c.veteran_status = ${NoYes.No} THEN 3
           WHEN c.veteran_status IN (${sqlList(DK_OR_PNTA)}) THEN 4
           ELSE 5 END END) AS veteran_rank,
    min(CASE WHEN r.age >= 18 OR r.relationship_to_hoh = 1 THEN
      CASE ch.status WHEN 'yes' THEN 1 WHEN 'dk_pnta' THEN 2 WHEN 'missing' THEN 3 ELSE 4 END END) AS chronic_rank
  FROM recent r
  JOIN client c ON c.personal_id = r.personal_id AND c.personal_id = ANY($5::varchar[])
  JOIN chronic ch ON ch.enrollment_id = r.enrollment_id
  GROUP BY r.project_id, r.household_id
),
-- C3 youth education status at start and at exit (the latest record of each stage)
education AS (
  SELECT DISTINCT ON (y.enrollment_id, y.data_collection_stage) y.enrollment_id, y.data_collection_stage,
         y.current_school_attend, y.most_recent_ed_status, y.current_ed_status
  FROM youth_education_status y JOIN recent r ON r.enrollment_id = y.enrollment_id
  WHERE y.enrollment_id = ANY($4::varchar[]) AND y.date_deleted IS NULL
    AND y.data_collection_stage IN (${DataCollectionStage.ProjectStart}, ${DataCollectionStage.ProjectExit})
  ORDER BY y.enrollment_id, y.data_collection_stage, y.information_date DESC, y.date_updated DESC
),
-- C2 Moving On Assistance given in the period
moving_on AS (
  SELECT s.enrollment_id, array_agg(DISTINCT s.type_provided) AS types
  FROM services s JOIN recent r ON r.enrollment_id = s.enrollment_id CROSS JOIN rp
  WHERE s.enrollment_id = ANY($4::varchar[]) AND s.date_deleted IS NULL
    AND s.record_type = ${RecordType.MovingOnAssistance}
    AND s.date_provided BETWEEN rp.start_date AND rp.end_date
  GROUP BY s.enrollment_id
),
-- 3.10 data issue: the client was still enrolled in the same project when this enrollment began
overlap AS (
  SELECT DISTINCT r.enrollment_id
  FROM recent r
  JOIN enrollment o ON o.personal_id = r.personal_id AND o.project_id = r.project_id
    AND o.enrollment_id <> r.enrollment_id AND o.date_deleted IS NULL AND o.entry_date < r.entry_date
  LEFT JOIN exit ox ON ox.enrollment_id = o.enrollment_id AND ox.date_deleted IS NULL
    AND ox.enrollment_id IN (SELECT e.enrollment_id FROM enrollment e
                             WHERE e.personal_id = ANY($5::varchar[]) AND e.project_id = ANY($3::varchar[]))
  WHERE o.personal_id = ANY($5::varchar[]) AND o.project_id = ANY($3::varchar[])
    AND (ox.exit_date IS NULL OR ox.exit_date > r.entry_date)
),
-- contacts (4.12) up to engagement, and the date of engagement itself as a contact when no
-- contact was recorded that day
q9_contact AS (
  SELECT r.enrollment_id, k.information_date, k.current_living_situation AS situation
  FROM recent r JOIN contact k ON k.enrollment_id = r.enrollment_id CROSS JOIN rp
  WHERE k.information_date >= r.entry_date AND (r.exit_date IS NULL OR k.information_date <= r.exit_date)
    AND (r.date_of_engagement IS NULL OR k.information_date <= r.date_of_engagement)
    AND k.information_date <= rp.end_date
  UNION ALL
  SELECT r.enrollment_id, r.date_of_engagement, NULL
  FROM recent r CROSS JOIN rp
  WHERE r.date_of_engagement <= rp.end_date
    AND NOT EXISTS (SELECT 1 FROM contact k WHERE k.enrollment_id = r.enrollment_id
      AND k.information_date = r.date_of_engagement AND k.information_date >= r.entry_date
      AND (r.exit_date IS NULL OR k.information_date <= r.exit_date))
),
q9 AS (
  SELECT c.enrollment_id, count(*) AS contacts,
         (array_agg(c.situation ORDER BY c.information_date, c.situation NULLS LAST))[1] AS first_situation,
         bool_or(c.situation IS NULL) AS engagement_only_first
  FROM q9_contact c GROUP BY c.enrollment_id
),
contacted AS (
  SELECT DISTINCT r.enrollment_id
  FROM recent r JOIN contact k ON k.enrollment_id = r.enrollment_id CROSS JOIN rp
  WHERE k.information_date BETWEEN rp.start_date AND rp.end_date
    AND (r.date_of_engagement IS NULL OR k.information_date <= r.date_of_engagement)
),
last_contact AS (
  SELECT k.enrollment_id, max(k.information_date) AS information_date
  FROM contact k JOIN recent r ON r.enrollment_id = k.enrollment_id CROSS JOIN rp
  WHERE k.information_date BETWEEN rp.start_date AND rp.end_date
  GROUP BY k.enrollment_id
),
-- who was there on each point-in-time date: PH only once housed; night-by-night shelters only
-- with a bed night that night; residential projects until the night before exit, the others
-- through the exit day
pit_date AS (SELECT d.pit_date, d.i FROM unnest($7::date[]) WITH ORDINALITY AS d(pit_date, i) WHERE d.pit_date IS NOT NULL),
pit_enrollment AS (
  SELECT m.enrollment_id, m.personal_id, m.project_id, m.household_id, d.i
  FROM member m
  JOIN pit_date d ON m.entry_date <= d.pit_date
  WHERE m.project_type <> ${ProjectType.EmergencyShelterNightByNight}
    AND (m.project_type NOT IN (${sqlList(MOVE_IN_TYPES)}) OR m.hoh_move_in_date <= d.pit_date)
    AND CASE WHEN m.project_type IN (${ProjectType.StreetOutreach}, ${ProjectType.ServicesOnly}, ${ProjectType.DayShelter},
                                     ${ProjectType.HomelessnessPrevention}, ${ProjectType.CoordinatedEntry}, ${ProjectType.Other})
             THEN m.exit_date IS NULL OR m.exit_date >= d.pit_date
             ELSE m.exit_date IS NULL OR m.exit_date > d.pit_date END
  UNION ALL
  SELECT m.enrollment_id, m.personal_id, m.project_id, m.household_id, d.i
  FROM member m
  JOIN bed_night b ON b.enrollment_id = m.enrollment_id
  JOIN pit_date d ON d.pit_date = b.date_provided
),
pit_person AS (
  SELECT personal_id, array_agg(DISTINCT i::int) AS pits FROM pit_enrollment GROUP BY personal_id
),
pit_head AS (
  SELECT m.personal_id, array_agg(DISTINCT p.i::int) AS pits
  FROM (SELECT DISTINCT project_id, household_id, i FROM pit_enrollment) p
  JOIN member m ON m.project_id = p.project_id AND m.household_id = p.household_id AND m.relationship_to_hoh = 1
  GROUP BY m.personal_id
)`;

export const firstContactClass = `
  CASE WHEN q9.contacts IS NULL THEN NULL
       WHEN q9.first_situation IN (${HOMELESS_CLS}) THEN 'homeless'
       WHEN q9.first_situation IS NULL OR q9.first_situation IN (${UNKNOWN_CLS}) THEN 'unknown'
       ELSE 'not_homeless' END`;
