// The Funder.csv grants of projects (dates included), for the rule on which services they record.
import { and, inArray, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connect.ts';
import { funderTable } from '../../db/schema/index.ts';
import { fundersOn, type ProjectFunder } from '../enrollments/load-project.ts';
import { type ProjectOnDate, whyNotRecordable } from './service-type-rule.ts';

export async function fundersByProject(
  db: DbOrTx,
  projectIds: readonly string[],
): Promise<Map<string, ProjectFunder[]>> {
  const out = new Map<string, ProjectFunder[]>();
  if (!projectIds.length) return out;
  const rows = await db
    .select({
      ProjectID: funderTable.ProjectID,
      Funder: funderTable.Funder,
      StartDate: funderTable.StartDate,
      EndDate: funderTable.EndDate,
    })
    .from(funderTable)
    .where(and(inArray(funderTable.ProjectID, [...new Set(projectIds)]), isNull(funderTable.DateDeleted)));
  for (const { ProjectID, ...f } of rows) out.set(ProjectID, [...(out.get(ProjectID) ?? []), f]);
  return out;
}

/** The project as the service-type rule sees it on the date: its type and the grants active that day. */
export const projectOnDate = (
  project: { ProjectName: string; ProjectType: number | null },
  grants: readonly ProjectFunder[],
  date: string,
): ProjectOnDate => ({
  ProjectName: project.ProjectName,
  ProjectType: project.ProjectType,
  funders: fundersOn({ funders: [...grants] }, date),
});

/** Why one project cannot record a service of this RecordType on the date (undefined: it can). */
export async function whyProjectCannotRecord(
  db: DbOrTx,
  project: { ProjectID: string; ProjectName: string; ProjectType: number | null },
  recordType: number | null,
  date: string,
): Promise<string | undefined> {
  if (recordType === null) return undefined;
  const grants = (await fundersByProject(db, [project.ProjectID])).get(project.ProjectID) ?? [];
  return whyNotRecordable(recordType, projectOnDate(project, grants, date), date);
}
