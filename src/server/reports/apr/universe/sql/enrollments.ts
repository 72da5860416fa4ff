// The enrollments a run reports on, and their households. Parameters: $1 report start date,
// $2 report end date, $3 the chosen project IDs, $4 / $5 / $6 the candidate enrollments, their
// clients and those in night-by-night shelters (candidateQuery below). Base tables are read by `= ANY($4)`, so the planner knows how
// many rows a run has: index scans for one project, hashed scans for a whole CoC.
//
// Active clients (HMIS Reporting Glossary): an enrollment started by the report end and not
// exited before the report start. Night-by-night shelters and street outreach count a client as
// active only with a bed night (ES-NbN) or a current living situation (SO) in the period, or an
// exit in it ("active clients by date of service"). An exit after the report end is no exit
// yet: the client is a stayer. Deleted records are left out.
import { BedNightService, ProjectType, RecordType } from '../../../../../hud/codes.ts';
import { MOVE_IN_TYPES, sqlList } from '../../hud-groups.ts';

export type Candidates = { enrollments: string[] | null; clients: string[] | null; nbn: string[] };

/** Enrollments of the chosen projects started by the report end and not exited before its start. */
export const candidateQuery = `
SELECT array_agg(e.enrollment_id) AS enrollments, array_agg(DISTINCT e.personal_id) AS clients,
       coalesce(array_agg(e.enrollment_id) FILTER (WHERE p.project_type = ${ProjectType.EmergencyShelterNightByNight}), '{}') AS nbn
FROM enrollment e
JOIN project p ON p.project_id = e.project_id
WHERE e.project_id = ANY($3::varchar[]) AND e.date_deleted IS NULL AND e.entry_date <= $2::date
  AND NOT EXISTS (SELECT 1 FROM exit x WHERE x.enrollment_id = e.enrollment_id AND x.date_deleted IS NULL
                    AND x.exit_date < $1::date)`;

export const enrollmentCtes = `
rp AS (SELECT $1::date AS start_date, $2::date AS end_date),
prj AS (
  SELECT p.project_id, p.project_type, p.organization_id
  FROM project p
  WHERE p.project_id = ANY($3::varchar[]) AND p.date_deleted IS NULL
),
-- an enrollment's exit record (the earliest, should a data error give it several)
ex AS (
  SELECT DISTINCT ON (x.enrollment_id) x.enrollment_id, x.exit_date, x.destination,
         x.destination_subsidy_type, x.housing_assessment, x.subsidy_information, x.date_created
  FROM exit x
  WHERE x.enrollment_id = ANY($4::varchar[]) AND x.date_deleted IS NULL
  ORDER BY x.enrollment_id, x.exit_date, x.date_created
),
base AS (
  SELECT e.*, prj.project_type
  FROM enrollment e JOIN prj ON prj.project_id = e.project_id
  WHERE e.enrollment_id = ANY($4::varchar[]) AND e.date_deleted IS NULL
),
-- bed nights (one per night) of night-by-night shelter stays, from start to the night before exit
bed_night AS (
  SELECT DISTINCT s.enrollment_id, s.date_provided
  FROM services s
  JOIN base e ON e.enrollment_id = s.enrollment_id AND e.project_type = ${ProjectType.EmergencyShelterNightByNight}
  LEFT JOIN ex ON ex.enrollment_id = e.enrollment_id
  CROSS JOIN rp
  WHERE s.enrollment_id = ANY($6::varchar[])
    AND s.record_type = ${RecordType.BedNight} AND s.type_provided = ${BedNightService.BedNight}
    AND s.date_deleted IS NULL
    AND s.date_provided >= e.entry_date AND s.date_provided <= rp.end_date
    AND (ex.exit_date IS NULL OR s.date_provided < ex.exit_date)
),
bed_night_stats AS (
  SELECT b.enrollment_id,
         count(*) FILTER (WHERE b.date_provided >= rp.start_date) AS in_period,
         count(*) AS nights,
         max(b.date_provided) FILTER (WHERE b.date_provided >= rp.start_date) AS last_in_period
  FROM bed_night b CROSS JOIN rp
  GROUP BY b.enrollment_id
),
contact AS (
  SELECT cls.enrollment_id, cls.information_date, cls.current_living_situation
  FROM current_living_situation cls
  WHERE cls.enrollment_id = ANY($4::varchar[]) AND cls.date_deleted IS NULL
),
contact_in_period AS (
  SELECT DISTINCT k.enrollment_id FROM contact k CROSS JOIN rp
  WHERE k.information_date BETWEEN rp.start_date AND rp.end_date
),
enr AS (
  SELECT e.enrollment_id, e.personal_id, e.project_id, e.project_type, e.household_id,
         e.relationship_to_hoh, e.entry_date,
         CASE WHEN ex.exit_date <= rp.end_date THEN ex.exit_date END AS exit_date,
         CASE WHEN ex.exit_date <= rp.end_date THEN ex.destination END AS destination,
         CASE WHEN ex.exit_date <= rp.end_date THEN ex.destination_subsidy_type END AS destination_subsidy_type,
         CASE WHEN ex.exit_date <= rp.end_date THEN ex.date_created END AS exit_created,
         CASE WHEN ex.exit_date <= rp.end_date THEN ex.housing_assessment END AS housing_assessment,
         CASE WHEN ex.exit_date <= rp.end_date THEN ex.subsidy_information END AS subsidy_information,
         e.enrollment_coc, e.living_situation, e.length_of_stay, e.los_under_threshold,
         e.previous_street_essh, e.date_to_street_essh, e.times_homeless_past_three_years,
         e.months_homeless_past_three_years, e.disabling_condition, e.date_of_engagement,
         e.move_in_date, e.date_created AS entry_created,
         c.dob, c.dob_data_quality,
         greatest(e.entry_date, rp.start_date) AS age_date
  FROM base e
  JOIN client c ON c.personal_id = e.personal_id AND c.date_deleted IS NULL AND c.personal_id = ANY($5::varchar[])
  LEFT JOIN ex ON ex.enrollment_id = e.enrollment_id
  CROSS JOIN rp
  WHERE e.entry_date <= rp.end_date
    AND (ex.exit_date IS NULL OR ex.exit_date >= rp.start_date)
    AND (e.project_type NOT IN (${ProjectType.EmergencyShelterNightByNight}, ${ProjectType.StreetOutreach})
      OR ex.exit_date BETWEEN rp.start_date AND rp.end_date
      OR (e.project_type = ${ProjectType.EmergencyShelterNightByNight} AND e.enrollment_id IN (
            SELECT enrollment_id FROM bed_night_stats WHERE in_period > 0))
      OR (e.project_type = ${ProjectType.StreetOutreach} AND e.enrollment_id IN (SELECT enrollment_id FROM contact_in_period)))
),
-- every enrollment with its client's age at the later of project start and report start
mem AS (
  SELECT enr.*,
         CASE WHEN enr.dob IS NOT NULL AND enr.dob <= enr.age_date
              THEN extract(year FROM age(enr.age_date, enr.dob))::int END AS age
  FROM enr
),
-- the head of household of each household (the latest to start, should there be several)
head AS (
  SELECT DISTINCT ON (m.project_id, m.household_id) m.project_id, m.household_id, m.personal_id,
         m.entry_date, m.exit_date, m.date_to_street_essh
  FROM mem m WHERE m.relationship_to_hoh = 1
  ORDER BY m.project_id, m.household_id, m.entry_date DESC, m.enrollment_id
),
-- households: who is in them, and the head of household's dates
hh AS (
  SELECT g.*, h.entry_date AS hoh_entry_date, h.exit_date AS hoh_exit_date, h.personal_id AS hoh_personal_id,
         h.date_to_street_essh AS hoh_date_to_street_essh
  FROM (
    SELECT m.project_id, m.household_id,
           bool_or(m.age >= 18) AS has_adult,
           bool_or(m.age < 18) AS has_child,
           bool_or(m.age IS NULL) AS has_unknown_age,
           max(m.age) AS oldest_age,
           bool_or(m.relationship_to_hoh = 2 AND m.age < 18) AS has_child_of_hoh,
           count(*) FILTER (WHERE m.relationship_to_hoh = 1) AS heads,
           min(m.entry_date) AS first_entry_date,
           min(m.move_in_date) FILTER (
             WHERE m.relationship_to_hoh = 1 AND m.project_type IN (${sqlList(MOVE_IN_TYPES)})
               AND m.move_in_date >= m.entry_date AND m.move_in_date <= (SELECT end_date FROM rp)
               AND (m.exit_date IS NULL OR m.move_in_date <= m.exit_date)) AS hoh_move_in_date
    FROM mem m
    GROUP BY m.project_id, m.household_id) g
  LEFT JOIN head h ON h.project_id = g.project_id AND h.household_id = g.household_id
),
-- the anniversary of the head of household's project start that falls in the year before the
-- report end: the annual assessment is due within 30 days either side of it
annual AS (
  SELECT hh.project_id, hh.household_id,
         (hh.hoh_entry_date + make_interval(years => n.years))::date AS annual_due
  FROM hh
  CROSS JOIN rp
  CROSS JOIN LATERAL (SELECT extract(year FROM age(rp.end_date, hh.hoh_entry_date))::int AS years) n
  WHERE hh.hoh_entry_date IS NOT NULL AND n.years > 0
),
member AS (
  SELECT m.*,
         CASE WHEN hh.has_adult AND hh.has_child THEN 'adults_and_children'
              WHEN hh.has_unknown_age THEN 'unknown'
              WHEN hh.has_adult THEN 'adults_only'
              ELSE 'children_only' END AS household_type,
         hh.hoh_entry_date, hh.hoh_exit_date, hh.hoh_personal_id, hh.hoh_move_in_date, hh.hoh_date_to_street_essh, hh.heads, hh.first_entry_date,
         hh.oldest_age, hh.has_child_of_hoh,
         -- Housing Move-In Date (Glossary): the head of household's; a member who joined later moved
         -- in on their own start date; nobody who left before it, nor a child born after it
         CASE WHEN hh.hoh_move_in_date IS NULL OR (m.exit_date IS NOT NULL AND m.exit_date < hh.hoh_move_in_date) THEN NULL
              WHEN hh.hoh_move_in_date >= m.entry_date AND (m.dob IS NULL OR hh.hoh_move_in_date >= m.dob)
                THEN hh.hoh_move_in_date
              ELSE m.entry_date END AS move_in,
         an.annual_due
  FROM mem m
  JOIN hh ON hh.project_id = m.project_id AND hh.household_id = m.household_id
  LEFT JOIN annual an ON an.project_id = m.project_id AND an.household_id = m.household_id
)`;
