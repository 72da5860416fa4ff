// HMIS admins' list of enrollments case managers asked to have re-entered. A request about a
// client hidden from the admin's current organization (a victim-service provider's) is not listed.
import { and, asc, eq, isNull } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/connect.ts';
import {
  appUserTable,
  clientTable,
  enrollmentTable,
  exitTable,
  projectTable,
  reentryRequestTable,
} from '../../db/schema/index.ts';
import { currentOrganization, requireRole } from '../auth/session-hook.ts';
import { clientVisibleSql } from '../clients/client-access.ts';
import type { RequestContext } from '../http/context.ts';
import { recordClientReads } from '../services/audit-many.ts';

export async function listReentryRequests(db: DbOrTx, ctx: RequestContext) {
  requireRole(ctx, 'hmis_admin');
  const requester = alias(appUserTable, 'requester');
  const rows = await db
    .select({
      r: reentryRequestTable,
      FirstName: clientTable.FirstName,
      LastName: clientTable.LastName,
      ProjectName: projectTable.ProjectName,
      EntryDate: enrollmentTable.EntryDate,
      ExitDate: exitTable.ExitDate,
      requesterFirst: requester.firstName,
      requesterLast: requester.lastName,
    })
    .from(reentryRequestTable)
    .innerJoin(requester, eq(requester.id, reentryRequestTable.createdBy))
    .innerJoin(clientTable, eq(clientTable.PersonalID, reentryRequestTable.personalId))
    .innerJoin(enrollmentTable, eq(enrollmentTable.EnrollmentID, reentryRequestTable.enrollmentId))
    .innerJoin(projectTable, eq(projectTable.ProjectID, enrollmentTable.ProjectID))
    .leftJoin(
      exitTable,
      and(eq(exitTable.EnrollmentID, reentryRequestTable.enrollmentId), isNull(exitTable.DateDeleted)),
    )
    .where(
      and(
        eq(reentryRequestTable.status, 'open'),
        clientVisibleSql(reentryRequestTable.personalId, currentOrganization(ctx)),
      ),
    )
    .orderBy(asc(reentryRequestTable.createdAt))
    .limit(500);
  await recordClientReads(
    db,
    ctx,
    rows.map((x) => x.r.personalId),
    'reentry-requests',
  );
  return rows.map(({ r, ...x }) => ({
    id: r.id,
    EnrollmentID: r.enrollmentId,
    PersonalID: r.personalId,
    clientName: [x.FirstName, x.LastName].filter(Boolean).join(' ') || `Client ${r.personalId}`,
    ProjectName: x.ProjectName,
    EntryDate: x.EntryDate,
    ExitDate: x.ExitDate,
    reason: r.reason,
    requestedAt: r.createdAt.toISOString(),
    requestedBy: `${x.requesterFirst} ${x.requesterLast}`,
    version: r.version,
  }));
}
