// A client's services (client → Services, and the dashboard's Recent services), with filters.

import { readClientAudited } from '../clients/client-access.ts';
import type { Deps } from '../deps.ts';
import type { RequestContext } from '../http/context.ts';
import { findServices, type ServiceFilter } from './find-services.ts';
import type { ServiceOut } from './schemas.ts';

export async function listClientServices(
  deps: Deps,
  ctx: RequestContext,
  personalId: string,
  filter: Pick<ServiceFilter, 'serviceTypeId' | 'projectId' | 'from' | 'to' | 'limit' | 'offset'>,
): Promise<{ items: ServiceOut[]; total: number }> {
  const { db } = deps.database;
  await readClientAudited(db, ctx, personalId, 'services');
  return findServices(db, ctx, { ...filter, personalId });
}
