// An HMIS admin settles a re-entry request: approve re-enters the enrollment (in the same
// transaction), decline leaves the exit as it is.
import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connect.ts';
import { reentryRequestTable } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { requireRole } from '../auth/session-hook.ts';
import type { RequestContext } from '../http/context.ts';
import { conflict, notFound, staleVersion } from '../http/errors.ts';
import { assertVersion } from '../http/versions.ts';
import { loadHouseholdOf } from './get-household.ts';
import { reenterEnrollment } from './reenter-enrollment.ts';

export async function resolveReentryRequest(
  db: DbOrTx,
  ctx: RequestContext,
  requestId: string,
  decision: 'approve' | 'decline',
  version: number,
): Promise<void> {
  requireRole(ctx, 'hmis_admin');
  await db.transaction(async (tx) => {
    const [req] = await tx
      .select()
      .from(reentryRequestTable)
      .where(eq(reentryRequestTable.id, requestId))
      .for('update');
    if (!req) throw notFound('The re-entry request');
    // A request about an enrollment the admin may not see does not exist for them.
    const h = await loadHouseholdOf(tx, ctx, req.enrollmentId);
    if (req.status !== 'open') throw conflict(`This request was already ${req.status}`);
    assertVersion(req.version, version, 'This re-entry request');
    if (decision === 'approve') {
      await reenterEnrollment(tx, ctx, req.enrollmentId, h.target.enrollment.version);
    }
    const now = new Date();
    const done = await tx
      .update(reentryRequestTable)
      .set({
        status: decision === 'approve' ? 'approved' : 'declined',
        resolvedAt: now,
        resolvedBy: ctx.user.id,
        updatedAt: now,
        updatedBy: ctx.user.id,
        version: req.version + 1,
      })
      .where(and(eq(reentryRequestTable.id, req.id), eq(reentryRequestTable.version, req.version)))
      .returning({ id: reentryRequestTable.id });
    if (!done.length) throw staleVersion('This re-entry request');
    await recordAudit(tx, ctx, {
      action: decision === 'approve' ? 'enrollment.reentry_approved' : 'enrollment.reentry_declined',
      entityType: 'enrollment',
      entityId: req.enrollmentId,
      clientId: req.personalId,
      detail: { requestId: req.id },
    });
  });
}
