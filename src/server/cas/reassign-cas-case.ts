// Agency CAS Active Cases → reassign: the household's active CAS case manager becomes another
// user of the access point's organization, for every open member, in one transaction.
import { and, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/connect.ts';
import { caseAssignmentTable } from '../../db/schema/index.ts';
import { laterOf } from '../../hud/rules/dates.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { assignCaseManager, eligibleCaseManager, notEligibleMessage } from '../case-assignments/assign-case-manager.ts';
import { hasRole, type RequestContext } from '../http/context.ts';
import { forbidden, validationFailed } from '../http/errors.ts';
import { hudToday } from '../http/ids.ts';
import { casRolesOf } from './cas-access.ts';
import { loadCasHousehold, lockCasHousehold } from './load-cas-household.ts';

export const reassignInput = z.strictObject({
  userId: z.string().min(1).max(32).describe('The new active CAS case manager'),
});

export async function reassignCasCase(db: Db, ctx: RequestContext, enrollmentId: string, userId: string) {
  await db.transaction(async (tx) => {
    const h = await loadCasHousehold(tx, ctx, enrollmentId);
    const org = h.project.OrganizationID;
    const manager =
      hasRole(ctx.user, 'program_manager') &&
      (ctx.user.roles.includes('hmis_admin') || ctx.user.organizationIds.includes(org));
    if (!manager && !(await casRolesOf(tx, ctx.user.id)).has('admin'))
      throw forbidden(`Program managers of ${h.project.OrganizationName} and CAS administrators reassign CAS cases`);
    if (!(await eligibleCaseManager(tx, userId, org)))
      throw validationFailed({ userId: notEligibleMessage(h.project.OrganizationName) });
    // A second reassignment waits, then ends the first's assignment.
    await lockCasHousehold(tx, h);
    const open = h.members.filter((m) => !m.exit);
    const today = hudToday();
    const ended = await tx
      .update(caseAssignmentTable)
      .set({
        endDate: sql`GREATEST(${caseAssignmentTable.startDate}, ${today}::date)`,
        endReason: 'ended',
        updatedAt: new Date(),
        updatedBy: ctx.user.id,
        version: sql`${caseAssignmentTable.version} + 1`,
      })
      .where(
        and(
          isNull(caseAssignmentTable.endDate),
          sql`${caseAssignmentTable.userId} <> ${userId}`,
          or(
            inArray(
              caseAssignmentTable.enrollmentId,
              open.map((m) => m.enrollment.EnrollmentID),
            ),
            and(
              isNull(caseAssignmentTable.enrollmentId),
              eq(caseAssignmentTable.organizationId, org),
              inArray(
                caseAssignmentTable.personalId,
                open.map((m) => m.client.PersonalID),
              ),
            ),
          ),
        ),
      )
      .returning({ id: caseAssignmentTable.id, personalId: caseAssignmentTable.personalId });
    for (const a of ended)
      await recordAudit(tx, ctx, {
        action: 'case_assignment.end',
        entityType: 'case_assignment',
        entityId: a.id,
        clientId: a.personalId,
        detail: { endDate: today, reason: 'CAS reassignment' },
      });
    for (const m of open)
      await assignCaseManager(tx, ctx, {
        personalId: m.client.PersonalID,
        userId,
        organizationId: org,
        enrollmentId: m.enrollment.EnrollmentID,
        startDate: laterOf(today, m.enrollment.EntryDate),
      });
  });
}
