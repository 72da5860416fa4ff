// The project a multi-client screen works in must be one of the user's organization's.
import { and, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connect.ts';
import { projectTable } from '../../db/schema/index.ts';
import { currentOrganization } from '../auth/session-hook.ts';
import type { RequestContext } from '../http/context.ts';
import { forbidden, validationFailed } from '../http/errors.ts';

export async function requireOwnProject(db: DbOrTx, ctx: RequestContext, projectId: string, field = 'projectId') {
  const org = currentOrganization(ctx);
  const [project] = await db
    .select()
    .from(projectTable)
    .where(and(eq(projectTable.ProjectID, projectId), isNull(projectTable.DateDeleted)));
  if (!project) throw validationFailed({ [field]: 'No such project: choose one from the list' });
  if (project.OrganizationID !== org) {
    throw forbidden(`${project.ProjectName} belongs to another organization: switch to it (Settings → Organization)`);
  }
  return project;
}
