// A case assignment made with an enrollment starts on its project start date; when Edit entry
// moves that date, the assignment moves with it (in the same transaction).
import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connect.ts';
import { caseAssignmentTable } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { RequestContext } from '../http/context.ts';

export async function moveAssignmentStart(
  tx: DbOrTx,
  ctx: RequestContext,
  enrollment: { EnrollmentID: string; PersonalID: string },
  from: string,
  to: string,
) {
  if (from === to) return;
  const moved = await tx
    .update(caseAssignmentTable)
    .set({
      // An assignment that has ended keeps its end: it never starts after it.
      startDate: sql`LEAST(${to}::date, COALESCE(${caseAssignmentTable.endDate}, ${to}::date))`,
      updatedAt: new Date(),
      updatedBy: ctx.user.id,
      version: sql`${caseAssignmentTable.version} + 1`,
    })
    .where(and(eq(caseAssignmentTable.enrollmentId, enrollment.EnrollmentID), eq(caseAssignmentTable.startDate, from)))
    .returning({ id: caseAssignmentTable.id });
  for (const a of moved)
    await recordAudit(tx, ctx, {
      action: 'case_assignment.start_moved',
      entityType: 'case_assignment',
      entityId: a.id,
      clientId: enrollment.PersonalID,
      detail: { from, to },
    });
}
