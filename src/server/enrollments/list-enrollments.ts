// A client's enrollments (their dashboard's Enrollments section), and the projects a user
// can enroll into or filter by.
import { and, count, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../../db/connect.ts';
import { enrollmentTable, projectTable } from '../../db/schema/index.ts';
import { currentOrganization } from '../auth/session-hook.ts';
import { readClientAudited } from '../clients/client-access.ts';
import { loadExits } from '../households/load-household.ts';
import type { RequestContext } from '../http/context.ts';
import { hudToday } from '../http/ids.ts';
import { canSee } from './enrollment-access.ts';
import { fundersOn, loadProjects } from './load-project.ts';

export async function listClientEnrollments(db: Db, ctx: RequestContext, personalId: string) {
  // 404 for a client the user may not see; the read is audited.
  const { client } = await readClientAudited(db, ctx, personalId, 'enrollments');
  const rows = await db
    .select()
    .from(enrollmentTable)
    .where(and(eq(enrollmentTable.PersonalID, personalId), isNull(enrollmentTable.DateDeleted)));
  const projects = await loadProjects(db, [...new Set(rows.map((r) => r.ProjectID))]);
  const exits = await loadExits(
    db,
    rows.map((r) => r.EnrollmentID),
  );
  const sizes = rows.length
    ? await db
        .select({ HouseholdID: enrollmentTable.HouseholdID, n: count() })
        .from(enrollmentTable)
        .where(
          and(
            inArray(enrollmentTable.HouseholdID, [...new Set(rows.map((r) => r.HouseholdID))]),
            isNull(enrollmentTable.DateDeleted),
          ),
        )
        .groupBy(enrollmentTable.HouseholdID)
    : [];
  const enrollments = rows.flatMap((e) => {
    const p = projects.get(e.ProjectID);
    if (!p || !canSee(ctx, p)) return [];
    const x = exits.get(e.EnrollmentID);
    return [
      {
        EnrollmentID: e.EnrollmentID,
        HouseholdID: e.HouseholdID,
        ProjectID: p.ProjectID,
        ProjectName: p.ProjectName,
        ProjectType: p.ProjectType,
        OrganizationID: p.OrganizationID,
        OrganizationName: p.OrganizationName,
        RelationshipToHoH: e.RelationshipToHoH,
        EntryDate: e.EntryDate,
        MoveInDate: e.MoveInDate,
        ExitDate: x?.ExitDate ?? null,
        Destination: x?.Destination ?? null,
        version: e.version,
        householdSize: sizes.find((s) => s.HouseholdID === e.HouseholdID)?.n ?? 1,
      },
    ];
  });
  enrollments.sort((a, b) => Number(!!a.ExitDate) - Number(!!b.ExitDate) || b.EntryDate.localeCompare(a.EntryDate));
  return {
    client: {
      PersonalID: client.PersonalID,
      FirstName: client.FirstName,
      LastName: client.LastName,
      DOB: client.DOB,
      VeteranStatus: client.VeteranStatus,
      Sex: client.Sex,
      version: client.version,
    },
    enrollments,
  };
}

/** Projects of the current organization (scope `current`) or of every organization the user works for. */
export async function listProjectOptions(db: Db, ctx: RequestContext, scope: 'current' | 'mine') {
  const orgs = scope === 'current' ? [currentOrganization(ctx)] : ctx.user.organizationIds;
  if (!orgs.length) return [];
  const ids = await db
    .select({ id: projectTable.ProjectID })
    .from(projectTable)
    .where(and(inArray(projectTable.OrganizationID, orgs), isNull(projectTable.DateDeleted)));
  const projects = await loadProjects(
    db,
    ids.map((i) => i.id),
  );
  const today = hudToday();
  return [...projects.values()]
    .filter((p) => !p.OperatingEndDate || p.OperatingEndDate >= today || scope === 'mine')
    .map((p) => ({
      ProjectID: p.ProjectID,
      ProjectName: p.ProjectName,
      ProjectType: p.ProjectType,
      OrganizationID: p.OrganizationID,
      OrganizationName: p.OrganizationName,
      funders: fundersOn(p, today),
      cocCodes: p.cocCodes,
      OperatingStartDate: p.OperatingStartDate,
    }))
    .sort((a, b) => a.OrganizationName.localeCompare(b.OrganizationName) || a.ProjectName.localeCompare(b.ProjectName));
}
