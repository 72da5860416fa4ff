// Adding a case manager from the client's Case Managers page, and ending an assignment.
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/connect.ts';
import { caseAssignmentTable, organizationTable, projectTable } from '../../db/schema/index.ts';
import { requireCaseAssignment, requireEnrollment } from '../access/client-records.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { currentOrganization } from '../auth/session-hook.ts';
import { requireClientAccess } from '../clients/client-access.ts';
import type { RequestContext } from '../http/context.ts';
import { badRequest, conflict, forbidden, validationFailed } from '../http/errors.ts';
import { hudToday } from '../http/ids.ts';
import { assertVersion } from '../http/versions.ts';
import { assignCaseManager, eligibleCaseManager, notEligibleMessage } from './assign-case-manager.ts';

export type AddAssignment = { PersonalID: string; userId: string; startDate?: string; EnrollmentID?: string };

export async function addCaseAssignment(db: Db, ctx: RequestContext, input: AddAssignment): Promise<string> {
  const org = currentOrganization(ctx);
  return db.transaction(async (tx) => {
    // The records named come first: a hidden one answers like one that does not exist.
    await requireClientAccess(tx, ctx, input.PersonalID, { field: 'PersonalID' });
    const enrollment = input.EnrollmentID
      ? await requireEnrollment(tx, ctx, input.EnrollmentID, { field: 'EnrollmentID' })
      : undefined;
    const startDate = input.startDate ?? hudToday();
    if (startDate > hudToday()) throw validationFailed({ startDate: 'The start date cannot be in the future' });
    const [o] = await tx.select().from(organizationTable).where(eq(organizationTable.OrganizationID, org));
    if (!(await eligibleCaseManager(tx, input.userId, org)))
      throw validationFailed({ userId: notEligibleMessage(o?.OrganizationName ?? org) });
    if (enrollment) {
      if (enrollment.PersonalID !== input.PersonalID)
        throw validationFailed({ EnrollmentID: "Choose one of this client's enrollments" });
      const [p] = await tx
        .select({ org: projectTable.OrganizationID })
        .from(projectTable)
        .where(eq(projectTable.ProjectID, enrollment.ProjectID));
      if (p?.org !== org)
        throw validationFailed({ EnrollmentID: 'Choose an enrollment in a project of your organization' });
    }
    return assignCaseManager(tx, ctx, {
      personalId: input.PersonalID,
      userId: input.userId,
      organizationId: org,
      enrollmentId: input.EnrollmentID ?? null,
      startDate,
    });
  });
}

export async function endCaseAssignment(
  db: Db,
  ctx: RequestContext,
  id: string,
  input: { version: number; endDate?: string },
) {
  await db.transaction(async (tx) => {
    const a = await requireCaseAssignment(tx, ctx, id, { lock: true });
    if (!ctx.user.roles.includes('hmis_admin') && ctx.user.currentOrganizationId !== a.organizationId)
      throw forbidden('Switch to the organization of this case assignment to end it');
    if (a.endDate) throw conflict(`This case assignment already ended on ${a.endDate}`);
    assertVersion(a.version, input.version, 'This case assignment');
    const endDate = input.endDate ?? hudToday();
    if (endDate < a.startDate)
      throw badRequest('The end date cannot be before the start date', {
        endDate: `The end date cannot be before the start date (${a.startDate})`,
      });
    if (endDate > hudToday())
      throw badRequest('The end date cannot be in the future', { endDate: 'The end date cannot be in the future' });
    await tx
      .update(caseAssignmentTable)
      .set({
        endDate,
        endReason: 'ended',
        updatedAt: new Date(),
        updatedBy: ctx.user.id,
        version: sql`${caseAssignmentTable.version} + 1`,
      })
      .where(and(eq(caseAssignmentTable.id, id), eq(caseAssignmentTable.version, input.version)));
    await recordAudit(tx, ctx, {
      action: 'case_assignment.end',
      entityType: 'case_assignment',
      entityId: id,
      clientId: a.personalId,
      detail: { endDate },
    });
  });
}
