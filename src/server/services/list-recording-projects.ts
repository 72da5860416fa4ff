// Projects the user may record services in: those of the organization they work as.
import { and, asc, eq, isNull } from 'drizzle-orm';
import { projectTable } from '../../db/schema/index.ts';
import { currentOrganization } from '../auth/session-hook.ts';
import type { Deps } from '../deps.ts';
import type { RequestContext } from '../http/context.ts';

export async function listRecordingProjects(deps: Deps, ctx: RequestContext) {
  const org = currentOrganization(ctx);
  return deps.database.db
    .select({
      ProjectID: projectTable.ProjectID,
      ProjectName: projectTable.ProjectName,
      ProjectType: projectTable.ProjectType,
    })
    .from(projectTable)
    .where(and(eq(projectTable.OrganizationID, org), isNull(projectTable.DateDeleted)))
    .orderBy(asc(projectTable.ProjectName));
}
