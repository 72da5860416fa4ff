// A case manager asks an HMIS admin to re-enter an enrollment exited more than 90 days ago
// (only an admin may then); the request lands in Admin → Re-entry requests.
import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connect.ts';
import { reentryRequestTable } from '../../db/schema/index.ts';
import { daysBetween } from '../../hud/rules/dates.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { RequestContext } from '../http/context.ts';
import { conflict } from '../http/errors.ts';
import { hudToday, newId } from '../http/ids.ts';
import { isUniqueViolation } from '../services/write-services.ts';
import { assertCanChange } from './enrollment-access.ts';
import { loadHouseholdOf } from './get-household.ts';
import { REENTER_DAYS } from './reenter-enrollment.ts';

const ALREADY = 'Re-entry of this enrollment has already been requested: an HMIS admin will act on it';

export async function requestReentry(db: DbOrTx, ctx: RequestContext, enrollmentId: string, reason: string) {
  const id = newId();
  try {
    await db.transaction(async (tx) => {
      const h = await loadHouseholdOf(tx, ctx, enrollmentId);
      assertCanChange(ctx, h.project);
      const exit = h.target.exit;
      if (!exit) throw conflict('This enrollment has not exited, so there is nothing to re-enter');
      const days = daysBetween(exit.ExitDate, hudToday());
      if (days <= REENTER_DAYS || ctx.user.roles.includes('hmis_admin')) {
        throw conflict('You can re-enter this enrollment yourself: use Re-enter the enrollment');
      }
      await tx.insert(reentryRequestTable).values({
        id,
        enrollmentId,
        personalId: h.target.client.PersonalID,
        organizationId: h.project.OrganizationID,
        reason,
        createdBy: ctx.user.id,
        updatedBy: ctx.user.id,
      });
      await recordAudit(tx, ctx, {
        action: 'enrollment.reentry_requested',
        entityType: 'enrollment',
        entityId: enrollmentId,
        clientId: h.target.client.PersonalID,
        detail: { requestId: id, ExitDate: exit.ExitDate, daysSinceExit: days },
      });
    });
  } catch (e) {
    if (isUniqueViolation(e, 'reentry_request_open')) throw conflict(ALREADY);
    throw e;
  }
  return { id };
}

/** The open request for an enrollment, if any (the caller has checked the enrollment is visible). */
export async function openReentryRequest(db: DbOrTx, enrollmentId: string) {
  const [r] = await db
    .select({
      id: reentryRequestTable.id,
      reason: reentryRequestTable.reason,
      createdAt: reentryRequestTable.createdAt,
    })
    .from(reentryRequestTable)
    .where(and(eq(reentryRequestTable.enrollmentId, enrollmentId), eq(reentryRequestTable.status, 'open')));
  return r ? { id: r.id, reason: r.reason, requestedAt: r.createdAt.toISOString() } : null;
}
