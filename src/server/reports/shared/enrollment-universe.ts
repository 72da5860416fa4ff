// The clients of enrollment reports in one set-based query: enrollments in scope, each with age,
// household type and chronic homelessness at project start; one row per client (per group) for
// their latest enrollment; then, for those rows only, case manager, last service and contact, and
// the data elements missing.
import { type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import {
  DataCollectionStage,
  Destination,
  HOMELESS_SITUATIONS,
  MonthsHomeless,
  NoYes,
  NoYesReasons,
  ProjectType,
  RelationshipToHoH,
  TimesHomeless,
} from '../../../hud/codes.ts';
import { clientVisibleSql } from '../../clients/client-access.ts';
import { sqlRows } from '../../clients/client-summary.ts';
import type { ReportRun } from '../framework/types.ts';
import { type EnrollmentFilters, organizationsOf } from './enrollment-filters.ts';

export type UniverseInput = EnrollmentFilters & {
  start: string;
  end: string;
  organizationIds: string[];
  /** Organization the user works as: which clients are visible. */
  visibleTo: string;
  /** Further condition on the enrollment (alias e), its exit (x) and project (p). */
  activity?: SQL;
  projectTypes?: readonly number[];
  /**
   * One row per client (per group, when given: an SQL expression over the enrollment's columns,
   * e.g. u.project_id): their latest enrollment there, with how many they had.
   */
  groupBy?: SQL;
  /** false: leave case manager, last service and contact and missing data empty (see fillUniverseDetails). */
  details?: boolean;
  /**
   * false: household types 'unknown' (the costliest part of the query; fillHouseholdTypes adds them
   * to the rows shown), unless a sub-population needs them.
   */
  householdTypes?: boolean;
};

export type UniverseRow = {
  PersonalID: string;
  FirstName: string | null;
  LastName: string | null;
  DOB: string | null;
  SSN: string | null;
  age: number | null;
  VeteranStatus: number;
  EnrollmentID: string;
  HouseholdID: string;
  RelationshipToHoH: number;
  EntryDate: string;
  MoveInDate: string | null;
  ExitDate: string | null;
  Destination: number | null;
  ProjectID: string;
  ProjectName: string;
  ProjectType: number | null;
  OrganizationID: string;
  OrganizationName: string;
  EnrollmentCoC: string | null;
  householdType: 'families' | 'adults_only' | 'children_only' | 'unknown';
  groupKey: string;
  /** Enrollments of the client in scope (in the group). */
  enrollments: number;
  chronic: boolean;
  caseManager: string | null;
  lastService: string | null;
  lastContact: string | null;
  missing: string[];
};

const param = (v: unknown) => sql.param(v);
const MISSING_ANSWERS = [
  NoYesReasons.ClientDoesntKnow,
  NoYesReasons.ClientPrefersNotToAnswer,
  NoYesReasons.DataNotCollected,
];
/** Project types where everyone enrolled is homeless at project start (ES, SO, SH). */
const HOMELESS_PROJECT_TYPES = [
  ProjectType.EmergencyShelterEntryExit,
  ProjectType.EmergencyShelterNightByNight,
  ProjectType.StreetOutreach,
  ProjectType.SafeHaven,
];

/** SQL: is v one of the "client doesn't know / prefers not / not collected" answers, or empty. */
const missing = (v: string) => sql.raw(`(${v} IS NULL OR ${v} IN (${MISSING_ANSWERS.join(', ')}))`);

/** The columns of an enrollment in scope (alias e, with its exit x, project p, organization o, client c). */
function scopedColumns(start: SQLWrapper): SQL {
  const refDate = sql`greatest(e.entry_date, ${start}::date)`;
  return sql`e.enrollment_id, e.personal_id, e.household_id, e.relationship_to_hoh, e.entry_date, e.move_in_date,
      e.enrollment_coc, e.living_situation, e.length_of_stay, e.los_under_threshold, e.previous_street_essh,
      e.date_to_street_essh, e.times_homeless_past_three_years, e.months_homeless_past_three_years,
      e.disabling_condition, x.exit_date, x.destination, p.project_id, p.project_name, p.project_type,
      p.organization_id, o.organization_name,
      c.first_name, c.last_name, c.dob, c.ssn, c.veteran_status, c.name_data_quality, c.ssn_data_quality,
      c.dob_data_quality, c.race_none,
      date_part('year', age(${refDate}, c.dob))::int AS age`;
}

const scopedJoins = sql.raw(`enrollment e
    JOIN project p ON p.project_id = e.project_id AND p.date_deleted IS NULL
    JOIN organization o ON o.organization_id = p.organization_id
    JOIN client c ON c.personal_id = e.personal_id AND c.date_deleted IS NULL
    LEFT JOIN exit x ON x.enrollment_id = e.enrollment_id AND x.date_deleted IS NULL`);

/**
 * The costly per-row columns (case manager, last service and contact, missing data elements) over
 * `u`: a row of the universe with the enrollment's, client's, exit's and project's columns and age.
 */
function detailColumns(start: SQLWrapper, end: SQLWrapper): SQL {
  const adultOrHead = sql`(u.age IS NULL OR u.age >= 18 OR u.relationship_to_hoh = ${RelationshipToHoH.Self})`;
  const homelessAtStart = sql`(u.project_type = ANY(${param(HOMELESS_PROJECT_TYPES)}::int[])
    OR u.living_situation = ANY(${param([...HOMELESS_SITUATIONS])}::int[]))`;
  return sql`(SELECT string_agg(DISTINCT cu.first_name || ' ' || cu.last_name, ', ') FROM case_assignment ca
      JOIN app_user cu ON cu.id = ca.user_id
      WHERE ca.personal_id = u.personal_id AND ca.organization_id = u.organization_id
        AND ca.start_date <= ${end}::date AND (ca.end_date IS NULL OR ca.end_date >= ${start}::date)) AS "caseManager",
    greatest(
      (SELECT max(sv.date_provided) FROM services sv WHERE sv.enrollment_id = u.enrollment_id AND sv.date_deleted IS NULL
        AND sv.date_provided BETWEEN ${start}::date AND ${end}::date),
      (SELECT max(sa.date_provided) FROM service sa WHERE sa.enrollment_id = u.enrollment_id AND sa.deleted_at IS NULL
        AND sa.date_provided BETWEEN ${start}::date AND ${end}::date))::text AS "lastService",
    (SELECT max(cl.information_date) FROM current_living_situation cl WHERE cl.enrollment_id = u.enrollment_id
      AND cl.date_deleted IS NULL AND cl.information_date BETWEEN ${start}::date AND ${end}::date)::text AS "lastContact",
    array_remove(ARRAY[
      CASE WHEN ${missing('u.name_data_quality')} OR u.first_name IS NULL OR u.last_name IS NULL THEN '3.01 Name' END,
      CASE WHEN ${missing('u.ssn_data_quality')} OR u.ssn IS NULL THEN '3.02 SSN' END,
      CASE WHEN ${missing('u.dob_data_quality')} OR u.dob IS NULL THEN '3.03 Date of Birth' END,
      CASE WHEN u.race_none IN (${sql.raw(MISSING_ANSWERS.join(', '))}) THEN '3.04 Race and Ethnicity' END,
      CASE WHEN ${adultOrHead} AND u.veteran_status IN (${sql.raw(MISSING_ANSWERS.join(', '))}) THEN '3.07 Veteran Status' END,
      CASE WHEN ${missing('u.disabling_condition')} THEN '3.08 Disabling Condition' END,
      CASE WHEN u.relationship_to_hoh = ${RelationshipToHoH.DataNotCollected} THEN '3.15 Relationship to Head of Household' END,
      CASE WHEN u.relationship_to_hoh = ${RelationshipToHoH.Self} AND u.enrollment_coc IS NULL THEN '3.16 Enrollment CoC' END,
      CASE WHEN ${adultOrHead} AND ${missing('u.living_situation')} THEN '3.917 Prior Living Situation' END,
      CASE WHEN ${adultOrHead} AND ${missing('u.length_of_stay')} THEN '3.917 Length of Stay' END,
      CASE WHEN ${adultOrHead} AND ${homelessAtStart} AND u.date_to_street_essh IS NULL THEN '3.917 Date Homelessness Started' END,
      CASE WHEN ${adultOrHead} AND ${homelessAtStart} AND ${missing('u.times_homeless_past_three_years')} THEN '3.917 Times Homeless' END,
      CASE WHEN ${adultOrHead} AND ${homelessAtStart} AND ${missing('u.months_homeless_past_three_years')} THEN '3.917 Months Homeless' END,
      CASE WHEN ${adultOrHead} AND NOT EXISTS (SELECT 1 FROM income_benefits ib WHERE ib.enrollment_id = u.enrollment_id
        AND ib.data_collection_stage = ${DataCollectionStage.ProjectStart} AND ib.date_deleted IS NULL
        AND ib.income_from_any_source IN (${NoYes.No}, ${NoYes.Yes})) THEN '4.02 Income at Start' END,
      CASE WHEN u.exit_date IS NOT NULL AND ${adultOrHead} AND NOT EXISTS (SELECT 1 FROM income_benefits ib WHERE ib.enrollment_id = u.enrollment_id
        AND ib.data_collection_stage = ${DataCollectionStage.ProjectExit} AND ib.date_deleted IS NULL
        AND ib.income_from_any_source IN (${NoYes.No}, ${NoYes.Yes})) THEN '4.02 Income at Exit' END,
      CASE WHEN u.exit_date IS NOT NULL AND u.destination IN (${sql.raw(
        [
          Destination.ClientDoesntKnow,
          Destination.ClientPrefersNotToAnswer,
          Destination.NoExitInterviewCompleted,
          Destination.DataNotCollected,
        ].join(', '),
      )}) THEN '3.12 Destination' END
    ]::text[], NULL) AS missing`;
}

/** Who is in each household (ids: SQL giving household IDs) during the range: adults, children, unknown ages. */
function householdsSql(start: SQLWrapper, end: SQLWrapper, ids: SQL): SQL {
  return sql`SELECT m.household_id, bool_or(m.age >= 18) AS has_adult, bool_or(m.age < 18) AS has_child,
      bool_or(m.age IS NULL) AS has_unknown
    FROM (SELECT e2.household_id, date_part('year', age(greatest(e2.entry_date, ${start}::date), c2.dob))::int AS age
      FROM enrollment e2 JOIN client c2 ON c2.personal_id = e2.personal_id
      LEFT JOIN exit x2 ON x2.enrollment_id = e2.enrollment_id AND x2.date_deleted IS NULL
      WHERE e2.household_id IN (${ids}) AND e2.date_deleted IS NULL
        AND e2.entry_date <= ${end}::date AND (x2.exit_date IS NULL OR x2.exit_date >= ${start}::date)) m
    GROUP BY m.household_id`;
}

/** The household type from householdsSql's row `h`. */
const householdTypeSql = sql.raw(`CASE WHEN h.has_adult AND h.has_child THEN 'families'
        WHEN h.has_adult AND NOT h.has_child AND NOT h.has_unknown THEN 'adults_only'
        WHEN h.has_child AND NOT h.has_adult AND NOT h.has_unknown THEN 'children_only'
        ELSE 'unknown' END`);

export function enrollmentUniverse(q: UniverseInput): SQL {
  const start = param(q.start);
  const end = param(q.end);
  const filters: SQL[] = [];
  if (q.projectIds.length) filters.push(sql`p.project_id = ANY(${param(q.projectIds)}::varchar[])`);
  if (q.projectTypes) filters.push(sql`p.project_type = ANY(${param([...q.projectTypes])}::int[])`);
  if (q.headsOfHouseholdOnly) filters.push(sql`e.relationship_to_hoh = ${RelationshipToHoH.Self}`);
  if (q.cocCode) {
    filters.push(sql`(e.enrollment_coc = ${q.cocCode} OR EXISTS (SELECT 1 FROM project_coc pc
      WHERE pc.project_id = p.project_id AND pc.coc_code = ${q.cocCode} AND pc.date_deleted IS NULL))`);
  }
  if (q.caseManagerIds.length) {
    filters.push(sql`EXISTS (SELECT 1 FROM case_assignment cf WHERE cf.personal_id = e.personal_id
      AND cf.user_id = ANY(${param(q.caseManagerIds)}::varchar[]) AND cf.start_date <= ${end}::date
      AND (cf.end_date IS NULL OR cf.end_date >= ${start}::date))`);
  }
  if (q.activity) filters.push(q.activity);
  const subPop: Record<string, SQL> = {
    veterans: sql`u.veteran_status = ${NoYes.Yes}`,
    chronic: sql`u.chronic`,
    youth: sql`u.age BETWEEN 18 AND 24`,
    families: sql`u.household_type = 'families'`,
    adults_only: sql`u.household_type = 'adults_only'`,
    children_only: sql`u.household_type = 'children_only'`,
  };
  const chosen = q.subPopulations.map((s) => subPop[s]).filter((s): s is SQL => Boolean(s));
  const groupFirst = q.groupBy ? sql`${q.groupBy}, ` : sql``;
  const withHouseholds =
    q.householdTypes !== false ||
    q.subPopulations.some((s) => s === 'families' || s === 'adults_only' || s === 'children_only');

  return sql`WITH scoped AS MATERIALIZED (
    SELECT ${scopedColumns(start)}
    FROM ${scopedJoins}
    WHERE e.date_deleted IS NULL AND p.organization_id = ANY(${param(q.organizationIds)}::varchar[])
      AND e.entry_date <= ${end}::date AND (x.exit_date IS NULL OR x.exit_date >= ${start}::date)
      ${filters.length ? sql`AND ${sql.join(filters, sql` AND `)}` : sql``}
      AND ${clientVisibleSql(sql.raw('e.personal_id'), q.visibleTo)}
  ),
${withHouseholds ? sql`households AS MATERIALIZED (${householdsSql(start, end, sql`SELECT household_id FROM scoped`)}),` : sql``}
  u AS (
    SELECT s.*,
      ${withHouseholds ? householdTypeSql : sql`'unknown'`} AS household_type,
      (s.disabling_condition = ${NoYes.Yes}
        AND (s.project_type = ANY(${param(HOMELESS_PROJECT_TYPES)}::int[])
          OR s.living_situation = ANY(${param([...HOMELESS_SITUATIONS])}::int[])
          OR (s.los_under_threshold = ${NoYes.Yes} AND s.previous_street_essh = ${NoYes.Yes}))
        AND (s.date_to_street_essh <= s.entry_date - 365
          OR (s.times_homeless_past_three_years = ${TimesHomeless.FourOrMore}
            AND s.months_homeless_past_three_years IN (${MonthsHomeless.Twelve}, ${MonthsHomeless.MoreThanTwelve}))))
        IS TRUE AS chronic
    FROM scoped s ${withHouseholds ? sql`LEFT JOIN households h ON h.household_id = s.household_id` : sql``}
  ),
  picked AS (
    SELECT DISTINCT ON (${groupFirst}u.personal_id) u.*, ${q.groupBy ?? sql`''`} AS group_key,
      (count(*) OVER (PARTITION BY ${groupFirst}u.personal_id))::int AS enrollments
    FROM u ${chosen.length ? sql`WHERE ${sql.join(chosen, sql` OR `)}` : sql``}
    ORDER BY ${groupFirst}u.personal_id, u.entry_date DESC, u.enrollment_id
  )
  SELECT u.personal_id AS "PersonalID", u.first_name AS "FirstName", u.last_name AS "LastName",
    u.dob::text AS "DOB", u.ssn AS "SSN", u.age, u.veteran_status AS "VeteranStatus",
    u.enrollment_id AS "EnrollmentID", u.household_id AS "HouseholdID", u.relationship_to_hoh AS "RelationshipToHoH",
    u.entry_date::text AS "EntryDate", u.move_in_date::text AS "MoveInDate", u.exit_date::text AS "ExitDate",
    u.destination AS "Destination", u.project_id AS "ProjectID", u.project_name AS "ProjectName",
    u.project_type AS "ProjectType", u.organization_id AS "OrganizationID", u.organization_name AS "OrganizationName",
    u.enrollment_coc AS "EnrollmentCoC", u.household_type AS "householdType", u.chronic,
    u.group_key AS "groupKey", u.enrollments,
    ${
      q.details === false
        ? sql`NULL::text AS "caseManager", NULL::text AS "lastService", NULL::text AS "lastContact",
      '{}'::text[] AS missing`
        : detailColumns(start, end)
    }
  FROM picked u`;
}

type RunParams = EnrollmentFilters & { startDate: string; endDate: string };

/**
 * The universe of a report run whose parameters are the shared filters and a date range. A run
 * that defers details (the screen) gets rows without the costly columns: fillUniverseDetails adds
 * them to the rows shown.
 */
export function queryUniverse<R extends UniverseRow>(
  run: ReportRun<RunParams>,
  extra: Pick<UniverseInput, 'activity' | 'projectTypes' | 'groupBy' | 'details' | 'householdTypes'> = {},
): Promise<R[]> {
  return sqlRows<R>(run.db, universeOf(run, extra));
}

/** The universe query of a report run (see queryUniverse), to wrap in further SQL. */
export function universeOf(
  run: ReportRun<RunParams>,
  extra: Pick<UniverseInput, 'activity' | 'projectTypes' | 'groupBy' | 'details' | 'householdTypes'> = {},
): SQL {
  const p = run.params;
  return enrollmentUniverse({
    details: !run.deferDetails,
    ...p,
    ...extra,
    start: p.startDate,
    end: p.endDate,
    organizationIds: organizationsOf(run),
    visibleTo: run.organizationId,
  });
}

/** The detail columns of a universe's rows, computed for those rows' enrollments only. */
export async function fillUniverseDetails(run: ReportRun<RunParams>, rows: UniverseRow[]): Promise<void> {
  if (!rows.length) return;
  const start = param(run.params.startDate);
  const end = param(run.params.endDate);
  const ids = [...new Set(rows.map((r) => r.EnrollmentID))];
  type Details = Pick<UniverseRow, 'caseManager' | 'lastService' | 'lastContact' | 'missing'>;
  const found = await sqlRows<Details & { id: string }>(
    run.db,
    sql`SELECT u.enrollment_id AS id, ${detailColumns(start, end)}
      FROM (SELECT ${scopedColumns(start)} FROM ${scopedJoins}
        WHERE e.enrollment_id = ANY(${param(ids)}::varchar[])) u`,
  );
  const byId = new Map(found.map((d) => [d.id, d]));
  for (const r of rows) {
    const d = byId.get(r.EnrollmentID);
    if (!d) continue;
    r.caseManager = d.caseManager;
    r.lastService = d.lastService;
    r.lastContact = d.lastContact;
    r.missing = d.missing;
  }
}

/** The household types of rows from a universe run without them (householdTypes: false). */
export async function fillHouseholdTypes(run: ReportRun<RunParams>, rows: UniverseRow[]): Promise<void> {
  if (!rows.length) return;
  const start = param(run.params.startDate);
  const end = param(run.params.endDate);
  const ids = [...new Set(rows.map((r) => r.HouseholdID))];
  const found = await sqlRows<{ id: string; type: UniverseRow['householdType'] }>(
    run.db,
    sql`SELECT h.household_id AS id, ${householdTypeSql} AS type
      FROM (${householdsSql(start, end, sql`SELECT unnest(${param(ids)}::varchar[])`)}) h`,
  );
  const byId = new Map(found.map((h) => [h.id, h.type]));
  for (const r of rows) r.householdType = byId.get(r.HouseholdID) ?? 'unknown';
}
