// A project with what the enrollment rules need: type, organization, funders and CoC codes.
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connect.ts';
import { buildOnce } from '../../db/prepared.ts';
import { funderTable, organizationTable, projectCocTable, projectTable } from '../../db/schema/index.ts';
import { NoYes, RHY_FUNDERS } from '../../hud/codes.ts';
import { notFound } from '../http/errors.ts';

export type ProjectFunder = { Funder: number; StartDate: string; EndDate: string | null };

export type ProjectContext = {
  ProjectID: string;
  ProjectName: string;
  ProjectType: number | null;
  OrganizationID: string;
  OrganizationName: string;
  victimServiceProvider: boolean;
  OperatingStartDate: string;
  OperatingEndDate: string | null;
  cocCodes: string[];
  funders: ProjectFunder[];
};

/** The Funder.csv grants of each project, dates included. */
// Built once: every service recorded reads its project's grants.
const fundersQuery = buildOnce((db) =>
  db
    .select({
      ProjectID: funderTable.ProjectID,
      Funder: funderTable.Funder,
      StartDate: funderTable.StartDate,
      EndDate: funderTable.EndDate,
    })
    .from(funderTable)
    .where(
      and(sql`${funderTable.ProjectID} = ANY(${sql.placeholder('ids')}::varchar[])`, isNull(funderTable.DateDeleted)),
    ),
);

export async function fundersByProject(
  db: DbOrTx,
  projectIds: readonly string[],
): Promise<Map<string, ProjectFunder[]>> {
  const out = new Map<string, ProjectFunder[]>();
  if (!projectIds.length) return out;
  const rows = await fundersQuery(db, { ids: [...new Set(projectIds)] });
  for (const { ProjectID, ...f } of rows) out.set(ProjectID, [...(out.get(ProjectID) ?? []), f]);
  return out;
}

export async function loadProjects(db: DbOrTx, projectIds: string[]): Promise<Map<string, ProjectContext>> {
  const out = new Map<string, ProjectContext>();
  if (!projectIds.length) return out;
  const rows = await db
    .select({ p: projectTable, o: organizationTable })
    .from(projectTable)
    .innerJoin(organizationTable, eq(organizationTable.OrganizationID, projectTable.OrganizationID))
    .where(and(inArray(projectTable.ProjectID, projectIds), isNull(projectTable.DateDeleted)));
  const funders = await fundersByProject(db, projectIds);
  const cocs = await db
    .select()
    .from(projectCocTable)
    .where(and(inArray(projectCocTable.ProjectID, projectIds), isNull(projectCocTable.DateDeleted)));
  for (const { p, o } of rows) {
    out.set(p.ProjectID, {
      ProjectID: p.ProjectID,
      ProjectName: p.ProjectName,
      ProjectType: p.ProjectType,
      OrganizationID: o.OrganizationID,
      OrganizationName: o.OrganizationName,
      victimServiceProvider: o.VictimServiceProvider === NoYes.Yes,
      OperatingStartDate: p.OperatingStartDate,
      OperatingEndDate: p.OperatingEndDate,
      cocCodes: [...new Set(cocs.filter((c) => c.ProjectID === p.ProjectID).map((c) => c.CoCCode))].sort(),
      funders: funders.get(p.ProjectID) ?? [],
    });
  }
  return out;
}

export async function loadProject(db: DbOrTx, projectId: string): Promise<ProjectContext> {
  const p = (await loadProjects(db, [projectId])).get(projectId);
  if (!p) throw notFound('Project');
  return p;
}

/** FundingSource codes of the grants active on the date. */
export const fundersOn = (p: Pick<ProjectContext, 'funders'>, date: string): number[] => [
  ...new Set(p.funders.filter((f) => f.StartDate <= date && (!f.EndDate || f.EndDate >= date)).map((f) => f.Funder)),
];

/** RHY projects may enroll a minor as head of household (youth on their own). */
export const isRhyOn = (p: ProjectContext, date: string) => fundersOn(p, date).some((f) => RHY_FUNDERS.includes(f));
