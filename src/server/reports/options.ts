// What report launch forms offer: the organizations the user may report on (every one for an HMIS
// admin), their projects (programs) with type, CoC codes, and the users who could be case managers.
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '../../db/connect.ts';
import {
  appUserTable,
  organizationTable,
  projectCocTable,
  projectTable,
  userOrganizationTable,
} from '../../db/schema/index.ts';
import { hasRole, type RequestContext } from '../http/context.ts';

export const reportOptions = z.object({
  organizations: z.array(z.object({ id: z.string(), name: z.string() })),
  projects: z.array(
    z.object({ id: z.string(), name: z.string(), organizationId: z.string(), projectType: z.number().nullable() }),
  ),
  cocCodes: z.array(z.string()),
  users: z.array(z.object({ id: z.string(), name: z.string() })),
});

/** Organizations a user may report on: all for an HMIS admin, else their own. */
export function reportableOrganizations(ctx: RequestContext): string[] | 'all' {
  return hasRole(ctx.user, 'hmis_admin') ? 'all' : ctx.user.organizationIds;
}

export async function listReportOptions(db: DbOrTx, ctx: RequestContext): Promise<z.infer<typeof reportOptions>> {
  const scope = reportableOrganizations(ctx);
  const orgFilter = scope === 'all' ? undefined : inArray(organizationTable.OrganizationID, scope);
  const organizations = await db
    .select({ id: organizationTable.OrganizationID, name: organizationTable.OrganizationName })
    .from(organizationTable)
    .where(and(isNull(organizationTable.DateDeleted), orgFilter))
    .orderBy(asc(organizationTable.OrganizationName));
  const orgIds = organizations.map((o) => o.id);
  if (!orgIds.length) return { organizations, projects: [], cocCodes: [], users: [] };
  const projects = await db
    .select({
      id: projectTable.ProjectID,
      name: projectTable.ProjectName,
      organizationId: projectTable.OrganizationID,
      projectType: projectTable.ProjectType,
    })
    .from(projectTable)
    .where(and(inArray(projectTable.OrganizationID, orgIds), isNull(projectTable.DateDeleted)))
    .orderBy(asc(projectTable.ProjectName));
  const cocs = await db
    .selectDistinct({ code: projectCocTable.CoCCode })
    .from(projectCocTable)
    .innerJoin(projectTable, eq(projectTable.ProjectID, projectCocTable.ProjectID))
    .where(and(inArray(projectTable.OrganizationID, orgIds), isNull(projectCocTable.DateDeleted)))
    .orderBy(asc(projectCocTable.CoCCode));
  const users = await db
    .selectDistinct({ id: appUserTable.id, first: appUserTable.firstName, last: appUserTable.lastName })
    .from(appUserTable)
    .innerJoin(userOrganizationTable, eq(userOrganizationTable.userId, appUserTable.id))
    .where(inArray(userOrganizationTable.organizationId, orgIds))
    .orderBy(asc(appUserTable.lastName), asc(appUserTable.firstName));
  return {
    organizations,
    projects,
    cocCodes: cocs.map((c) => c.code),
    users: users.map((u) => ({ id: u.id, name: `${u.first} ${u.last}` })),
  };
}
