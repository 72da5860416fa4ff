// The client's enrollments a service may be recorded on: those in the projects of the
// organization the user works as (a service belongs to the enrollment it was given under).
import { and, desc, eq, isNull } from 'drizzle-orm';
import { enrollmentTable, exitTable, projectTable } from '../../db/schema/index.ts';
import { currentOrganization } from '../auth/session-hook.ts';
import { readClientAudited } from '../clients/client-access.ts';
import type { Deps } from '../deps.ts';
import type { RequestContext } from '../http/context.ts';

export async function listServiceEnrollments(deps: Deps, ctx: RequestContext, personalId: string) {
  const { db } = deps.database;
  const org = currentOrganization(ctx);
  await readClientAudited(db, ctx, personalId, 'service-enrollments');
  return db
    .select({
      EnrollmentID: enrollmentTable.EnrollmentID,
      PersonalID: enrollmentTable.PersonalID,
      ProjectID: enrollmentTable.ProjectID,
      ProjectName: projectTable.ProjectName,
      ProjectType: projectTable.ProjectType,
      EntryDate: enrollmentTable.EntryDate,
      ExitDate: exitTable.ExitDate,
    })
    .from(enrollmentTable)
    .innerJoin(projectTable, eq(projectTable.ProjectID, enrollmentTable.ProjectID))
    .leftJoin(exitTable, and(eq(exitTable.EnrollmentID, enrollmentTable.EnrollmentID), isNull(exitTable.DateDeleted)))
    .where(
      and(
        eq(enrollmentTable.PersonalID, personalId),
        eq(projectTable.OrganizationID, org),
        isNull(enrollmentTable.DateDeleted),
        isNull(projectTable.DateDeleted),
      ),
    )
    .orderBy(desc(enrollmentTable.EntryDate));
}
