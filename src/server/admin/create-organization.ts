import { organizationTable } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Deps } from '../deps.ts';
import type { RequestContext } from '../http/context.ts';
import { newId } from '../http/ids.ts';
import { getOrganization } from './list-organizations.ts';
import type { OrganizationInput } from './organization.schema.ts';
import { hudCreated } from './write-helpers.ts';

export async function createOrganization(deps: Deps, ctx: RequestContext, input: OrganizationInput) {
  const id = newId();
  return deps.database.db.transaction(async (tx) => {
    await tx.insert(organizationTable).values({ OrganizationID: id, ...input, ...hudCreated(ctx) });
    await recordAudit(tx, ctx, {
      action: 'admin.organization_created',
      entityType: 'organization',
      entityId: id,
      detail: { VictimServiceProvider: input.VictimServiceProvider },
    });
    return getOrganization(tx, id);
  });
}
