import { and, asc, eq, isNull } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/connect.ts';
import {
  ceParticipationTable,
  funderTable,
  hmisParticipationTable,
  inventoryTable,
  organizationTable,
  projectCocTable,
  projectTable,
} from '../../db/schema/index.ts';
import { notFound } from '../http/errors.ts';
import type { ProjectRecord } from './project.schema.ts';

/** A project with its organization's name and its current (not deleted) sub-records. */
export async function getProject(db: DbOrTx, projectId: string): Promise<ProjectRecord> {
  const p = projectTable;
  const [row] = await db
    .select({ project: p, OrganizationName: organizationTable.OrganizationName })
    .from(p)
    .innerJoin(organizationTable, eq(organizationTable.OrganizationID, p.OrganizationID))
    .where(and(eq(p.ProjectID, projectId), isNull(p.DateDeleted)));
  if (!row) throw notFound('The project');
  const { ExportID: _e, UserID: _u, DateDeleted: _d, ...project } = row.project;
  const live = (t: { ProjectID: PgColumn; DateDeleted: PgColumn }) =>
    and(eq(t.ProjectID, projectId), isNull(t.DateDeleted));
  const h = hmisParticipationTable;
  const ce = ceParticipationTable;
  const [cocs, funders, inventory, participations, ceParticipations] = await Promise.all([
    db.select().from(projectCocTable).where(live(projectCocTable)).orderBy(asc(projectCocTable.CoCCode)),
    db.select().from(funderTable).where(live(funderTable)).orderBy(asc(funderTable.StartDate)),
    db.select().from(inventoryTable).where(live(inventoryTable)).orderBy(asc(inventoryTable.InventoryStartDate)),
    db.select().from(h).where(live(h)).orderBy(asc(h.HMISParticipationStatusStartDate)),
    db.select().from(ce).where(live(ce)).orderBy(asc(ce.CEParticipationStatusStartDate)),
  ]);
  return {
    ...project,
    OrganizationName: row.OrganizationName,
    cocs,
    funders,
    inventory,
    participations,
    ceParticipations,
  };
}
