// The one query behind every list of services (a client's, My Services, a case note's).
// Services are part of the enrollment history shared across the CoC: they follow their client's
// visibility (src/server/access/visibility.ts).
import { and, desc, eq, gte, isNull, lte, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connect.ts';
import { buildOnce } from '../../db/prepared.ts';
import {
  appUserTable,
  enrollmentTable,
  exitTable,
  organizationTable,
  projectTable,
  serviceBatchEntryTable,
  servicesTable,
  serviceTable,
  serviceTypeTable,
} from '../../db/schema/index.ts';
import { hudLabel, TYPE_PROVIDED_LIST } from '../../hud/codes.ts';
import { clientVisibleSql } from '../access/visibility.ts';
import { currentOrganization } from '../auth/session-hook.ts';
import { hasRole, type RequestContext } from '../http/context.ts';
import type { ServiceOut } from './schemas.ts';

export type ServiceFilter = {
  personalId?: string;
  recordedBy?: string;
  serviceTypeId?: string;
  projectId?: string;
  caseNoteId?: string;
  ids?: string[];
  from?: string;
  to?: string;
  limit?: number;
  offset?: number;
  /** HMIS admins' deletion-request list only: deleted services too. */
  adminView?: boolean;
};

/** The filters that narrow the list when given; each is a placeholder of the same name. */
const FILTERS = ['personalId', 'recordedBy', 'serviceTypeId', 'projectId', 'caseNoteId', 'ids', 'from', 'to'] as const;
type FilterName = (typeof FILTERS)[number] | 'id';
const p = (name: string) => sql.placeholder(name);

function condition(name: FilterName): SQL {
  switch (name) {
    case 'personalId':
      return eq(serviceTable.personalId, p(name));
    case 'recordedBy':
      return eq(serviceTable.recordedBy, p(name));
    case 'serviceTypeId':
      return eq(serviceTable.serviceTypeId, p(name));
    case 'projectId':
      return eq(serviceTable.projectId, p(name));
    case 'caseNoteId':
      return eq(serviceTable.caseNoteId, p(name));
    // One service (the one just recorded) by its key: with an array PostgreSQL 15 kept planning anew.
    case 'id':
      return eq(serviceTable.id, p(name));
    // One array parameter, so any number of IDs is one statement.
    case 'ids':
      return sql`${serviceTable.id} = ANY(${p(name)}::varchar[])`;
    case 'from':
      return gte(serviceTable.dateProvided, p(name));
    case 'to':
      return lte(serviceTable.dateProvided, p(name));
  }
}

const servicesQuery = (filters: readonly FilterName[], adminView: boolean) =>
  buildOnce((db: DbOrTx) =>
    db
      .select({
        s: serviceTable,
        serviceName: serviceTypeTable.name,
        serviceCategory: serviceTypeTable.category,
        unitLabel: serviceTypeTable.unitLabel,
        ProjectName: projectTable.ProjectName,
        EntryDate: enrollmentTable.EntryDate,
        ExitDate: exitTable.ExitDate,
        RecordType: servicesTable.RecordType,
        TypeProvided: servicesTable.TypeProvided,
        recorderFirst: appUserTable.firstName,
        recorderLast: appUserTable.lastName,
        batchId: serviceBatchEntryTable.batchId,
        deletionRequested: sql<boolean>`exists (select 1 from service_deletion_request r where r.service_id = ${serviceTable.id} and r.status = 'open')`,
        total: sql<number>`count(*) over ()`.mapWith(Number),
      })
      .from(serviceTable)
      .innerJoin(serviceTypeTable, eq(serviceTypeTable.id, serviceTable.serviceTypeId))
      .innerJoin(projectTable, eq(projectTable.ProjectID, serviceTable.projectId))
      .innerJoin(organizationTable, eq(organizationTable.OrganizationID, projectTable.OrganizationID))
      .innerJoin(enrollmentTable, eq(enrollmentTable.EnrollmentID, serviceTable.enrollmentId))
      .leftJoin(exitTable, and(eq(exitTable.EnrollmentID, serviceTable.enrollmentId), isNull(exitTable.DateDeleted)))
      .innerJoin(appUserTable, eq(appUserTable.id, serviceTable.recordedBy))
      .leftJoin(servicesTable, eq(servicesTable.ServicesID, serviceTable.servicesId))
      .leftJoin(serviceBatchEntryTable, eq(serviceBatchEntryTable.id, serviceTable.batchEntryId))
      .where(
        and(
          adminView ? undefined : isNull(serviceTable.deletedAt),
          // A victim-service provider's services, and those of clients restricted to another organization, stay hidden.
          clientVisibleSql(serviceTable.personalId, p('organizationId')),
          ...filters.map(condition),
        ),
      )
      .orderBy(desc(serviceTable.dateProvided), desc(serviceTable.createdAt))
      .limit(p('limit'))
      .offset(p('offset')),
  );

// One statement per combination of filters, built once (building this nine-table join on every
// call cost more server CPU than anything else in recording a service). At most 2^9 combinations.
const queries = new Map<string, ReturnType<typeof servicesQuery>>();

export async function findServices(
  db: DbOrTx,
  ctx: RequestContext,
  f: ServiceFilter,
): Promise<{ items: ServiceOut[]; total: number }> {
  const filters: FilterName[] = FILTERS.filter((name) => f[name] !== undefined);
  const one = f.ids?.length === 1 ? f.ids[0] : undefined;
  if (one !== undefined) filters.splice(filters.indexOf('ids'), 1, 'id');
  const key = `${f.adminView ? 'admin:' : ''}${filters.join(',')}`;
  let query = queries.get(key);
  if (!query) {
    query = servicesQuery(filters, Boolean(f.adminView));
    queries.set(key, query);
  }
  const values: Record<string, unknown> = {
    organizationId: currentOrganization(ctx),
    limit: f.limit ?? 100,
    offset: f.offset ?? 0,
  };
  for (const name of filters) values[name] = name === 'id' ? one : f[name];
  const rows = await query(db, values);
  const admin = hasRole(ctx.user, 'hmis_admin');
  const items = rows.map((r): ServiceOut => {
    const s = r.s;
    const list = r.RecordType === null ? undefined : TYPE_PROVIDED_LIST[r.RecordType];
    return {
      id: s.id,
      serviceTypeId: s.serviceTypeId,
      serviceName: r.serviceName,
      serviceCategory: r.serviceCategory,
      unitLabel: r.unitLabel,
      PersonalID: s.personalId,
      EnrollmentID: s.enrollmentId,
      ProjectID: s.projectId,
      ProjectName: r.ProjectName,
      EntryDate: r.EntryDate,
      ExitDate: r.ExitDate,
      DateProvided: s.dateProvided,
      units: s.units,
      unitValue: s.unitValue,
      totalValue: Math.round(s.units * s.unitValue * 100) / 100,
      ServicesID: s.servicesId,
      RecordType: r.RecordType,
      TypeProvided: r.TypeProvided,
      hudServiceLabel: list ? (hudLabel(list, r.TypeProvided) ?? null) : null,
      recordedBy: { id: s.recordedBy, name: `${r.recorderFirst} ${r.recorderLast}` },
      organizationId: s.organizationId,
      caseNoteId: s.caseNoteId,
      batchId: r.batchId,
      deletionRequested: Boolean(r.deletionRequested),
      deleted: s.deletedAt !== null,
      canDelete: s.deletedAt === null && (admin || s.recordedBy === ctx.user.id),
      createdAt: s.createdAt.toISOString(),
      version: s.version,
    };
  });
  return { items, total: rows[0]?.total ?? 0 };
}
