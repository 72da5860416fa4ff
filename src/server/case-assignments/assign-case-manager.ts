// Makes a user a client's case manager. Only an active user with access to the organization
// can be assigned (the seed's rule for the case manager search in the intake workflow).
import { and, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connect.ts';
import { appUserTable, caseAssignmentTable, userOrganizationTable } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { RequestContext } from '../http/context.ts';
import { newId } from '../http/ids.ts';

/** The user, if active and able to work as the organization. */
export async function eligibleCaseManager(db: DbOrTx, userId: string, organizationId: string) {
  const [u] = await db
    .select({ id: appUserTable.id, firstName: appUserTable.firstName, lastName: appUserTable.lastName })
    .from(appUserTable)
    .innerJoin(userOrganizationTable, eq(userOrganizationTable.userId, appUserTable.id))
    .where(
      and(
        eq(appUserTable.id, userId),
        eq(appUserTable.active, true),
        eq(userOrganizationTable.organizationId, organizationId),
      ),
    );
  return u;
}

export const notEligibleMessage = (orgName: string) =>
  `Choose a case manager who has access to ${orgName}; the user chosen does not`;

export type Assignment = {
  personalId: string;
  userId: string;
  organizationId: string;
  enrollmentId: string | null;
  startDate: string;
};

/** Inserts the assignment (unless the same one is already active) and audits it. */
export async function assignCaseManager(tx: DbOrTx, ctx: RequestContext, a: Assignment): Promise<string> {
  const [active] = await tx
    .select({ id: caseAssignmentTable.id })
    .from(caseAssignmentTable)
    .where(
      and(
        eq(caseAssignmentTable.personalId, a.personalId),
        eq(caseAssignmentTable.userId, a.userId),
        a.enrollmentId
          ? eq(caseAssignmentTable.enrollmentId, a.enrollmentId)
          : isNull(caseAssignmentTable.enrollmentId),
        isNull(caseAssignmentTable.endDate),
      ),
    );
  if (active) return active.id;
  const id = newId();
  await tx.insert(caseAssignmentTable).values({
    id,
    personalId: a.personalId,
    userId: a.userId,
    organizationId: a.organizationId,
    enrollmentId: a.enrollmentId,
    startDate: a.startDate,
    createdBy: ctx.user.id,
    updatedBy: ctx.user.id,
  });
  await recordAudit(tx, ctx, {
    action: 'case_assignment.create',
    entityType: 'case_assignment',
    entityId: id,
    clientId: a.personalId,
    detail: { userId: a.userId, organizationId: a.organizationId, enrollmentId: a.enrollmentId },
  });
  return id;
}
