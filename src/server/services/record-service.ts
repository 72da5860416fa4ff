// Records one service on one of a client's enrollments (client → Services → Add New Service).

import { requireClientAccess } from '../clients/client-access.ts';
import type { Deps } from '../deps.ts';
import type { RequestContext } from '../http/context.ts';
import { findServices } from './find-services.ts';
import { prepareServices, type ServiceInput } from './prepare-services.ts';
import type { ServiceOut } from './schemas.ts';
import { writeServices } from './write-services.ts';

export async function recordService(
  deps: Deps,
  ctx: RequestContext,
  personalId: string,
  input: ServiceInput,
): Promise<ServiceOut> {
  const { db } = deps.database;
  await requireClientAccess(db, ctx, personalId);
  const [written] = await db.transaction(async (tx) => {
    const prepared = await prepareServices(tx, ctx, [input], { personalId });
    return writeServices(tx, ctx, prepared, { via: 'service' });
  });
  const { items } = await findServices(db, ctx, { ids: written ? [written.id] : [] });
  const service = items[0];
  if (!service) throw new Error('recorded service vanished');
  return service;
}
