// Reports → Enrollment Reports → Clients in Programs: how many clients were enrolled in each
// program (or organization, or project type) during the range, each count opening (+) onto the
// clients behind it. A client counts once per group: their latest enrollment in it.
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { hudLabel, RelationshipToHoH } from '../../../hud/codes.ts';
import { defineReport } from '../framework/types.ts';
import { enrollmentColumns } from '../shared/enrollment-columns.ts';
import {
  checkDateRange,
  checkScope,
  dateRangeParams,
  describeFilters,
  enrollmentFilterParams,
} from '../shared/enrollment-filters.ts';
import { queryUniverse, type UniverseRow } from '../shared/enrollment-universe.ts';
import { RUN_BY } from './run-by.ts';

export const clientsInProgramsParams = z.object({
  ...dateRangeParams,
  runBy: z.enum(['program', 'organization', 'project_type']).default('program'),
  ...enrollmentFilterParams,
});
type Params = z.infer<typeof clientsInProgramsParams>;

type Row = UniverseRow & {
  groupKey: string;
  groupLabel: string;
  enrollments: number;
  entered: boolean;
  exited: boolean;
};

const GROUP_SQL = {
  program: sql.raw('u.project_id'),
  organization: sql.raw('u.organization_id'),
  project_type: sql.raw("coalesce(u.project_type::text, '')"),
};

function groupLabel(p: Params, r: Row): string {
  if (p.runBy === 'organization') return r.OrganizationName;
  if (p.runBy === 'project_type')
    return r.ProjectType === null
      ? 'No project type'
      : (hudLabel('ProjectType', r.ProjectType) ?? String(r.ProjectType));
  return r.ProjectName;
}

export const clientsInProgramsReport = defineReport<Params, Row>({
  id: 'clients-in-programs',
  title: 'Clients in Programs',
  rowsTitle: 'Clients',
  group: 'Enrollment Reports',
  description:
    'How many clients were enrolled in each program, organization or project type during the range; open a count to see its clients.',
  parameters: clientsInProgramsParams,
  async check(run) {
    checkDateRange(run.params);
    await checkScope(run);
  },
  describe: (p) => [
    `Enrolled between ${p.startDate} and ${p.endDate}`,
    `Run by ${RUN_BY[p.runBy]}`,
    ...describeFilters(p),
  ],
  async query(run) {
    const p = run.params;
    // Its columns hold none of the universe's costly details.
    const rows = await queryUniverse<Row>(run, { groupBy: GROUP_SQL[p.runBy], details: false });
    for (const r of rows) {
      r.entered = r.EntryDate >= p.startDate;
      r.exited = r.ExitDate !== null && r.ExitDate <= p.endDate;
    }
    for (const r of rows) r.groupLabel = groupLabel(p, r);
    return rows;
  },
  summary: {
    groupLabel: (p) => RUN_BY[p.runBy],
    groupOf: (r) => ({ key: r.groupKey, label: r.groupLabel }),
    counts: [
      { key: 'clients', label: 'Clients' },
      { key: 'households', label: 'Households', where: (r) => r.RelationshipToHoH === RelationshipToHoH.Self },
      { key: 'adults', label: 'Adults', where: (r) => r.age !== null && r.age >= 18 },
      { key: 'children', label: 'Children', where: (r) => r.age !== null && r.age < 18 },
      { key: 'entered', label: 'Entered in range', where: (r) => r.entered },
      { key: 'exited', label: 'Exited in range', where: (r) => r.exited },
      { key: 'stayers', label: 'Still enrolled at end', where: (r) => !r.exited },
    ],
  },
  columns: [
    ...enrollmentColumns<Row>(),
    { key: 'EnrollmentsInRange', label: 'EnrollmentsInRange', type: 'number', value: (r) => r.enrollments },
  ],
  clientIdKeys: ['PersonalID'],
  emptyMessage: 'No clients were enrolled in these programs during the range.',
  defaultSort: { key: 'LastName', dir: 'asc' },
});
