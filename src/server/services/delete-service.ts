// Deletes a service (soft): the user who recorded it, or an HMIS admin. The HUD Services row
// gets DateDeleted in the same transaction so exports and reports drop it too.
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Tx } from '../../db/connect.ts';
import { serviceDeletionRequestTable, servicesTable, serviceTable } from '../../db/schema/index.ts';
import { requireService } from '../access/client-records.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Deps } from '../deps.ts';
import { hasRole, type RequestContext } from '../http/context.ts';
import { forbidden, staleVersion } from '../http/errors.ts';
import { hudNow } from '../http/ids.ts';
import { assertVersion } from '../http/versions.ts';

type ServiceRow = typeof serviceTable.$inferSelect;

export async function deleteService(deps: Deps, ctx: RequestContext, serviceId: string, version: number) {
  await deps.database.db.transaction(async (tx) => {
    const row = await requireService(tx, ctx, serviceId, { lock: true });
    if (row.recordedBy !== ctx.user.id && !hasRole(ctx.user, 'hmis_admin')) {
      throw forbidden(
        'Only the person who recorded this service or an HMIS admin can delete it: use Request deletion to ask an admin',
      );
    }
    assertVersion(row.version, version, 'This service');
    await softDeleteService(tx, ctx, row, 'service.delete');
  });
}

export async function softDeleteService(tx: Tx, ctx: RequestContext, row: ServiceRow, action: string): Promise<void> {
  const now = new Date();
  const done = await tx
    .update(serviceTable)
    .set({
      deletedAt: now,
      deletedBy: ctx.user.id,
      updatedAt: now,
      updatedBy: ctx.user.id,
      version: row.version + 1,
    })
    .where(and(eq(serviceTable.id, row.id), eq(serviceTable.version, row.version)))
    .returning({ id: serviceTable.id });
  if (!done.length) throw staleVersion('This service');
  if (row.servicesId) {
    const stamp = hudNow(now);
    await tx
      .update(servicesTable)
      .set({
        DateDeleted: stamp,
        DateUpdated: stamp,
        UserID: ctx.user.id,
        version: sql`${servicesTable.version} + 1`,
      })
      .where(and(eq(servicesTable.ServicesID, row.servicesId), isNull(servicesTable.DateDeleted)));
  }
  // A request to delete it is settled by the deletion, whoever did it.
  await tx
    .update(serviceDeletionRequestTable)
    .set({
      status: 'approved',
      resolvedAt: now,
      resolvedBy: ctx.user.id,
      updatedAt: now,
      updatedBy: ctx.user.id,
      version: sql`${serviceDeletionRequestTable.version} + 1`,
    })
    .where(and(eq(serviceDeletionRequestTable.serviceId, row.id), eq(serviceDeletionRequestTable.status, 'open')));
  await recordAudit(tx, ctx, {
    action,
    entityType: 'service',
    entityId: row.id,
    clientId: row.personalId,
    detail: { ServicesID: row.servicesId, DateProvided: row.dateProvided, serviceTypeId: row.serviceTypeId },
  });
}
