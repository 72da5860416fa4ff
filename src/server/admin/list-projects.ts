import { and, asc, eq, inArray, isNull, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connect.ts';
import { funderTable, organizationTable, projectCocTable, projectTable } from '../../db/schema/index.ts';
import type { ProjectSummary } from './project.schema.ts';

/** Projects that are not deleted, by organization and name, with their funders and CoC codes. */
export async function listProjects(
  db: DbOrTx,
  filter: { organizationId?: string; projectId?: string } = {},
): Promise<ProjectSummary[]> {
  const p = projectTable;
  const o = organizationTable;
  const where: SQL[] = [isNull(p.DateDeleted), isNull(o.DateDeleted)];
  if (filter.organizationId) where.push(eq(p.OrganizationID, filter.organizationId));
  if (filter.projectId) where.push(eq(p.ProjectID, filter.projectId));
  const rows = await db
    .select({
      ProjectID: p.ProjectID,
      ProjectName: p.ProjectName,
      ProjectCommonName: p.ProjectCommonName,
      ProjectType: p.ProjectType,
      OrganizationID: p.OrganizationID,
      OrganizationName: o.OrganizationName,
      VictimServiceProvider: o.VictimServiceProvider,
      OperatingStartDate: p.OperatingStartDate,
      OperatingEndDate: p.OperatingEndDate,
      ContinuumProject: p.ContinuumProject,
      HousingType: p.HousingType,
      RRHSubType: p.RRHSubType,
    })
    .from(p)
    .innerJoin(o, eq(o.OrganizationID, p.OrganizationID))
    .where(and(...where))
    .orderBy(asc(o.OrganizationName), asc(p.ProjectName));
  if (!rows.length) return [];
  const ids = rows.map((r) => r.ProjectID);
  const [funders, cocs] = await Promise.all([
    db
      .select({
        ProjectID: funderTable.ProjectID,
        FunderID: funderTable.FunderID,
        Funder: funderTable.Funder,
        OtherFunder: funderTable.OtherFunder,
        GrantID: funderTable.GrantID,
        StartDate: funderTable.StartDate,
        EndDate: funderTable.EndDate,
      })
      .from(funderTable)
      .where(and(inArray(funderTable.ProjectID, ids), isNull(funderTable.DateDeleted)))
      .orderBy(asc(funderTable.StartDate)),
    db
      .select({ ProjectID: projectCocTable.ProjectID, CoCCode: projectCocTable.CoCCode })
      .from(projectCocTable)
      .where(and(inArray(projectCocTable.ProjectID, ids), isNull(projectCocTable.DateDeleted)))
      .orderBy(asc(projectCocTable.CoCCode)),
  ]);
  const cocCodes = byProject(cocs);
  const fundersOf = byProject(funders);
  return rows.map((r) => ({
    ...r,
    cocCodes: (cocCodes.get(r.ProjectID) ?? []).map((c) => c.CoCCode),
    funders: (fundersOf.get(r.ProjectID) ?? []).map(({ ProjectID: _p, ...f }) => f),
  }));
}

// Map.groupBy needs Node 21; Hearth runs on Node 20.
function byProject<T extends { ProjectID: string }>(rows: T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const r of rows) {
    const list = map.get(r.ProjectID);
    if (list) list.push(r);
    else map.set(r.ProjectID, [r]);
  }
  return map;
}
