import { projectTable } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Deps } from '../deps.ts';
import type { RequestContext } from '../http/context.ts';
import { assertValidProject, projectColumns } from './create-project.ts';
import { getProject } from './get-project.ts';
import type { ProjectUpdate } from './project.schema.ts';
import { syncProjectRecords } from './sync-project-records.ts';
import { hudUpdated, missingOrStale, sameVersion } from './write-helpers.ts';

/**
 * Saves a project and its sub-records together. The project's version guards the whole set:
 * every save bumps it, so two people editing the same project cannot overwrite each other.
 */
export async function updateProject(deps: Deps, ctx: RequestContext, id: string, input: ProjectUpdate) {
  const p = projectTable;
  const { version, ...rest } = input;
  return deps.database.db.transaction(async (tx) => {
    const before = await getProject(tx, id);
    await assertValidProject(tx, rest);
    const columns = projectColumns(rest);
    const updated = await tx
      .update(p)
      .set({ ...columns, ...hudUpdated(ctx, p.version) })
      .where(sameVersion(p.ProjectID, id, p.version, version, p.DateDeleted))
      .returning({ id: p.ProjectID });
    if (!updated.length) throw await missingOrStale(tx, p, p.ProjectID, id, 'This project', p.DateDeleted);
    const records = await syncProjectRecords(tx, ctx, id, rest);
    const changed = (Object.keys(columns) as (keyof typeof columns)[]).filter((k) => before[k] !== columns[k]);
    await recordAudit(tx, ctx, {
      action: 'admin.project_updated',
      entityType: 'project',
      entityId: id,
      detail: { changed, records },
    });
    return getProject(tx, id);
  });
}
