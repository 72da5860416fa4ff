// A client's case managers (active and inactive), a user's caseload (My Case Assignments),
// and the users who can be assigned for an organization.
import { and, asc, desc, eq, ilike, isNotNull, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/connect.ts';
import { buildOnce } from '../../db/prepared.ts';
import {
  appUserTable,
  caseAssignmentTable,
  clientTable,
  enrollmentTable,
  exitTable,
  organizationTable,
  projectTable,
  userOrganizationTable,
} from '../../db/schema/index.ts';
import { caseAssignmentVisibleSql } from '../access/client-records.ts';
import { currentOrganization } from '../auth/session-hook.ts';
import { recordClientRead, requireClientAccess } from '../clients/client-access.ts';
import type { RequestContext } from '../http/context.ts';
import { forbidden } from '../http/errors.ts';
import { clientReadEntries, recordAuditMany } from '../services/audit-many.ts';

const userName = sql<string>`${appUserTable.firstName} || ' ' || ${appUserTable.lastName}`;

export async function listClientAssignments(db: Db, ctx: RequestContext, personalId: string) {
  await requireClientAccess(db, ctx, personalId);
  const rows = await db
    .select({
      id: caseAssignmentTable.id,
      userId: caseAssignmentTable.userId,
      userName,
      organizationId: caseAssignmentTable.organizationId,
      organizationName: organizationTable.OrganizationName,
      EnrollmentID: caseAssignmentTable.enrollmentId,
      ProjectName: projectTable.ProjectName,
      startDate: caseAssignmentTable.startDate,
      endDate: caseAssignmentTable.endDate,
      version: caseAssignmentTable.version,
    })
    .from(caseAssignmentTable)
    .innerJoin(appUserTable, eq(appUserTable.id, caseAssignmentTable.userId))
    .innerJoin(organizationTable, eq(organizationTable.OrganizationID, caseAssignmentTable.organizationId))
    .leftJoin(enrollmentTable, eq(enrollmentTable.EnrollmentID, caseAssignmentTable.enrollmentId))
    .leftJoin(projectTable, eq(projectTable.ProjectID, enrollmentTable.ProjectID))
    // A victim-service provider's assignments reveal its clients: only users working as it see them.
    .where(and(eq(caseAssignmentTable.personalId, personalId), caseAssignmentVisibleSql(currentOrganization(ctx))))
    .orderBy(sql`${caseAssignmentTable.endDate} IS NOT NULL`, desc(caseAssignmentTable.startDate));
  await recordClientRead(db, ctx, personalId, 'case managers');
  return rows.map((r) => ({ ...r, active: r.endDate === null }));
}

export type CaseloadQuery = {
  status: 'active' | 'inactive' | 'all';
  userId?: string;
  projectId?: string;
  search?: string;
};

type CaseloadShape = { status: CaseloadQuery['status']; sharedOnly: boolean; project: boolean; search: boolean };
const p = (name: string) => sql.placeholder(name);
/** One statement per combination of filters, each built once (My Case Assignments opens Home). */
const caseloadQueries = new Map<string, ReturnType<typeof buildCaseloadQuery>>();

function caseloadQuery(shape: CaseloadShape) {
  const key = JSON.stringify(shape);
  let query = caseloadQueries.get(key);
  if (!query) {
    query = buildCaseloadQuery(shape);
    caseloadQueries.set(key, query);
  }
  return query;
}

function buildCaseloadQuery(shape: CaseloadShape) {
  const where: SQL[] = [sql`${caseAssignmentTable.userId} = ${p('userId')}`];
  if (shape.sharedOnly) where.push(sql`${caseAssignmentTable.organizationId} = ANY(${p('orgs')}::varchar[])`);
  if (shape.status === 'active') where.push(isNull(caseAssignmentTable.endDate));
  if (shape.status === 'inactive') where.push(isNotNull(caseAssignmentTable.endDate));
  if (shape.project) where.push(sql`${enrollmentTable.ProjectID} = ${p('projectId')}`);
  if (shape.search) {
    where.push(
      sql`(${clientTable.FirstName} ILIKE ${p('like')} OR ${clientTable.LastName} ILIKE ${p('like')} OR ${clientTable.PersonalID} = ${p('search')})`,
    );
  }
  return buildOnce((db) =>
    db
      .select({
        id: caseAssignmentTable.id,
        PersonalID: clientTable.PersonalID,
        FirstName: clientTable.FirstName,
        LastName: clientTable.LastName,
        EnrollmentID: caseAssignmentTable.enrollmentId,
        ProjectID: projectTable.ProjectID,
        ProjectName: projectTable.ProjectName,
        EntryDate: enrollmentTable.EntryDate,
        ExitDate: exitTable.ExitDate,
        startDate: caseAssignmentTable.startDate,
        endDate: caseAssignmentTable.endDate,
        version: caseAssignmentTable.version,
      })
      .from(caseAssignmentTable)
      .innerJoin(clientTable, eq(clientTable.PersonalID, caseAssignmentTable.personalId))
      .leftJoin(enrollmentTable, eq(enrollmentTable.EnrollmentID, caseAssignmentTable.enrollmentId))
      .leftJoin(projectTable, eq(projectTable.ProjectID, enrollmentTable.ProjectID))
      .leftJoin(exitTable, and(eq(exitTable.EnrollmentID, enrollmentTable.EnrollmentID), isNull(exitTable.DateDeleted)))
      .where(and(...where, isNull(clientTable.DateDeleted), caseAssignmentVisibleSql(p('org'))))
      .orderBy(asc(clientTable.LastName), asc(clientTable.FirstName))
      .limit(1000),
  );
}

/** A user's caseload: their own, or (program managers) a colleague's in a shared organization. */
export async function listCaseload(db: Db, ctx: RequestContext, q: CaseloadQuery) {
  const userId = q.userId ?? ctx.user.id;
  if (userId !== ctx.user.id) {
    if (!ctx.user.roles.includes('program_manager') && !ctx.user.roles.includes('hmis_admin'))
      throw forbidden("Only program managers can see another user's caseload");
  }
  const s = q.search?.trim();
  const shape: CaseloadShape = {
    status: q.status,
    // A colleague's caseload shows only what they did in organizations the viewer shares.
    sharedOnly: userId !== ctx.user.id && !ctx.user.roles.includes('hmis_admin'),
    project: Boolean(q.projectId),
    search: Boolean(s),
  };
  const rows = await caseloadQuery(shape)(db, {
    userId,
    org: currentOrganization(ctx),
    orgs: ctx.user.organizationIds,
    projectId: q.projectId ?? null,
    like: s ? `%${s.replace(/[%_\\]/g, (c) => `\\${c}`)}%` : null,
    search: s ?? null,
  });
  // Whose caseload was seen, and a read of every client it showed: one statement.
  await recordAuditMany(db, ctx, [
    { action: 'caseload.read', entityType: 'user', entityId: userId, detail: { rows: rows.length } },
    ...clientReadEntries(
      rows.map((r) => r.PersonalID),
      'my case assignments',
    ),
  ]);
  return rows;
}

/** Active users who can work as the organization, found by name. */
export async function listAssignableUsers(
  db: Db,
  ctx: RequestContext,
  organizationId: string | undefined,
  search?: string,
) {
  const org = organizationId ?? currentOrganization(ctx);
  if (!ctx.user.organizationIds.includes(org) && !ctx.user.roles.includes('hmis_admin'))
    throw forbidden('You do not have access to that organization');
  const s = search?.trim();
  const like = s ? `%${s.replace(/[%_\\]/g, (c) => `\\${c}`)}%` : undefined;
  return db
    .select({ id: appUserTable.id, name: userName, username: appUserTable.username })
    .from(appUserTable)
    .innerJoin(userOrganizationTable, eq(userOrganizationTable.userId, appUserTable.id))
    .where(
      and(
        eq(userOrganizationTable.organizationId, org),
        eq(appUserTable.active, true),
        like
          ? or(
              ilike(appUserTable.firstName, like),
              ilike(appUserTable.lastName, like),
              ilike(appUserTable.username, like),
            )
          : undefined,
      ),
    )
    .orderBy(asc(appUserTable.lastName), asc(appUserTable.firstName))
    .limit(50);
}
