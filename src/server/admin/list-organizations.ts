import { and, asc, count, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connect.ts';
import { organizationTable, projectTable } from '../../db/schema/index.ts';
import { notFound } from '../http/errors.ts';
import type { OrganizationRecord } from './organization.schema.ts';

/** Organizations that are not deleted, by name, with their number of (not deleted) projects. */
export async function listOrganizations(db: DbOrTx, id?: string): Promise<OrganizationRecord[]> {
  const o = organizationTable;
  const rows = await db
    .select({
      OrganizationID: o.OrganizationID,
      OrganizationName: o.OrganizationName,
      OrganizationCommonName: o.OrganizationCommonName,
      VictimServiceProvider: o.VictimServiceProvider,
      DateCreated: o.DateCreated,
      DateUpdated: o.DateUpdated,
      version: o.version,
      projectCount: count(projectTable.ProjectID),
    })
    .from(o)
    .leftJoin(projectTable, and(eq(projectTable.OrganizationID, o.OrganizationID), isNull(projectTable.DateDeleted)))
    .where(id ? and(isNull(o.DateDeleted), eq(o.OrganizationID, id)) : isNull(o.DateDeleted))
    .groupBy(o.OrganizationID)
    .orderBy(asc(o.OrganizationName));
  return rows;
}

export async function getOrganization(db: DbOrTx, id: string): Promise<OrganizationRecord> {
  const [row] = await listOrganizations(db, id);
  if (!row) throw notFound('The organization');
  return row;
}
