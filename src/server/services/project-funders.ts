// A project's grants on a date, for the rule on which services it records.
import type { DbOrTx } from '../../db/connect.ts';
import { fundersByProject, fundersOn, type ProjectFunder } from '../enrollments/load-project.ts';
import { type ProjectOnDate, whyNotRecordable } from './service-type-rule.ts';

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
