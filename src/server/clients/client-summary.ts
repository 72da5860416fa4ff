// Turning client rows into what lists show (search results, duplicate candidates), with SSN and
// date of birth masked per role, plus each client's latest enrollment.
import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connect.ts';
import { sqlOnce } from '../../db/prepared.ts';
import type { ClientSummary } from './client-schemas.ts';
import { ageOn, dobDisplay, ssnDisplay } from './mask.ts';

/** Rows of a plain SQL query. Cast dates to text in the SQL. */
export async function sqlRows<T>(db: DbOrTx, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

/** Columns every summary query selects from `client c` (and `client_profile cp`). */
export const summaryColumns = sql.raw(`c.personal_id AS "PersonalID", c.first_name AS "FirstName",
  c.middle_name AS "MiddleName", c.last_name AS "LastName", c.name_suffix AS "NameSuffix",
  c.dob::text AS "DOB", c.ssn AS "SSN", c.veteran_status AS "VeteranStatus",
  (cp.photo_id IS NOT NULL) AS "hasPhoto"`);

export type SummaryRow = {
  PersonalID: string;
  FirstName: string | null;
  MiddleName: string | null;
  LastName: string | null;
  NameSuffix: string | null;
  DOB: string | null;
  SSN: string | null;
  VeteranStatus: number;
  hasPhoto: boolean;
};

type LatestEnrollment = ClientSummary['latestEnrollment'];

/**
 * A client's most recent enrollment (by entry date) with its project and exit date, as a LATERAL
 * subquery on `personalId`: one index lookup per client. Columns EnrollmentID, ProjectName,
 * EntryDate, ExitDate.
 */
export function latestEnrollmentSql(personalId: SQL): SQL {
  return sql`SELECT e.enrollment_id AS "EnrollmentID", p.project_name AS "ProjectName",
      e.entry_date::text AS "EntryDate", x.exit_date::text AS "ExitDate"
    FROM enrollment e
    JOIN project p ON p.project_id = e.project_id
    LEFT JOIN exit x ON x.enrollment_id = e.enrollment_id AND x.date_deleted IS NULL
    WHERE e.personal_id = ${personalId} AND e.date_deleted IS NULL
    ORDER BY e.entry_date DESC, e.date_created DESC
    LIMIT 1`;
}

export type LatestEnrollmentRow = {
  EnrollmentID: string | null;
  ProjectName: string | null;
  EntryDate: string | null;
  ExitDate: string | null;
};

/** The latest enrollment of a row joined with `latestEnrollmentSql` (null when the client has none). */
export function latestOf(row: LatestEnrollmentRow): LatestEnrollment {
  if (row.EnrollmentID === null) return null;
  return {
    EnrollmentID: row.EnrollmentID,
    ProjectName: row.ProjectName as string,
    EntryDate: row.EntryDate as string,
    ExitDate: row.ExitDate,
  };
}

// One array parameter: one prepared statement whatever the number of clients, built once. The array
// is read through a sub-select so the planner cannot see its length: a custom plan for one ID always
// looked cheaper than the generic one, so every call was planned anew (ten times its execution).
const latestEnrollmentsQuery = sqlOnce<LatestEnrollmentRow & { personal_id: string }, { ids: string[] }>(
  sql`SELECT i.personal_id, l.* FROM unnest((SELECT ${sql.placeholder('ids')}::varchar[])) AS i(personal_id)
    CROSS JOIN LATERAL (${latestEnrollmentSql(sql.raw('i.personal_id'))}) l`,
);

/** Each client's most recent enrollment (by entry date) with its project and exit date. */
export async function latestEnrollments(db: DbOrTx, ids: string[]): Promise<Map<string, LatestEnrollment>> {
  const map = new Map<string, LatestEnrollment>();
  if (!ids.length) return map;
  const rows = await latestEnrollmentsQuery(db, { ids });
  for (const r of rows) map.set(r.personal_id, latestOf(r));
  return map;
}

export function toSummary(row: SummaryRow, fullPii: boolean, latest: LatestEnrollment = null): ClientSummary {
  return {
    PersonalID: row.PersonalID,
    FirstName: row.FirstName,
    MiddleName: row.MiddleName,
    LastName: row.LastName,
    NameSuffix: row.NameSuffix,
    DOB: fullPii ? row.DOB : null,
    age: ageOn(row.DOB),
    dobDisplay: dobDisplay(row.DOB, fullPii),
    ssnDisplay: ssnDisplay(row.SSN, fullPii),
    VeteranStatus: row.VeteranStatus,
    hasPhoto: Boolean(row.hasPhoto),
    latestEnrollment: latest,
  };
}

/** Summaries with latest enrollments, in the order of the rows given. */
export async function summarize(db: DbOrTx, rows: SummaryRow[], fullPii: boolean): Promise<ClientSummary[]> {
  const latest = await latestEnrollments(
    db,
    rows.map((r) => r.PersonalID),
  );
  return rows.map((r) => toSummary(r, fullPii, latest.get(r.PersonalID) ?? null));
}
