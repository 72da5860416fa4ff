// Reports → HMIS Reports → HMIS Data Entry Timing: per program, how long after an event (project
// start, exit, update/annual assessment, service, current living situation) it was entered in
// Hearth: same day, 1–3, 4–7, 8–14 or more than 14 days, with average and median days; each count
// opens (+) onto its events. Records entered before their own date (dated ahead) count as same day.
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { hudLabel, TYPE_PROVIDED_LIST } from '../../../hud/codes.ts';
import { clientVisibleSql } from '../../clients/client-access.ts';
import { sqlRows } from '../../clients/client-summary.ts';
import { flag, idList } from '../framework/params.ts';
import { defineReport } from '../framework/types.ts';
import { checkDateRange, checkScope, dateRangeParams, organizationsOf } from '../shared/enrollment-filters.ts';
import { checkGrants, describeGrants } from '../shared/grants.ts';
import { timingEvents } from './timing-events.ts';
import { TIMING_TYPES, type TimingType } from './timing-types.ts';

const TYPES = Object.keys(TIMING_TYPES) as [TimingType, ...TimingType[]];

export const dataEntryTimingParams = z.object({
  ...dateRangeParams,
  type: z.enum(TYPES, { error: `Choose a type: ${TYPES.join(', ')}` }).default('entries'),
  organizationIds: idList().describe('Default: the organization you work as'),
  projectIds: idList().describe('Programs; none = every program of the organizations'),
  grantIds: idList().describe('Grants (FunderID) of those programs: events dated within a chosen grant'),
  hidePii: flag().describe('Leave client names out of the screen and every download'),
});
type Params = z.infer<typeof dataEntryTimingParams>;

export type TimingRow = {
  PersonalID: string;
  FirstName: string | null;
  LastName: string | null;
  EnrollmentID: string;
  ProjectID: string;
  ProjectName: string;
  OrganizationName: string;
  eventDate: string;
  detail: string | null;
  dateEntered: string;
  enteredBy: string | null;
  days: number;
  record_type: number | null;
  type_provided: number | null;
};

const BUCKETS = [
  { key: 'sameDay', label: 'Same day', where: (r: TimingRow) => r.days === 0 },
  { key: 'days1to3', label: '1–3 days', where: (r: TimingRow) => r.days >= 1 && r.days <= 3 },
  { key: 'days4to7', label: '4–7 days', where: (r: TimingRow) => r.days >= 4 && r.days <= 7 },
  { key: 'days8to14', label: '8–14 days', where: (r: TimingRow) => r.days >= 8 && r.days <= 14 },
  { key: 'over14', label: 'Over 14 days', where: (r: TimingRow) => r.days > 14 },
];

function detailOf(type: TimingType, r: TimingRow): string | null {
  if (r.detail) return r.detail;
  if (type === 'contacts') return hudLabel('CurrentLivingSituation', r.type_provided) ?? null;
  if (type === 'services' && r.record_type !== null) {
    const list = TYPE_PROVIDED_LIST[r.record_type];
    return (list && hudLabel(list, r.type_provided)) ?? hudLabel('RecordType', r.record_type) ?? null;
  }
  return null;
}

export const dataEntryTimingReport = defineReport<Params, TimingRow>({
  id: 'data-entry-timing',
  title: 'HMIS Data Entry Timing',
  rowsTitle: 'Entries',
  group: 'HMIS Reports',
  description:
    'Per program, the days from each event (entry, exit, assessment, service, current living situation) to when it was entered: same day, 1–3, 4–7, 8–14, over 14; average and median.',
  roles: ['data_quality_officer', 'program_manager'],
  parameters: dataEntryTimingParams,
  async check(run) {
    checkDateRange(run.params);
    await checkScope(run);
    await checkGrants(run);
  },
  describe: (p) => [
    `${TIMING_TYPES[p.type]} dated between ${p.startDate} and ${p.endDate}`,
    ...(p.organizationIds.length ? [`Organizations: ${p.organizationIds.join(', ')}`] : []),
    ...(p.projectIds.length ? [`Programs: ${p.projectIds.join(', ')}`] : []),
    ...describeGrants(p),
  ],
  async query(run) {
    const p = run.params;
    const filters = [sql`p.organization_id = ANY(${sql.param(organizationsOf(run))}::varchar[])`];
    if (p.projectIds.length) filters.push(sql`p.project_id = ANY(${sql.param(p.projectIds)}::varchar[])`);
    if (p.grantIds.length) {
      filters.push(sql`EXISTS (SELECT 1 FROM funder f WHERE f.project_id = p.project_id
        AND f.funder_id = ANY(${sql.param(p.grantIds)}::varchar[]) AND f.date_deleted IS NULL
        AND f.start_date <= ev.event_date AND (f.end_date IS NULL OR f.end_date >= ev.event_date))`);
    }
    const rows = await sqlRows<TimingRow>(
      run.db,
      sql`SELECT c.personal_id AS "PersonalID", c.first_name AS "FirstName", c.last_name AS "LastName",
        e.enrollment_id AS "EnrollmentID", p.project_id AS "ProjectID", p.project_name AS "ProjectName",
        o.organization_name AS "OrganizationName", ev.event_date::text AS "eventDate", ev.detail,
        ev.created::date::text AS "dateEntered",
        coalesce(u.first_name || ' ' || u.last_name, hu.user_first_name || ' ' || hu.user_last_name, ev.user_id) AS "enteredBy",
        greatest(ev.created::date - ev.event_date, 0) AS days, ev.record_type, ev.type_provided
      FROM ${timingEvents(p.type, p.startDate, p.endDate)} ev
      JOIN enrollment e ON e.enrollment_id = ev.enrollment_id AND e.date_deleted IS NULL
      JOIN project p ON p.project_id = e.project_id
      JOIN organization o ON o.organization_id = p.organization_id
      JOIN client c ON c.personal_id = e.personal_id AND c.date_deleted IS NULL
      LEFT JOIN app_user u ON u.id = ev.user_id
      LEFT JOIN hmis_user hu ON hu.user_id = ev.user_id
      WHERE ${sql.join(filters, sql` AND `)} AND ${clientVisibleSql(sql`c.personal_id`, run.organizationId)}`,
    );
    for (const r of rows) r.detail = detailOf(p.type, r);
    return rows;
  },
  summary: {
    groupLabel: () => 'Program',
    groupOf: (r) => ({ key: r.ProjectID, label: r.ProjectName }),
    counts: [{ key: 'all', label: 'Total' }, ...BUCKETS],
    measures: [
      { key: 'averageDays', label: 'Average days', stat: 'average', of: (r) => r.days },
      { key: 'medianDays', label: 'Median days', stat: 'median', of: (r) => r.days },
    ],
  },
  columns: [
    { key: 'PersonalID', label: 'Client ID', type: 'text' },
    { key: 'FirstName', label: 'First name', type: 'text', pii: 'name' },
    { key: 'LastName', label: 'Last name', type: 'text', pii: 'name' },
    { key: 'OrganizationName', label: 'Organization', type: 'text' },
    { key: 'ProjectName', label: 'Program', type: 'text' },
    { key: 'EnrollmentID', label: 'Enrollment ID', type: 'text' },
    { key: 'eventDate', label: 'Event date', type: 'date' },
    { key: 'detail', label: 'Detail', type: 'text' },
    { key: 'dateEntered', label: 'Date entered', type: 'date' },
    { key: 'enteredBy', label: 'Entered by', type: 'text' },
    { key: 'days', label: 'Days to entry', type: 'number' },
  ],
  clientIdKeys: ['PersonalID'],
  emptyMessage: 'Nothing of this type was dated in the range for these programs.',
  defaultSort: { key: 'days', dir: 'desc' },
});
