// The client-level universe: one row per client, for the client's most recent enrollment among
// the enrollments in the run (latest project start; an open one before a closed one on the same
// day), with every derived attribute the tables read. Parameters: $1 report start, $2 report end,
// $3 project IDs, $4 / $5 / $6 the candidate enrollments, their clients and those in night-by-night
// shelters (enrollments.ts `candidateQuery`), $7 the point-in-time dates.
import { DataCollectionStage, ProjectType } from '../../../../../hud/codes.ts';
import { chronicCtes } from './chronic.ts';
import { detailCtes, firstContactClass } from './details.ts';
import { enrollmentCtes } from './enrollments.ts';
import { incomeColumns, incomeCtes } from './income.ts';

const recentCte = `
recent AS (
  SELECT DISTINCT ON (m.personal_id) m.*
  FROM member m
  ORDER BY m.personal_id, m.entry_date DESC, m.exit_date DESC NULLS FIRST, m.enrollment_id DESC
)`;

export const universeQuery = `
WITH ${enrollmentCtes},
${chronicCtes},
${recentCte},
${incomeCtes},
${detailCtes}
SELECT
  r.personal_id, r.enrollment_id, r.project_id, r.project_type, r.household_id, r.relationship_to_hoh,
  r.entry_date::text AS entry_date, r.exit_date::text AS exit_date, r.destination, r.destination_subsidy_type, r.date_of_engagement::text AS date_of_engagement,
  r.move_in::text AS move_in_date, r.hoh_move_in_date::text AS hoh_move_in_date, r.hoh_entry_date::text AS hoh_entry_date, r.hoh_exit_date::text AS hoh_exit_date, r.hoh_personal_id, r.heads::int AS household_heads,
  r.annual_due::text AS annual_due, r.household_type, r.age, r.oldest_age, r.has_child_of_hoh,
  r.enrollment_coc, r.living_situation, r.length_of_stay, r.los_under_threshold, r.previous_street_essh,
  r.date_to_street_essh::text AS date_to_street_essh, r.hoh_date_to_street_essh::text AS hoh_date_to_street_essh, r.times_homeless_past_three_years, r.months_homeless_past_three_years,
  r.disabling_condition, r.entry_created::text AS entry_created, r.exit_created::text AS exit_created,
  r.housing_assessment, r.subsidy_information, coalesce(mo.types, '{}') AS moving_on_assistance,
  CASE hs.veteran_rank WHEN 1 THEN 'chronic_veteran' WHEN 2 THEN 'veteran' WHEN 3 THEN 'not_veteran'
    WHEN 4 THEN 'dk_pnta' WHEN 5 THEN 'dnc' END AS household_veteran,
  r.has_child_of_hoh AS household_has_child_of_hoh,
  eds.current_school_attend AS start_school_attend, eds.most_recent_ed_status AS start_most_recent_ed,
  eds.current_ed_status AS start_current_ed, edx.current_school_attend AS exit_school_attend,
  edx.most_recent_ed_status AS exit_most_recent_ed, edx.current_ed_status AS exit_current_ed,
  CASE hs.chronic_rank WHEN 1 THEN 'yes' WHEN 2 THEN 'dk_pnta' WHEN 3 THEN 'missing' WHEN 4 THEN 'no' END AS household_chronic,
  ch.status AS chronic, ch.own_status AS chronic_own,
  c.first_name IS NOT NULL AS has_first_name, c.last_name IS NOT NULL AS has_last_name,
  c.name_data_quality, c.ssn, c.ssn_data_quality, c.dob::text AS dob, c.dob_data_quality, c.date_created::text AS client_created,
  c.sex, c.veteran_status,
  c.am_ind_ak_native, c.asian, c.black_af_american, c.hispanic_latinao, c.mid_east_n_african,
  c.native_hi_pacific, c.white, c.race_none,
  ov.enrollment_id IS NOT NULL AS overlaps_earlier,
  di.enrollment_id IS NOT NULL AS has_indefinite_disability,
  dbs.at_start AS disabilities_at_start, dbs.at_exit AS disabilities_at_exit, dbs.latest AS disabilities_latest,
  dv.domestic_violence_survivor, dv.when_occurred, dv.currently_fleeing,
  ${incomeColumns('start', 'ist')},
  ${incomeColumns('annual', 'ian')},
  ${incomeColumns('exit', 'iex')},
  q9.contacts::int AS contacts, ${firstContactClass} AS first_contact, ct.enrollment_id IS NOT NULL AS contacted_in_period,
  lc.information_date::text AS last_contact_date, bns.last_in_period::text AS last_bed_night_date,
  coalesce(pp.pits, '{}') AS pit_present, coalesce(ph.pits, '{}') AS pit_head_of_present_household,
  coalesce(bns.nights, 0)::int AS bed_nights,
  -- length of participation: bed nights in a night-by-night shelter, else days to exit or to the
  -- day after the report end (Glossary)
  CASE WHEN r.project_type = ${ProjectType.EmergencyShelterNightByNight} THEN coalesce(bns.nights, 0)::int
       ELSE coalesce(r.exit_date, (SELECT end_date + 1 FROM rp)) - r.entry_date END AS participation_days
FROM recent r
JOIN client c ON c.personal_id = r.personal_id AND c.personal_id = ANY($5::varchar[])
JOIN chronic ch ON ch.enrollment_id = r.enrollment_id
LEFT JOIN overlap ov ON ov.enrollment_id = r.enrollment_id
LEFT JOIN dis_indefinite di ON di.enrollment_id = r.enrollment_id
LEFT JOIN dis_by_stage dbs ON dbs.enrollment_id = r.enrollment_id
LEFT JOIN dv ON dv.enrollment_id = r.enrollment_id
LEFT JOIN inc_start ist ON ist.enrollment_id = r.enrollment_id
LEFT JOIN inc_annual ian ON ian.enrollment_id = r.enrollment_id
LEFT JOIN inc_exit iex ON iex.enrollment_id = r.enrollment_id
LEFT JOIN q9 ON q9.enrollment_id = r.enrollment_id
LEFT JOIN contacted ct ON ct.enrollment_id = r.enrollment_id
LEFT JOIN last_contact lc ON lc.enrollment_id = r.enrollment_id
LEFT JOIN bed_night_stats bns ON bns.enrollment_id = r.enrollment_id
LEFT JOIN moving_on mo ON mo.enrollment_id = r.enrollment_id
LEFT JOIN education eds ON eds.enrollment_id = r.enrollment_id AND eds.data_collection_stage = ${DataCollectionStage.ProjectStart}
LEFT JOIN education edx ON edx.enrollment_id = r.enrollment_id AND edx.data_collection_stage = ${DataCollectionStage.ProjectExit}
LEFT JOIN household_status hs ON hs.project_id = r.project_id AND hs.household_id = r.household_id
LEFT JOIN pit_person pp ON pp.personal_id = r.personal_id
LEFT JOIN pit_head ph ON ph.personal_id = r.personal_id
ORDER BY r.personal_id`;
