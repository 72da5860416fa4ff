// The anniversary windows of enrollments in scope, in one set-based query: per enrollment open a
// year or more, each anniversary of the head of household's start date up to the report date on
// which the member was enrolled, minus those with an annual assessment dated inside the window.
// Then the data collection rules keep the members the project asks anything of at annual.
import { type SQL, sql } from 'drizzle-orm';
import { DataCollectionStage, RelationshipToHoH } from '../../../hud/codes.ts';
import { ANNUAL_WINDOW_DAYS } from '../../../hud/rules/dates.ts';
import { requiredElements } from '../../../hud/rules/index.ts';
import { clientVisibleSql } from '../../clients/client-access.ts';
import { sqlRows } from '../../clients/client-summary.ts';
import { fundersOn, loadProjects, type ProjectContext } from '../../enrollments/load-project.ts';
import { hudToday } from '../../http/ids.ts';
import type { ReportRun } from '../framework/types.ts';
import { assessmentEvents } from '../shared/assessment-events.ts';
import { organizationsOf } from '../shared/enrollment-filters.ts';

export type MissingAnnualRow = {
  PersonalID: string;
  FirstName: string | null;
  LastName: string | null;
  EnrollmentID: string;
  HouseholdID: string;
  RelationshipToHoH: number;
  ProjectID: string;
  ProjectName: string;
  OrganizationName: string;
  EntryDate: string;
  ExitDate: string | null;
  year: number;
  anniversary: string;
  windowOpens: string;
  windowCloses: string;
  windowOpenNow: boolean;
  /** 18 or older on the anniversary (unknown age counts as adult, as the rules do). */
  adult: boolean;
  caseManager: string | null;
};

type Params = {
  asOf?: string;
  organizationIds: string[];
  projectIds: string[];
  funders: number[];
  caseManagerIds: string[];
};

export async function queryMissingAnnuals(run: ReportRun<Params>): Promise<MissingAnnualRow[]> {
  const p = run.params;
  const asOf = p.asOf ?? hudToday();
  const filters: SQL[] = [sql`p.organization_id = ANY(${sql.param(organizationsOf(run))}::varchar[])`];
  if (p.projectIds.length) filters.push(sql`p.project_id = ANY(${sql.param(p.projectIds)}::varchar[])`);
  if (p.funders.length) {
    filters.push(sql`EXISTS (SELECT 1 FROM funder f WHERE f.project_id = p.project_id AND f.date_deleted IS NULL
      AND f.funder = ANY(${sql.param(p.funders)}::int[]))`);
  }
  if (p.caseManagerIds.length) {
    filters.push(sql`EXISTS (SELECT 1 FROM case_assignment cf WHERE cf.personal_id = e.personal_id
      AND cf.user_id = ANY(${sql.param(p.caseManagerIds)}::varchar[])
      AND cf.start_date <= coalesce(x.exit_date, ${asOf}::date) AND (cf.end_date IS NULL OR cf.end_date >= e.entry_date))`);
  }
  const days = sql.raw(String(ANNUAL_WINDOW_DAYS));
  const rows = await sqlRows<MissingAnnualRow & { ProjectID: string }>(
    run.db,
    sql`WITH heads AS (
      SELECT h.household_id, min(h.entry_date) AS start FROM enrollment h
      WHERE h.relationship_to_hoh = ${RelationshipToHoH.Self} AND h.date_deleted IS NULL GROUP BY h.household_id
    ),
    scoped AS MATERIALIZED (
      SELECT e.enrollment_id, e.personal_id, e.household_id, e.relationship_to_hoh, e.entry_date, x.exit_date,
        p.project_id, p.project_name, p.organization_id, o.organization_name, c.first_name, c.last_name, c.dob,
        coalesce(hd.start, e.entry_date) AS hoh_start
      FROM enrollment e
      JOIN project p ON p.project_id = e.project_id AND p.date_deleted IS NULL
      JOIN organization o ON o.organization_id = p.organization_id
      JOIN client c ON c.personal_id = e.personal_id AND c.date_deleted IS NULL
      LEFT JOIN exit x ON x.enrollment_id = e.enrollment_id AND x.date_deleted IS NULL
      LEFT JOIN heads hd ON hd.household_id = e.household_id
      WHERE e.date_deleted IS NULL
        -- the household reached its first anniversary by the report date, with this member still enrolled
        AND (coalesce(hd.start, e.entry_date) + interval '1 year')::date <= ${asOf}::date
        AND (x.exit_date IS NULL OR x.exit_date > (coalesce(hd.start, e.entry_date) + interval '1 year')::date)
        AND ${sql.join(filters, sql` AND `)}
        AND ${clientVisibleSql(sql`e.personal_id`, run.organizationId)}
    ),
    windows AS (
      SELECT s.*, y.n AS year, (s.hoh_start + make_interval(years => y.n))::date AS anniversary
      FROM scoped s,
        generate_series(1, date_part('year', age(${asOf}::date, s.hoh_start))::int + 1) AS y(n)
    ),
    due AS (
      SELECT w.* FROM windows w
      WHERE w.anniversary <= ${asOf}::date AND w.entry_date <= w.anniversary
        AND (w.exit_date IS NULL OR w.exit_date > w.anniversary)
    ),
    annuals AS (
      SELECT a.enrollment_id, array_agg(a.information_date) AS dates
      FROM ${assessmentEvents(sql`r.data_collection_stage = ${DataCollectionStage.Annual}
        AND r.enrollment_id IN (SELECT enrollment_id FROM scoped)`)} a
      GROUP BY a.enrollment_id
    )
    SELECT d.personal_id AS "PersonalID", d.first_name AS "FirstName", d.last_name AS "LastName",
      d.enrollment_id AS "EnrollmentID", d.household_id AS "HouseholdID", d.relationship_to_hoh AS "RelationshipToHoH",
      d.project_id AS "ProjectID", d.project_name AS "ProjectName", d.organization_name AS "OrganizationName",
      d.entry_date::text AS "EntryDate", d.exit_date::text AS "ExitDate", d.year,
      d.anniversary::text AS anniversary, (d.anniversary - ${days})::text AS "windowOpens",
      (d.anniversary + ${days})::text AS "windowCloses", (d.anniversary + ${days} >= ${asOf}::date) AS "windowOpenNow",
      (d.dob IS NULL OR date_part('year', age(d.anniversary, d.dob)) >= 18) AS adult,
      (SELECT string_agg(DISTINCT cu.first_name || ' ' || cu.last_name, ', ') FROM case_assignment ca
        JOIN app_user cu ON cu.id = ca.user_id
        WHERE ca.personal_id = d.personal_id AND ca.organization_id = d.organization_id
          AND ca.start_date <= coalesce(d.exit_date, ${asOf}::date)
          AND (ca.end_date IS NULL OR ca.end_date >= coalesce(d.exit_date, ${asOf}::date))) AS "caseManager"
    FROM due d LEFT JOIN annuals a ON a.enrollment_id = d.enrollment_id
    WHERE NOT EXISTS (SELECT 1 FROM unnest(a.dates) ad(day)
      WHERE ad.day BETWEEN d.anniversary - ${days} AND d.anniversary + ${days})`,
  );
  const projects = await loadProjects(run.db, [...new Set(rows.map((r) => r.ProjectID))]);
  return rows.filter((r) => asksAtAnnual(projects.get(r.ProjectID), r, p.funders));
}

// The rules depend on a handful of inputs: remember each answer.
const asked = new Map<string, boolean>();

/** The project asks this member something at annual, and is funded as the filter wants on the anniversary. */
function asksAtAnnual(project: ProjectContext | undefined, r: MissingAnnualRow, wanted: number[]): boolean {
  if (!project) return false;
  const funders = fundersOn(project, r.anniversary);
  if (wanted.length && !funders.some((f) => wanted.includes(f))) return false;
  const head = r.RelationshipToHoH === RelationshipToHoH.Self;
  const key = `${project.ProjectType}|${funders.sort().join(',')}|${head}|${r.adult}`;
  let yes = asked.get(key);
  if (yes === undefined) {
    yes =
      requiredElements(project.ProjectType, funders, 'annual', { isHeadOfHousehold: head, isAdult: r.adult }).length >
      0;
    asked.set(key, yes);
  }
  return yes;
}
