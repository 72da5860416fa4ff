// The events the HMIS Data Entry Timing report times, each as (enrollment, event date, when it
// was entered, by whom): project starts, exits, update/annual assessments, services and current
// living situations. HUD rows carry DateCreated in the CoC's local time; services recorded in
// Hearth carry an instant, read in the server's zone (the CoC's, as hudNow writes).
import { type SQL, sql } from 'drizzle-orm';
import { DataCollectionStage } from '../../../hud/codes.ts';
import { assessmentEvents } from '../shared/assessment-events.ts';
import type { TimingType } from './timing-types.ts';

const zone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * Subquery (alias ev): enrollment_id, event_date, created (local timestamp), user_id, detail,
 * record_type, type_provided; only events dated in the range.
 */
export function timingEvents(type: TimingType, start: string, end: string): SQL {
  const inRange = (col: string) => sql`${sql.raw(col)} BETWEEN ${start}::date AND ${end}::date`;
  switch (type) {
    case 'entries':
      return sql`(SELECT e.enrollment_id, e.entry_date AS event_date, e.date_created AS created, e.user_id,
          NULL::text AS detail, NULL::int AS record_type, NULL::int AS type_provided
        FROM enrollment e WHERE e.date_deleted IS NULL AND ${inRange('e.entry_date')})`;
    case 'exits':
      return sql`(SELECT x.enrollment_id, x.exit_date AS event_date, x.date_created AS created, x.user_id,
          NULL::text AS detail, NULL::int AS record_type, NULL::int AS type_provided
        FROM exit x WHERE x.date_deleted IS NULL AND ${inRange('x.exit_date')})`;
    case 'assessments':
      return sql`(SELECT a.enrollment_id, a.information_date AS event_date, a.date_created AS created, a.user_id,
          CASE a.data_collection_stage WHEN ${DataCollectionStage.Annual} THEN 'Annual assessment'
            ELSE 'Update assessment' END AS detail, NULL::int AS record_type, NULL::int AS type_provided
        FROM ${assessmentEvents(
          sql`r.data_collection_stage IN (${DataCollectionStage.Update}, ${DataCollectionStage.Annual})
            AND ${inRange('r.information_date')}`,
        )} a)`;
    case 'services':
      // Services recorded in Hearth, and HUD Services rows that came without one (imports).
      return sql`(SELECT s.enrollment_id, s.date_provided AS event_date,
            (s.created_at AT TIME ZONE ${zone()})::timestamp(0) AS created, s.recorded_by AS user_id,
            st.name::text AS detail, NULL::int AS record_type, NULL::int AS type_provided
          FROM service s JOIN service_type st ON st.id = s.service_type_id
          WHERE s.deleted_at IS NULL AND ${inRange('s.date_provided')}
        UNION ALL
        SELECT sv.enrollment_id, sv.date_provided, sv.date_created, sv.user_id, NULL, sv.record_type, sv.type_provided
          FROM services sv WHERE sv.date_deleted IS NULL AND ${inRange('sv.date_provided')}
            AND NOT EXISTS (SELECT 1 FROM service s2 WHERE s2.services_id = sv.services_id))`;
    case 'contacts':
      // type_provided carries the situation's code here (labelled with its HUD list by the report).
      return sql`(SELECT cl.enrollment_id, cl.information_date AS event_date, cl.date_created AS created, cl.user_id,
          NULL::text AS detail, NULL::int AS record_type, cl.current_living_situation AS type_provided
        FROM current_living_situation cl WHERE cl.date_deleted IS NULL AND ${inRange('cl.information_date')})`;
  }
}
