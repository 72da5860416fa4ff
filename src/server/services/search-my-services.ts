// My Services: what the signed-in user recorded, by client ID, service and date (today by default).

import { recordAudit } from '../audit/record-audit.ts';
import type { Deps } from '../deps.ts';
import type { RequestContext } from '../http/context.ts';
import { hudToday } from '../http/ids.ts';
import { recordClientReads } from './audit-many.ts';
import { findServices, type ServiceFilter } from './find-services.ts';

export async function searchMyServices(
  deps: Deps,
  ctx: RequestContext,
  q: Pick<ServiceFilter, 'personalId' | 'serviceTypeId' | 'from' | 'to' | 'limit' | 'offset'>,
) {
  const { db } = deps.database;
  const today = hudToday();
  const result = await findServices(db, ctx, {
    ...q,
    from: q.from ?? (q.to ? undefined : today),
    to: q.to ?? (q.from ? undefined : today),
    recordedBy: ctx.user.id,
  });
  await recordAudit(db, ctx, {
    action: 'service.search',
    entityType: 'service',
    detail: { via: 'my-services', count: result.items.length },
  });
  await recordClientReads(
    db,
    ctx,
    result.items.map((s) => s.PersonalID),
    'my services',
  );
  return result;
}
