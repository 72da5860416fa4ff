// An HMIS admin settles a deletion request: approve deletes the service, decline keeps it.
import { and, eq } from 'drizzle-orm';
import { serviceDeletionRequestTable } from '../../db/schema/index.ts';
import { requireService } from '../access/client-records.ts';
import { requireDeletionRequest } from '../access/work-records.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { requireRole } from '../auth/session-hook.ts';
import type { Deps } from '../deps.ts';
import type { RequestContext } from '../http/context.ts';
import { conflict, staleVersion } from '../http/errors.ts';
import { assertVersion } from '../http/versions.ts';
import { softDeleteService } from './delete-service.ts';

export async function resolveDeletionRequest(
  deps: Deps,
  ctx: RequestContext,
  requestId: string,
  decision: 'approve' | 'decline',
  version: number,
): Promise<void> {
  await deps.database.db.transaction(async (tx) => {
    const req = await requireDeletionRequest(tx, ctx, requestId, { lock: true });
    requireRole(ctx, 'hmis_admin');
    if (req.status !== 'open') throw conflict(`This request was already ${req.status}`);
    assertVersion(req.version, version, 'This deletion request');
    if (decision === 'approve') {
      // Deleting settles every open request for the service, this one included.
      const service = await requireService(tx, ctx, req.serviceId, { lock: true });
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
