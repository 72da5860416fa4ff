// Asks an HMIS admin to delete a service someone else recorded (it lands in their list).
import { serviceDeletionRequestTable } from '../../db/schema/index.ts';
import { requireService } from '../access/client-records.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Deps } from '../deps.ts';
import type { RequestContext } from '../http/context.ts';
import { conflict, notFound } from '../http/errors.ts';
import { newId } from '../http/ids.ts';
import { findServices } from './find-services.ts';
import { isUniqueViolation } from './write-services.ts';

export async function requestServiceDeletion(deps: Deps, ctx: RequestContext, serviceId: string, reason: string) {
  const { db } = deps.database;
  // Only a service the user can see can be reported.
  await requireService(db, ctx, serviceId);
  const { items } = await findServices(db, ctx, { ids: [serviceId] });
  const service = items[0];
  if (!service) throw notFound('The service');
  if (service.deletionRequested) throw conflict('Deletion of this service has already been requested');
  const id = newId();
  try {
    await db.transaction(async (tx) => {
      await tx.insert(serviceDeletionRequestTable).values({
        id,
        serviceId,
        organizationId: ctx.user.currentOrganizationId,
        reason,
        createdBy: ctx.user.id,
        updatedBy: ctx.user.id,
      });
      await recordAudit(tx, ctx, {
        action: 'service.deletion_requested',
        entityType: 'service',
        entityId: serviceId,
        clientId: service.PersonalID,
        detail: { requestId: id },
      });
    });
  } catch (e) {
    if (isUniqueViolation(e, 'service_deletion_request_open')) {
      throw conflict('Deletion of this service has already been requested');
    }
    throw e;
  }
  return { id };
}
