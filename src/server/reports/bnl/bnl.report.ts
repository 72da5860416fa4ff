// Reports → BNLs → HMIS Active Client List: one row per client active in the chosen programs
// (the latest qualifying enrollment), with household, dates, MoveInDate and the data elements the
// client is missing that other reports need. Also the PIT/HIC list: see PIT_HIC below.
import { type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import { PERMANENT_HOUSING_TYPES, ProjectType, RecordType } from '../../../hud/codes.ts';
import { validationFailed } from '../../http/errors.ts';
import { flag } from '../framework/params.ts';
import { defineReport } from '../framework/types.ts';
import { enrollmentColumns } from '../shared/enrollment-columns.ts';
import {
  checkDateRange,
  checkScope,
  dateRangeParams,
  describeFilters,
  enrollmentFilterParams,
} from '../shared/enrollment-filters.ts';
import {
  fillHouseholdTypes,
  fillUniverseDetails,
  queryUniverse,
  type UniverseRow,
  universeOf,
} from '../shared/enrollment-universe.ts';
import { pageUniverse, UNIVERSE_COLUMNS, viewUses } from '../shared/universe-page.ts';
import { ACTIVE_METHODS, PIT_HIC, REPORT_TYPES } from './bnl-choices.ts';

const keys = <T extends Record<string, string>>(o: T) => Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];

export const bnlParams = z.object({
  ...dateRangeParams,
  reportType: z.enum(keys(REPORT_TYPES)).default('active_any'),
  method: z.enum(keys(ACTIVE_METHODS)).default('entry_exit'),
  ...enrollmentFilterParams,
  pitHic: flag().describe(PIT_HIC.help),
});
export type BnlParams = z.infer<typeof bnlParams>;

const within = (col: string) => sql.raw(`${col} >= e.entry_date AND (x.exit_date IS NULL OR ${col} <= x.exit_date)`);

/** The enrollments that make a client appear, by report type, method and the PIT/HIC rules. */
function activity(p: BnlParams): SQL {
  const s = sql.param(p.startDate);
  const e = sql.param(p.endDate);
  const parts: SQL[] = [];
  const active = p.reportType === 'active_any' || p.reportType === 'active_on';
  if (p.reportType === 'active_on')
    parts.push(sql`e.entry_date <= ${s}::date AND (x.exit_date IS NULL OR x.exit_date > ${s}::date)`);
  if (p.reportType === 'entered') parts.push(sql`e.entry_date BETWEEN ${s}::date AND ${e}::date`);
  if (p.reportType === 'exited') parts.push(sql`x.exit_date BETWEEN ${s}::date AND ${e}::date`);
  if (active && p.method === 'services') {
    parts.push(sql`(EXISTS (SELECT 1 FROM services a WHERE a.enrollment_id = e.enrollment_id AND a.date_deleted IS NULL
        AND a.date_provided BETWEEN ${s}::date AND ${e}::date AND ${within('a.date_provided')})
      OR EXISTS (SELECT 1 FROM service a WHERE a.enrollment_id = e.enrollment_id AND a.deleted_at IS NULL
        AND a.date_provided BETWEEN ${s}::date AND ${e}::date AND ${within('a.date_provided')}))`);
  }
  if (active && p.method === 'contacts') {
    parts.push(sql`EXISTS (SELECT 1 FROM current_living_situation a WHERE a.enrollment_id = e.enrollment_id
      AND a.date_deleted IS NULL AND a.information_date BETWEEN ${s}::date AND ${e}::date AND ${within('a.information_date')})`);
  }
  if (p.pitHic) {
    parts.push(sql`(p.project_type <> ${ProjectType.EmergencyShelterNightByNight} OR EXISTS (SELECT 1 FROM services b
        WHERE b.enrollment_id = e.enrollment_id AND b.record_type = ${RecordType.BedNight} AND b.date_provided = ${s}::date
          AND b.date_deleted IS NULL)
      OR EXISTS (SELECT 1 FROM service b WHERE b.enrollment_id = e.enrollment_id AND b.bed_night
          AND b.date_provided = ${s}::date AND b.deleted_at IS NULL))`);
    parts.push(sql`(p.project_type <> ALL(${sql.param([...PERMANENT_HOUSING_TYPES])}::int[])
      OR e.move_in_date <= ${s}::date)`);
  }
  return sql.join(parts.length ? parts : [sql`true`], sql` AND `);
}

/** Which enrollments make the list (activity) and in which projects. */
const clientsOf = (p: BnlParams) => ({
  activity: activity(p),
  projectTypes: p.pitHic ? PIT_HIC.projectTypes : undefined,
});

/** The columns the screen sorts and filters on in SQL; the details (case manager…) are built in memory. */
const SCREEN_COLUMNS = {
  ...UNIVERSE_COLUMNS,
  EnrollmentsInRange: { sql: sql`r.enrollments`, type: 'number' as const },
};

export const bnlReport = defineReport<BnlParams, UniverseRow>({
  id: 'bnl',
  title: 'HMIS Active Client List',
  rowsTitle: 'Active clients',
  group: 'BNLs',
  description:
    'A by-name list of clients active in the chosen programs (or who entered or exited), one row per client, with the data elements each is missing. Also builds PIT/HIC lists.',
  parameters: bnlParams,
  async check(run) {
    const p = run.params;
    checkDateRange(p);
    if (p.reportType === 'active_on' && p.endDate !== p.startDate) {
      throw validationFailed({
        endDate: 'Active on a date reports one day: make the end date the same as the start date',
      });
    }
    if (p.pitHic && p.reportType !== 'active_on') {
      throw validationFailed({ reportType: 'A PIT/HIC list is of one night: choose Active on a date' });
    }
    await checkScope(run);
  },
  describe: (p) => [
    p.reportType === 'active_on'
      ? `${REPORT_TYPES.active_on}: ${p.startDate}`
      : `${REPORT_TYPES[p.reportType]}, ${p.startDate} to ${p.endDate}`,
    ...(p.reportType.startsWith('active') ? [`Active client method: ${ACTIVE_METHODS[p.method]}`] : []),
    ...(p.pitHic ? ['PIT/HIC list'] : []),
    ...describeFilters(p),
  ],
  query: (run) => queryUniverse(run, clientsOf(run.params)),
  // At 100,000 enrollments building every row (households above all) took the screen's time: it
  // pages in SQL, household types and details built for the page shown.
  paged: {
    async page(run, view) {
      const householdTypes = viewUses(view, ['HouseholdType']);
      const universe = universeOf(run, { ...clientsOf(run.params), details: false, householdTypes });
      const found = await pageUniverse<UniverseRow>(run, universe, [], view, SCREEN_COLUMNS);
      if (!found) return undefined;
      if (!householdTypes) await fillHouseholdTypes(run, found.rows);
      await fillUniverseDetails(run, found.rows);
      return found;
    },
  },
  columns: [
    ...enrollmentColumns<UniverseRow>(),
    { key: 'ChronicallyHomeless', label: 'ChronicallyHomelessAtStart', type: 'boolean', value: (r) => r.chronic },
    { key: 'CaseManager', label: 'CaseManager', type: 'text', value: (r) => r.caseManager },
    { key: 'LastServiceDate', label: 'LastServiceDate', type: 'date', value: (r) => r.lastService },
    { key: 'LastContactDate', label: 'LastContactDate', type: 'date', value: (r) => r.lastContact },
    { key: 'EnrollmentsInRange', label: 'EnrollmentsInRange', type: 'number', value: (r) => r.enrollments },
    { key: 'MissingDataElements', label: 'MissingDataElements', type: 'text', value: (r) => r.missing.join('; ') },
    { key: 'MissingCount', label: 'MissingCount', type: 'number', value: (r) => r.missing.length },
  ],
  details: {
    keys: ['CaseManager', 'LastServiceDate', 'LastContactDate', 'MissingDataElements', 'MissingCount'],
    fill: fillUniverseDetails,
  },
  clientIdKeys: ['PersonalID'],
  emptyMessage:
    'No clients match these choices: no one was active (or entered or exited) in these programs in the range.',
  defaultSort: { key: 'LastName', dir: 'asc' },
});
