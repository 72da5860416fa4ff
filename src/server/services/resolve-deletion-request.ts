// An HMIS admin settles a deletion request: approve deletes the service, decline keeps it.
import { and, eq } from 'drizzle-orm';
import { serviceDeletionRequestTable } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { requireRole } from '../auth/session-hook.ts';
import type { Deps } from '../deps.ts';
import type { RequestContext } from '../http/context.ts';
import { conflict, notFound, staleVersion } from '../http/errors.ts';
import { assertVersion } from '../http/versions.ts';
import { lockService, softDeleteService } from './delete-service.ts';

export async function resolveDeletionRequest(
  deps: Deps,
  ctx: RequestContext,
  requestId: string,
  decision: 'approve' | 'decline',
  version: number,
): Promise<void> {
  requireRole(ctx, 'hmis_admin');
  await deps.database.db.transaction(async (tx) => {
    const [req] = await tx
      .select()
      .from(serviceDeletionRequestTable)
      .where(eq(serviceDeletionRequestTable.id, requestId))
      .for('update');
    if (!req) throw notFound('The deletion request');
    if (req.status !== 'open') throw conflict(`This request was already ${req.status}`);
    assertVersion(req.version, version, 'This deletion request');
    if (decision === 'approve') {
      // Deleting settles every open request for the service, this one included.
      const service = await lockService(tx, req.serviceId);
      await softDeleteService(tx, ctx, service, 'service.delete');
      return;
    }
    const now = new Date();
    const done = await tx
      .update(serviceDeletionRequestTable)
      .set({
        status: 'declined',
        resolvedAt: now,
        resolvedBy: ctx.user.id,
        updatedAt: now,
        updatedBy: ctx.user.id,
        version: req.version + 1,
      })
      .where(and(eq(serviceDeletionRequestTable.id, req.id), eq(serviceDeletionRequestTable.version, req.version)))
      .returning({ id: serviceDeletionRequestTable.id });
    if (!done.length) throw staleVersion('This deletion request');
    await recordAudit(tx, ctx, {
      action: 'service.deletion_declined',
      entityType: 'service',
      entityId: req.serviceId,
      detail: { requestId: req.id },
    });
  });
}
