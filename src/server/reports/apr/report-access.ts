// Who may run the APR/CAPER on which projects. Data quality officers, program managers and HMIS
// admins report on their organizations' projects (HMIS admins on any); case managers on their
// current organization's. A victim-service provider's projects only by someone working as it:
// nothing derived from its clients leaves it, HMIS admins working as another organization included.
import { eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/connect.ts';
import { organizationTable, projectTable } from '../../../db/schema/index.ts';
import { NoYes } from '../../../hud/codes.ts';
import { hasRole, type RequestContext } from '../../http/context.ts';
import { validationFailed } from '../../http/errors.ts';

export type ReportableProject = { projectId: string; organizationId: string; victimServiceProvider: boolean };

/** Whether the user may report on a (not deleted) project of this organization. */
export function mayReportOn(ctx: RequestContext, organizationId: string, victimServiceProvider: boolean): boolean {
  const user = ctx.user;
  if (victimServiceProvider) return user.currentOrganizationId === organizationId;
  if (hasRole(user, 'hmis_admin')) return true;
  if (hasRole(user, 'program_manager') || hasRole(user, 'data_quality_officer'))
    return user.organizationIds.includes(organizationId);
  return user.currentOrganizationId === organizationId;
}

export async function requireReportableProjects(
  db: DbOrTx,
  ctx: RequestContext,
  projectIds: string[],
): Promise<ReportableProject[]> {
  const rows = await db
    .select({
      projectId: projectTable.ProjectID,
      organizationId: projectTable.OrganizationID,
      vsp: organizationTable.VictimServiceProvider,
      deleted: projectTable.DateDeleted,
    })
    .from(projectTable)
    .innerJoin(organizationTable, eq(organizationTable.OrganizationID, projectTable.OrganizationID))
    .where(inArray(projectTable.ProjectID, projectIds));
  const ok = rows.filter((r) => !r.deleted && mayReportOn(ctx, r.organizationId, r.vsp === NoYes.Yes));
  const refused = projectIds.filter((id) => !ok.some((r) => r.projectId === id));
  if (refused.length) {
    throw validationFailed({
      projectIds: `You may not report on project ${refused.join(', ')} (it does not exist or is not one of your organization’s)`,
    });
  }
  return ok.map((r) => ({
    projectId: r.projectId,
    organizationId: r.organizationId,
    victimServiceProvider: r.vsp === NoYes.Yes,
  }));
}
