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
  const user = ctx.user;
  const wide = hasRole(user, 'program_manager') || hasRole(user, 'data_quality_officer');
  const admin = hasRole(user, 'hmis_admin');
  const allowed = (r: (typeof rows)[number]) => {
    if (r.deleted) return false;
    if (r.vsp === NoYes.Yes) return user.currentOrganizationId === r.organizationId;
    if (admin) return true;
    if (wide) return user.organizationIds.includes(r.organizationId);
    return user.currentOrganizationId === r.organizationId;
  };
  const ok = rows.filter(allowed);
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
