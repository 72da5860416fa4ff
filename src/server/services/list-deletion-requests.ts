// HMIS admins' list of services people asked to have deleted.
import { and, asc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { appUserTable, organizationTable, serviceDeletionRequestTable, serviceTable } from '../../db/schema/index.ts';
import { clientVisibleSql } from '../access/visibility.ts';
import { currentOrganization, requireRole } from '../auth/session-hook.ts';
import type { Deps } from '../deps.ts';
import type { RequestContext } from '../http/context.ts';
import { recordClientReads } from './audit-many.ts';
import { findServices } from './find-services.ts';
import type { ServiceOut } from './schemas.ts';

export async function listDeletionRequests(deps: Deps, ctx: RequestContext, status: 'open' | 'approved' | 'declined') {
  requireRole(ctx, 'hmis_admin');
  const { db } = deps.database;
  const requester = alias(appUserTable, 'requester');
  const rows = await db
    .select({
      r: serviceDeletionRequestTable,
      requesterFirst: requester.firstName,
      requesterLast: requester.lastName,
      organizationName: organizationTable.OrganizationName,
    })
    .from(serviceDeletionRequestTable)
    .innerJoin(requester, eq(requester.id, serviceDeletionRequestTable.createdBy))
    .leftJoin(organizationTable, eq(organizationTable.OrganizationID, serviceDeletionRequestTable.organizationId))
    .innerJoin(serviceTable, eq(serviceTable.id, serviceDeletionRequestTable.serviceId))
    .where(
      and(
        eq(serviceDeletionRequestTable.status, status),
        clientVisibleSql(serviceTable.personalId, currentOrganization(ctx)),
      ),
    )
    .orderBy(asc(serviceDeletionRequestTable.createdAt))
    .limit(500);
  const { items } = await findServices(db, ctx, { ids: rows.map((r) => r.r.serviceId), adminView: true, limit: 500 });
  const services = new Map(items.map((s) => [s.id, s]));
  await recordClientReads(
    db,
    ctx,
    items.map((s) => s.PersonalID),
    'service deletion requests',
  );
  // A request about a service the user may not see is left out with it.
  return rows.flatMap(({ r, ...x }) => {
    const service = services.get(r.serviceId);
    return service ? [view(r, x, service)] : [];
  });
}

function view(
  r: typeof serviceDeletionRequestTable.$inferSelect,
  x: { requesterFirst: string; requesterLast: string; organizationName: string | null },
  service: ServiceOut,
) {
  return {
    id: r.id,
    status: r.status,
    reason: r.reason,
    requestedAt: r.createdAt.toISOString(),
    requestedBy: { id: r.createdBy ?? '', name: `${x.requesterFirst} ${x.requesterLast}` },
    organizationName: x.organizationName,
    service,
    version: r.version,
  };
}
