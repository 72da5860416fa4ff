// Q4a Project Identifiers in HMIS: one row per project in the report, its descriptors as in
// effect for the period, and its active clients and households.
import { NoYes, ProjectType, RRHSubType } from '../../../../hud/codes.ts';
import { BOTH, type CellDef, type TableDef } from '../table/table-def.ts';
import type { ProjectInfo } from '../universe/sql/project-info.ts';

export const HMIS_SOFTWARE = 'Hearth 0.1.0';

const HEADER = [
  'Organization Name',
  'Organization ID',
  'Project Name',
  'Project ID',
  'HMIS Project Type',
  'RRH Subtype',
  'Coordinated Entry Access Point',
  'Affiliated with a residential project',
  'Project IDs of affiliations',
  'CoC Number',
  'Geocode',
  'Victim Service Provider',
  'HMIS Software Name and Version Number',
  'Report Start Date',
  'Report End Date',
  'Total Active Clients',
  'Total Active Households',
];

const text = (f: (p: ProjectInfo) => string | number | null): ((p: ProjectInfo) => CellDef) => {
  return (p) => ({ kind: 'text', text: () => String(f(p) ?? '') });
};

// Affiliation with a residential project is asked of services-only projects and RRH services only.
const asksAffiliation = (p: ProjectInfo) =>
  p.projectType === ProjectType.ServicesOnly ||
  (p.projectType === ProjectType.RapidReHousing && p.rrhSubType === RRHSubType.ServicesOnly);

const HOUSEHOLDS: CellDef = { kind: 'count', where: (u) => u.headOfHousehold };

const COLUMNS: ((p: ProjectInfo) => CellDef)[] = [
  text((p) => p.organizationName),
  text((p) => p.organizationId),
  text((p) => p.projectName),
  text((p) => p.projectId),
  text((p) => p.projectType),
  text((p) => (p.projectType === ProjectType.RapidReHousing ? p.rrhSubType : null)),
  text((p) => p.ceAccessPoint ?? NoYes.No),
  text((p) => (asksAffiliation(p) ? (p.residentialAffiliation ?? NoYes.No) : NoYes.No)),
  text((p) =>
    asksAffiliation(p) && p.residentialAffiliation === NoYes.Yes ? p.affiliatedProjectIds.join(', ') : null,
  ),
  text((p) => p.cocCodes.join(', ')),
  text((p) => p.geocodes.join(', ')),
  text((p) => p.victimServiceProvider),
  text(() => HMIS_SOFTWARE),
  (): CellDef => ({ kind: 'text', text: (run) => run.startDate }),
  (): CellDef => ({ kind: 'text', text: (run) => run.endDate }),
  // The row keeps a project's clients; these two columns are the same for every row, so each
  // client is tested against them once, not once per project.
  (): CellDef => ({ kind: 'count' }),
  (): CellDef => HOUSEHOLDS,
];

export const q04a: TableDef = {
  id: 'Q4a',
  title: 'Project Identifiers in HMIS',
  reports: BOTH,
  rowLabels: false,
  header: () => HEADER,
  rows: (run) =>
    run.projects.map((p) => ({
      key: p.projectId,
      label: p.organizationName,
      where: (u) => u.projectId === p.projectId,
      cells: COLUMNS.map((c) => c(p)),
    })),
};
