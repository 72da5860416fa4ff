import { and, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connect.ts';
import { organizationTable, projectTable } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Deps } from '../deps.ts';
import type { RequestContext } from '../http/context.ts';
import { validationFailed } from '../http/errors.ts';
import { newId } from '../http/ids.ts';
import { getProject } from './get-project.ts';
import type { ProjectInput } from './project.schema.ts';
import { syncProjectRecords } from './sync-project-records.ts';
import { validateProject } from './validate-project.ts';
import { hudCreated } from './write-helpers.ts';

/** Splits the project's own columns from its sub-record lists. */
export function projectColumns(input: ProjectInput) {
  const { cocs: _c, funders: _f, inventory: _i, participations: _p, ceParticipations: _ce, ...columns } = input;
  return columns;
}

/** Checks HUD's cross-field rules against the (live) organization; 400 with every bad field. */
export async function assertValidProject(db: DbOrTx, input: ProjectInput) {
  const [org] = await db
    .select({ VictimServiceProvider: organizationTable.VictimServiceProvider })
    .from(organizationTable)
    .where(and(eq(organizationTable.OrganizationID, input.OrganizationID), isNull(organizationTable.DateDeleted)));
  const errors = validateProject(input, org);
  if (Object.keys(errors).length) throw validationFailed(errors);
}

export async function createProject(deps: Deps, ctx: RequestContext, input: ProjectInput) {
  const id = newId();
  return deps.database.db.transaction(async (tx) => {
    await assertValidProject(tx, input);
    await tx.insert(projectTable).values({ ProjectID: id, ...projectColumns(input), ...hudCreated(ctx) });
    const records = await syncProjectRecords(tx, ctx, id, input);
    await recordAudit(tx, ctx, {
      action: 'admin.project_created',
      entityType: 'project',
      entityId: id,
      detail: { OrganizationID: input.OrganizationID, ProjectType: input.ProjectType, records },
    });
    return getProject(tx, id);
  });
}
