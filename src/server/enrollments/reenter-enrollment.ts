// Re-enter an enrollment exited in error: the exit (and its exit assessment) is withdrawn for
// every household member who left on that date. Within 90 days of the exit any case manager
// of the organization may do it; after that only an HMIS admin.
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connect.ts';
import { caseAssignmentTable, exitTable } from '../../db/schema/index.ts';
import { DataCollectionStage } from '../../hud/codes.ts';
import { daysBetween } from '../../hud/rules/dates.ts';
import { deleteStageRows } from '../assessments/stage-records.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { nameOf } from '../households/load-household.ts';
import type { RequestContext } from '../http/context.ts';
import { AppError, conflict, forbidden } from '../http/errors.ts';
import { hudNow, hudToday } from '../http/ids.ts';
import { assertVersion } from '../http/versions.ts';
import { assertCanChange } from './enrollment-access.ts';
import { loadHouseholdOf } from './get-household.ts';
import { findOverlap, overlapMessage } from './overlap.ts';
import { touchEnrollment } from './prepare-member.ts';

export const REENTER_DAYS = 90;

export async function reenterEnrollment(db: DbOrTx, ctx: RequestContext, enrollmentId: string, version: number) {
  await db.transaction(async (tx) => {
    const h = await loadHouseholdOf(tx, ctx, enrollmentId);
    assertCanChange(ctx, h.project);
    const exit = h.target.exit;
    if (!exit) throw conflict(`${nameOf(h.target.client)} has not exited, so there is nothing to re-enter`);
    assertVersion(h.target.enrollment.version, version, 'This enrollment');
    const days = daysBetween(exit.ExitDate, hudToday());
    if (days > REENTER_DAYS && !ctx.user.roles.includes('hmis_admin')) {
      throw forbidden(
        `This exit (${exit.ExitDate}) is ${days} days old: only an HMIS admin can re-enter an enrollment more than ${REENTER_DAYS} days after its exit. Ask your HMIS admin.`,
      );
    }
    // The household left together: bring back everyone who exited on the same date.
    const members = h.members.filter((m) => m.exit?.ExitDate === exit.ExitDate);
    for (const m of members) {
      const overlap = await findOverlap(tx, {
        PersonalID: m.client.PersonalID,
        ProjectID: h.project.ProjectID,
        EntryDate: m.enrollment.EntryDate,
        ExitDate: null,
        except: m.enrollment.EnrollmentID,
      });
      if (overlap) throw new AppError(409, 'overlap', overlapMessage(nameOf(m.client), h.project.ProjectName, overlap));
    }
    const now = hudNow();
    for (const m of members) {
      const x = m.exit;
      if (!x) continue;
      await touchEnrollment(tx, ctx, m.enrollment, m.enrollment.version);
      await tx
        .update(exitTable)
        .set({ DateDeleted: now, DateUpdated: now, UserID: ctx.user.id, version: sql`${exitTable.version} + 1` })
        .where(and(eq(exitTable.EnrollmentID, m.enrollment.EnrollmentID), isNull(exitTable.DateDeleted)));
      await deleteStageRows(tx, ctx, m.enrollment.EnrollmentID, DataCollectionStage.ProjectExit);
      // Case assignments the exit ended come back.
      await tx
        .update(caseAssignmentTable)
        .set({
          endDate: null,
          endReason: null,
          updatedAt: new Date(),
          updatedBy: ctx.user.id,
          version: sql`${caseAssignmentTable.version} + 1`,
        })
        .where(
          and(
            eq(caseAssignmentTable.enrollmentId, m.enrollment.EnrollmentID),
            eq(caseAssignmentTable.endReason, 'exit'),
          ),
        );
      await recordAudit(tx, ctx, {
        action: 'enrollment.reenter',
        entityType: 'enrollment',
        entityId: m.enrollment.EnrollmentID,
        clientId: m.client.PersonalID,
        detail: { ExitID: x.ExitID, ExitDate: x.ExitDate, daysSinceExit: days },
      });
    }
  });
}
