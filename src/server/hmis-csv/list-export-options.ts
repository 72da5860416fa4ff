// What the CSV Export screen offers: the user's organizations (every one for an HMIS admin), their
// projects, grants and CoC codes.
import { asc, inArray, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connect.ts';
import { funderTable, organizationTable, projectCocTable, projectTable } from '../../db/schema/index.ts';
import { hasRole, type RequestContext } from '../http/context.ts';
import { requireExportRole } from './start-export.ts';

export async function listExportOptions(db: DbOrTx, ctx: RequestContext) {
  requireExportRole(ctx);
  const admin = hasRole(ctx.user, 'hmis_admin');
  const orgs = await db
    .select({ id: organizationTable.OrganizationID, name: organizationTable.OrganizationName })
    .from(organizationTable)
    .where(
      admin
        ? isNull(organizationTable.DateDeleted)
        : inArray(organizationTable.OrganizationID, ctx.user.organizationIds),
    )
    .orderBy(asc(organizationTable.OrganizationName));
  const orgIds = orgs.map((o) => o.id);
  const projects = orgIds.length
    ? await db
        .select({
          id: projectTable.ProjectID,
          name: projectTable.ProjectName,
          organizationId: projectTable.OrganizationID,
        })
        .from(projectTable)
        .where(inArray(projectTable.OrganizationID, orgIds))
        .orderBy(asc(projectTable.ProjectName))
    : [];
  const projectIds = projects.map((p) => p.id);
  const grants = projectIds.length
    ? await db
        .selectDistinct({ grantId: funderTable.GrantID, projectId: funderTable.ProjectID, funder: funderTable.Funder })
        .from(funderTable)
        .where(inArray(funderTable.ProjectID, projectIds))
        .orderBy(asc(funderTable.GrantID))
    : [];
  const cocs = projectIds.length
    ? await db
        .selectDistinct({ code: projectCocTable.CoCCode })
        .from(projectCocTable)
        .where(inArray(projectCocTable.ProjectID, projectIds))
        .orderBy(asc(projectCocTable.CoCCode))
    : [];
  return { organizations: orgs, projects, grants, cocCodes: cocs.map((c) => c.code), canExportAll: admin };
}
