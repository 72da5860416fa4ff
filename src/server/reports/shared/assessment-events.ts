// An assessment as people know it: one person's records of one stage on one date. Hearth stores
// it as rows of five HUD tables (income, health and DV, employment, disabilities, youth
// education) sharing InformationDate and DataCollectionStage; this folds them into one row each,
// entered when the first of them was, by whoever entered that one.
import { type SQL, sql } from 'drizzle-orm';

const STAGE_TABLES = [
  'income_benefits',
  'health_and_dv',
  'employment_education',
  'disabilities',
  'youth_education_status',
] as const;

/**
 * SQL subquery (alias it) with enrollment_id, personal_id, data_collection_stage,
 * information_date, date_created, user_id. `where` applies to each table's rows (alias r).
 */
export function assessmentEvents(where: SQL = sql`TRUE`): SQL {
  const parts = STAGE_TABLES.map(
    (
      t,
    ) => sql`SELECT r.enrollment_id, r.personal_id, r.data_collection_stage, r.information_date, r.date_created, r.user_id
      FROM ${sql.raw(t)} r WHERE r.date_deleted IS NULL AND ${where}`,
  );
  return sql`(SELECT a.enrollment_id, a.personal_id, a.data_collection_stage, a.information_date,
      min(a.date_created) AS date_created, (array_agg(a.user_id ORDER BY a.date_created))[1] AS user_id
    FROM (${sql.join(parts, sql` UNION ALL `)}) a
    GROUP BY a.enrollment_id, a.personal_id, a.data_collection_stage, a.information_date)`;
}
