// A client's services (client → Services, and the dashboard's Recent services), with filters.
import type { Deps } from '../app.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { RequestContext } from '../http/context.ts';
import { findServices, type ServiceFilter } from './find-services.ts';
import { requireClient } from './require-client.ts';
import type { ServiceOut } from './schemas.ts';

export async function listClientServices(
  deps: Deps,
  ctx: RequestContext,
  personalId: string,
  filter: Pick<ServiceFilter, 'serviceTypeId' | 'projectId' | 'from' | 'to' | 'limit' | 'offset'>,
): Promise<{ items: ServiceOut[]; total: number }> {
  const { db } = deps.database;
  await requireClient(db, personalId);
  const result = await findServices(db, ctx, { ...filter, personalId });
  await recordAudit(db, ctx, {
    action: 'client.read',
    entityType: 'client',
    entityId: personalId,
    clientId: personalId,
    detail: { via: 'services', count: result.items.length },
  });
  return result;
}
