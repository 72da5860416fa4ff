import { and, count, eq, isNull } from 'drizzle-orm';
import { appUserTable, organizationTable, projectTable, userOrganizationTable } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Deps } from '../deps.ts';
import type { RequestContext } from '../http/context.ts';
import { conflict } from '../http/errors.ts';
import { hudNow } from '../http/ids.ts';
import { hudUpdated, missingOrStale, sameVersion } from './write-helpers.ts';

/** Soft-deletes an organization that runs no projects, and takes it off every user's account. */
export async function deleteOrganization(deps: Deps, ctx: RequestContext, id: string, version: number) {
  const o = organizationTable;
  await deps.database.db.transaction(async (tx) => {
    const [projects] = await tx
      .select({ n: count() })
      .from(projectTable)
      .where(and(eq(projectTable.OrganizationID, id), isNull(projectTable.DateDeleted)));
    if (projects && projects.n > 0) {
      throw conflict(
        `This organization still runs ${projects.n} project${projects.n === 1 ? '' : 's'}. Delete or move them first.`,
      );
    }
    const deleted = await tx
      .update(o)
      .set({ ...hudUpdated(ctx, o.version), DateDeleted: hudNow() })
      .where(sameVersion(o.OrganizationID, id, o.version, version, o.DateDeleted))
      .returning({ id: o.OrganizationID });
    if (!deleted.length) throw await missingOrStale(tx, o, o.OrganizationID, id, 'This organization', o.DateDeleted);
    const links = await tx
      .delete(userOrganizationTable)
      .where(eq(userOrganizationTable.organizationId, id))
      .returning({ userId: userOrganizationTable.userId });
    // Users working as it fall back to another of their organizations at their next request.
    await tx
      .update(appUserTable)
      .set({ currentOrganizationId: null })
      .where(eq(appUserTable.currentOrganizationId, id));
    await recordAudit(tx, ctx, {
      action: 'admin.organization_deleted',
      entityType: 'organization',
      entityId: id,
      detail: { usersRemoved: links.length },
    });
  });
}
