import { organizationTable } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Deps } from '../deps.ts';
import type { RequestContext } from '../http/context.ts';
import { getOrganization } from './list-organizations.ts';
import type { OrganizationUpdate } from './organization.schema.ts';
import { hudUpdated, missingOrStale, sameVersion } from './write-helpers.ts';

export async function updateOrganization(deps: Deps, ctx: RequestContext, id: string, input: OrganizationUpdate) {
  const o = organizationTable;
  const { version, ...fields } = input;
  return deps.database.db.transaction(async (tx) => {
    const before = await getOrganization(tx, id);
    const updated = await tx
      .update(o)
      .set({ ...fields, ...hudUpdated(ctx, o.version) })
      .where(sameVersion(o.OrganizationID, id, o.version, version, o.DateDeleted))
      .returning({ id: o.OrganizationID });
    if (!updated.length) throw await missingOrStale(tx, o, o.OrganizationID, id, 'This organization', o.DateDeleted);
    const changed = (Object.keys(fields) as (keyof typeof fields)[]).filter((k) => before[k] !== fields[k]);
    await recordAudit(tx, ctx, {
      action: 'admin.organization_updated',
      entityType: 'organization',
      entityId: id,
      detail: { changed },
    });
    return getOrganization(tx, id);
  });
}
