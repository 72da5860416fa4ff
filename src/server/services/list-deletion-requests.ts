// HMIS admins' list of services people asked to have deleted.
import { asc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { appUserTable, organizationTable, serviceDeletionRequestTable } from '../../db/schema/index.ts';
import { requireRole } from '../auth/session-hook.ts';
import type { Deps } from '../deps.ts';
import type { RequestContext } from '../http/context.ts';
import { findServices } from './find-services.ts';

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
    .where(eq(serviceDeletionRequestTable.status, status))
    .orderBy(asc(serviceDeletionRequestTable.createdAt))
    .limit(500);
  const { items } = await findServices(db, ctx, { ids: rows.map((r) => r.r.serviceId), adminView: true, limit: 500 });
  const services = new Map(items.map((s) => [s.id, s]));
  return rows.map(({ r, ...x }) => ({
    id: r.id,
    status: r.status,
    reason: r.reason,
    requestedAt: r.createdAt.toISOString(),
    requestedBy: { id: r.createdBy ?? '', name: `${x.requesterFirst} ${x.requesterLast}` },
    organizationName: x.organizationName,
    service: services.get(r.serviceId) ?? null,
    version: r.version,
  }));
}
