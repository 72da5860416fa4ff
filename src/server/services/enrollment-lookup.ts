// The enrollment facts a service depends on: client, project, its organization and type, and
// the dates it ran (EntryDate to the ExitDate of a non-deleted exit, if any).
import { and, desc, eq, gte, inArray, isNull, lte, or, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connect.ts';
import { buildOnce } from '../../db/prepared.ts';
import { enrollmentTable, exitTable, projectTable } from '../../db/schema/index.ts';
import { clientVisibleSql } from '../clients/client-access.ts';

export type EnrollmentFacts = {
  EnrollmentID: string;
  PersonalID: string;
  ProjectID: string;
  HouseholdID: string;
  EntryDate: string;
  ExitDate: string | null;
  ProjectName: string;
  ProjectType: number | null;
  OrganizationID: string;
};

const columns = {
  EnrollmentID: enrollmentTable.EnrollmentID,
  PersonalID: enrollmentTable.PersonalID,
  ProjectID: enrollmentTable.ProjectID,
  HouseholdID: enrollmentTable.HouseholdID,
  EntryDate: enrollmentTable.EntryDate,
  ExitDate: exitTable.ExitDate,
  ProjectName: projectTable.ProjectName,
  ProjectType: projectTable.ProjectType,
  OrganizationID: projectTable.OrganizationID,
};

function query(db: DbOrTx, where: SQL | undefined) {
  return db
    .select(columns)
    .from(enrollmentTable)
    .innerJoin(projectTable, eq(projectTable.ProjectID, enrollmentTable.ProjectID))
    .leftJoin(exitTable, and(eq(exitTable.EnrollmentID, enrollmentTable.EnrollmentID), isNull(exitTable.DateDeleted)))
    .where(and(isNull(enrollmentTable.DateDeleted), isNull(projectTable.DateDeleted), where));
}

// Every service recorded runs it: built once, the IDs one array parameter, read through a sub-select
// so PostgreSQL keeps one generic plan (see latestEnrollmentsQuery in clients/client-summary.ts).
const enrollmentsByIdQuery = buildOnce((db) =>
  query(
    db,
    and(
      sql`${enrollmentTable.EnrollmentID} = ANY((SELECT ${sql.placeholder('ids')}::varchar[])::varchar[])`,
      clientVisibleSql(enrollmentTable.PersonalID, sql.placeholder('org')),
    ),
  ),
);

/** The enrollments with these IDs that users working as `visibleTo` may see (the others are left out, as if missing). */
export async function enrollmentsById(
  db: DbOrTx,
  ids: readonly string[],
  visibleTo: string,
): Promise<Map<string, EnrollmentFacts>> {
  if (!ids.length) return new Map();
  const rows = await enrollmentsByIdQuery(db, { ids: [...new Set(ids)], org: visibleTo });
  return new Map(rows.map((r) => [r.EnrollmentID, r]));
}

/**
 * Enrollments in a project that were open on a date, one per client (the latest entry wins if
 * a client has two). A bed night needs the client there that night, so its last day is the
 * night before the exit date; other services may be given on the exit date itself. Clients
 * hidden from users working as `visibleTo` are left out, as if not enrolled.
 */
export async function openEnrollmentsOn(
  db: DbOrTx,
  opts: { projectId: string; date: string; bedNight: boolean; visibleTo: string; personalIds?: readonly string[] },
): Promise<Map<string, EnrollmentFacts>> {
  if (opts.personalIds && !opts.personalIds.length) return new Map();
  const stillIn = opts.bedNight
    ? or(isNull(exitTable.ExitDate), gte(exitTable.ExitDate, nextDay(opts.date)))
    : or(isNull(exitTable.ExitDate), gte(exitTable.ExitDate, opts.date));
  const rows = await query(
    db,
    and(
      eq(enrollmentTable.ProjectID, opts.projectId),
      lte(enrollmentTable.EntryDate, opts.date),
      stillIn,
      clientVisibleSql(enrollmentTable.PersonalID, opts.visibleTo),
      opts.personalIds ? inArray(enrollmentTable.PersonalID, [...new Set(opts.personalIds)]) : undefined,
    ),
  ).orderBy(desc(enrollmentTable.EntryDate));
  const byClient = new Map<string, EnrollmentFacts>();
  for (const r of rows) if (!byClient.has(r.PersonalID)) byClient.set(r.PersonalID, r);
  return byClient;
}

/** yyyy-mm-dd of the following day (calendar arithmetic, no time zone involved). */
export function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
