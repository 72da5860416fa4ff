// The launch-form filters enrollment reports share (BNL, Clients in Programs…), and the checks
// that go with them: dates in order, organizations and programs the user may report on.
import { and, inArray } from 'drizzle-orm';
import { projectTable } from '../../../db/schema/index.ts';
import { validationFailed } from '../../http/errors.ts';
import { dateParam, dateRangePreset, enumList, flag, idList, optionalText } from '../framework/params.ts';
import type { ReportRun } from '../framework/types.ts';
import { reportableOrganizations } from '../options.ts';
import { SUB_POPULATION_LABELS, SUB_POPULATIONS, type SubPopulation } from './sub-populations.ts';

export const dateRangeParams = {
  dateRange: dateRangePreset(),
  startDate: dateParam('the start date'),
  endDate: dateParam('the end date'),
};

export const enrollmentFilterParams = {
  organizationIds: idList().describe('Default: the organization you work as'),
  projectIds: idList().describe('Programs; none = every program of the organizations'),
  cocCode: optionalText(6),
  subPopulations: enumList(SUB_POPULATIONS).describe('Clients in any of these'),
  headsOfHouseholdOnly: flag(),
  caseManagerIds: idList().describe('Clients with one of these case managers during the range'),
  hidePii: flag().describe('Leave names, DOB and SSN out of the screen and every download'),
};

export type DateRangeParams = { startDate: string; endDate: string };
export type EnrollmentFilters = {
  organizationIds: string[];
  projectIds: string[];
  cocCode?: string;
  subPopulations: SubPopulation[];
  headsOfHouseholdOnly: boolean;
  caseManagerIds: string[];
  hidePii: boolean;
};

export function checkDateRange(p: DateRangeParams) {
  if (p.endDate < p.startDate) {
    throw validationFailed({ endDate: 'The end date is before the start date: choose an end date on or after it' });
  }
}

/** The organizations a run covers: those chosen, else the one the user works as. */
export const organizationsOf = (run: ReportRun<EnrollmentFilters>) =>
  run.params.organizationIds.length ? run.params.organizationIds : [run.organizationId];

export async function checkScope(run: ReportRun<EnrollmentFilters>) {
  const allowed = reportableOrganizations(run.ctx);
  const orgs = organizationsOf(run);
  const outside = allowed === 'all' ? [] : orgs.filter((o) => !allowed.includes(o));
  if (outside.length) {
    throw validationFailed({ organizationIds: `You do not work for organization ${outside.join(', ')}` });
  }
  const ids = run.params.projectIds;
  if (!ids.length) return;
  const found = await run.db
    .select({ id: projectTable.ProjectID })
    .from(projectTable)
    .where(and(inArray(projectTable.ProjectID, ids), inArray(projectTable.OrganizationID, orgs)));
  const known = new Set(found.map((p) => p.id));
  const bad = ids.filter((id) => !known.has(id));
  if (bad.length) {
    throw validationFailed({
      projectIds: `Program ${bad.join(', ')} is not in the chosen organizations: choose programs of ${orgs.length > 1 ? 'those organizations' : 'that organization'}`,
    });
  }
}

export function describeFilters(p: EnrollmentFilters, names: { subPopulations?: boolean } = {}): string[] {
  const lines: string[] = [];
  if (p.organizationIds.length) lines.push(`Organizations: ${p.organizationIds.join(', ')}`);
  if (p.projectIds.length) lines.push(`Programs: ${p.projectIds.join(', ')}`);
  if (p.cocCode) lines.push(`CoC: ${p.cocCode}`);
  if (p.subPopulations.length && names.subPopulations !== false)
    lines.push(`Sub-populations: ${p.subPopulations.map((s) => SUB_POPULATION_LABELS[s]).join(', ')}`);
  if (p.headsOfHouseholdOnly) lines.push('Heads of household only');
  if (p.caseManagerIds.length) lines.push(`Case managers: ${p.caseManagerIds.join(', ')}`);
  return lines;
}
