// The catalog's active service types a project records on a date (Add New Service, Quick Services
// and Batches offer only these): the project must be the user's organization's.
import { listServiceTypes } from '../admin/list-service-types.ts';
import type { Deps } from '../deps.ts';
import { fundersByProject } from '../enrollments/load-project.ts';
import type { RequestContext } from '../http/context.ts';
import { requireOwnProject } from './project-access.ts';
import { projectOnDate } from './project-funders.ts';
import { mayRecord } from './service-type-rule.ts';

export async function listRecordableServiceTypes(deps: Deps, ctx: RequestContext, projectId: string, date: string) {
  const { db } = deps.database;
  const project = await requireOwnProject(db, ctx, projectId);
  const [types, grants] = await Promise.all([
    listServiceTypes(db, { activeOnly: true }),
    fundersByProject(db, [project.ProjectID]),
  ]);
  const onDate = projectOnDate(project, grants.get(project.ProjectID) ?? [], date);
  return types.filter((t) => mayRecord(t.recordType, onDate));
}
