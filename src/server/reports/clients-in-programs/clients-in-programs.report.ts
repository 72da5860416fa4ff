// Reports → Enrollment Reports → Clients in Programs: how many clients were enrolled in each
// program (or organization, or project type) during the range, each count opening (+) onto the
// clients behind it. A client counts once per group: their latest enrollment in it.
import { type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import { hudLabel, RelationshipToHoH } from '../../../hud/codes.ts';
import { sqlRows } from '../../clients/client-summary.ts';
import { defineReport, type ReportRun } from '../framework/types.ts';
import { enrollmentColumns } from '../shared/enrollment-columns.ts';
import {
  checkDateRange,
  checkScope,
  dateRangeParams,
  describeFilters,
  enrollmentFilterParams,
} from '../shared/enrollment-filters.ts';
import { fillHouseholdTypes, queryUniverse, type UniverseRow, universeOf } from '../shared/enrollment-universe.ts';
import { pageUniverse, UNIVERSE_COLUMNS, viewUses } from '../shared/universe-page.ts';
import { RUN_BY } from './run-by.ts';

export const clientsInProgramsParams = z.object({
  ...dateRangeParams,
  runBy: z.enum(['program', 'organization', 'project_type']).default('program'),
  ...enrollmentFilterParams,
});
type Params = z.infer<typeof clientsInProgramsParams>;

type Row = UniverseRow & { groupKey: string; groupLabel: string; enrollments: number };

const GROUP_SQL = {
  program: sql.raw('u.project_id'),
  organization: sql.raw('u.organization_id'),
  project_type: sql.raw("coalesce(u.project_type::text, '')"),
};

/**
 * The counts, each twice: over a row (downloads, and views the screen cannot page in SQL) and as
 * SQL over the universe's row `r` (the screen's counts and drill-downs). The test holds them equal.
 */
function counts(p: Params): { key: string; label: string; where?(r: Row): boolean; sql: SQL }[] {
  const exited = sql`(r."ExitDate" IS NOT NULL AND r."ExitDate" <= ${p.endDate})`;
  return [
    { key: 'clients', label: 'Clients', sql: sql`TRUE` },
    {
      key: 'households',
      label: 'Households',
      where: (r) => r.RelationshipToHoH === RelationshipToHoH.Self,
      sql: sql`r."RelationshipToHoH" = ${RelationshipToHoH.Self}`,
    },
    { key: 'adults', label: 'Adults', where: (r) => r.age !== null && r.age >= 18, sql: sql`r.age >= 18` },
    { key: 'children', label: 'Children', where: (r) => r.age !== null && r.age < 18, sql: sql`r.age < 18` },
    // Without a usable date of birth someone is neither: counted apart so the columns add up.
    { key: 'ageUnknown', label: 'Age unknown', where: (r) => r.age === null, sql: sql`r.age IS NULL` },
    {
      key: 'entered',
      label: 'Entered in range',
      where: (r) => r.EntryDate >= p.startDate,
      sql: sql`r."EntryDate" >= ${p.startDate}`,
    },
    { key: 'exited', label: 'Exited in range', where: (r) => isExited(p, r), sql: exited },
    { key: 'stayers', label: 'Still enrolled at end', where: (r) => !isExited(p, r), sql: sql`NOT ${exited}` },
  ];
}

const isExited = (p: Params, r: Row) => r.ExitDate !== null && r.ExitDate <= p.endDate;

/** The universe as the screen pages it: household types only when the view needs them. */
const screenUniverse = (run: ReportRun<Params>, householdTypes: boolean) =>
  universeOf(run, { groupBy: GROUP_SQL[run.params.runBy], details: false, householdTypes });

function groupLabel(p: Params, r: Pick<Row, 'OrganizationName' | 'ProjectType' | 'ProjectName'>): string {
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
    for (const r of rows) r.groupLabel = groupLabel(p, r);
    return rows;
  },
  summary: (p) => ({
    groupLabel: () => RUN_BY[p.runBy],
    groupOf: (r) => ({ key: r.groupKey, label: r.groupLabel }),
    counts: counts(p).map(({ key, label, where }) => ({ key, label, where })),
  }),
  // At 100,000 enrollments building every row took most of the screen's time: it counts and pages in SQL.
  paged: {
    async counts(run) {
      const p = run.params;
      const all = counts(p);
      const found = await sqlRows<Record<string, number> & { groupKey: string } & Parameters<typeof groupLabel>[1]>(
        run.db,
        sql`SELECT r."groupKey", min(r."ProjectName") AS "ProjectName", min(r."OrganizationName") AS "OrganizationName",
            min(r."ProjectType") AS "ProjectType",
            ${sql.join(
              all.map((c) => sql`(count(*) FILTER (WHERE ${c.sql}))::int AS ${sql.identifier(c.key)}`),
              sql`, `,
            )}
          FROM (${screenUniverse(run, false)}) r GROUP BY r."groupKey"`,
      );
      return {
        groups: found.map((g) => ({
          key: g.groupKey,
          label: groupLabel(p, g),
          counts: Object.fromEntries(all.map((c) => [c.key, g[c.key] ?? 0])),
        })),
        rows: found.reduce((n, g) => n + (g.clients ?? 0), 0),
      };
    },
    async page(run, view) {
      const count = counts(run.params).find((c) => c.key === view.count);
      if (!count) return undefined;
      const where = [count.sql];
      if (view.group !== undefined) where.push(sql`r."groupKey" = ${view.group}`);
      const householdTypes = viewUses(view, ['HouseholdType']);
      const columns = { ...UNIVERSE_COLUMNS, EnrollmentsInRange: { sql: sql`r.enrollments`, type: 'number' as const } };
      const found = await pageUniverse<Row>(run, screenUniverse(run, householdTypes), where, view, columns);
      if (!found) return undefined;
      if (!householdTypes) await fillHouseholdTypes(run, found.rows);
      for (const r of found.rows) r.groupLabel = groupLabel(run.params, r);
      return found;
    },
  },
  columns: [
    ...enrollmentColumns<Row>(),
    { key: 'EnrollmentsInRange', label: 'EnrollmentsInRange', type: 'number', value: (r) => r.enrollments },
  ],
  clientIdKeys: ['PersonalID'],
  emptyMessage: 'No clients were enrolled in these programs during the range.',
  defaultSort: { key: 'LastName', dir: 'asc' },
});
