// Reports → HMIS Reports → Missing Annual Assessments: every enrollment open a year or more whose
// annual assessment is missing from an anniversary window (30 days either side of each
// anniversary of the head of household's start date; src/hud/rules/dates.ts), past windows as
// well as the one open now, with the window's dates. A row opens the annual assessment workflow
// dated on the anniversary, inside its window. The seed's users dig this out of an APR file.
import { z } from 'zod';
import { hudLabel, isHudCode } from '../../../hud/codes.ts';
import { validationFailed } from '../../http/errors.ts';
import { hudToday } from '../../http/ids.ts';
import { dateParam, flag, idList } from '../framework/params.ts';
import { defineReport } from '../framework/types.ts';
import { checkScope } from '../shared/enrollment-filters.ts';
import { type MissingAnnualRow, queryMissingAnnuals } from './query-missing-annuals.ts';

const asList = (v: unknown) => (v === undefined || v === null || v === '' ? [] : Array.isArray(v) ? v : [v]);

export const missingAnnualsParams = z.object({
  asOf: dateParam('the date').optional().describe('Windows up to this date (default today)'),
  organizationIds: idList().describe('Default: the organization you work as'),
  projectIds: idList().describe('Projects; none = every project of the organizations'),
  funders: z
    .preprocess(asList, z.array(z.coerce.number({ error: 'Choose funders by their FundingSource code' }).int()))
    .default([])
    .describe('FundingSource codes (2.06.1): projects funded by one of these at the anniversary'),
  caseManagerIds: idList().describe('Clients with one of these case managers during the enrollment'),
  hidePii: flag().describe('Leave client names out of the screen and every download'),
});
type Params = z.infer<typeof missingAnnualsParams>;

export const missingAnnualsReport = defineReport<Params, MissingAnnualRow>({
  id: 'missing-annual-assessments',
  title: 'Missing Annual Assessments',
  rowsTitle: 'Missing annual assessments',
  group: 'HMIS Reports',
  description:
    'Enrollments open a year or more with an annual assessment missing from an anniversary window (past or open now), with the window to record it in.',
  parameters: missingAnnualsParams,
  async check(run) {
    const p = run.params;
    if (p.asOf && p.asOf > hudToday())
      throw validationFailed({ asOf: 'The date cannot be in the future: missing assessments are counted up to today' });
    const bad = p.funders.filter((f) => !isHudCode('FundingSource', f));
    if (bad.length) throw validationFailed({ funders: `${bad.join(', ')} is not a FundingSource code` });
    await checkScope(run);
  },
  describe: (p) => [
    `Windows up to ${p.asOf ?? hudToday()}`,
    ...(p.organizationIds.length ? [`Organizations: ${p.organizationIds.join(', ')}`] : []),
    ...(p.projectIds.length ? [`Projects: ${p.projectIds.join(', ')}`] : []),
    ...(p.funders.length ? [`Funders: ${p.funders.map((f) => hudLabel('FundingSource', f) ?? f).join(', ')}`] : []),
    ...(p.caseManagerIds.length ? [`Case managers: ${p.caseManagerIds.join(', ')}`] : []),
  ],
  query: (run) => queryMissingAnnuals(run),
  summary: {
    groupLabel: () => 'Project',
    groupOf: (r) => ({ key: r.ProjectID, label: r.ProjectName }),
    counts: [
      { key: 'missing', label: 'Missing annuals' },
      { key: 'closed', label: 'Window closed', where: (r) => !r.windowOpenNow },
      { key: 'open', label: 'Window open now', where: (r) => r.windowOpenNow },
    ],
  },
  columns: [
    { key: 'PersonalID', label: 'Client ID', type: 'text' },
    { key: 'FirstName', label: 'First name', type: 'text', pii: 'name' },
    { key: 'LastName', label: 'Last name', type: 'text', pii: 'name' },
    {
      key: 'relationship',
      label: 'Relationship to head of household',
      type: 'text',
      value: (r) => hudLabel('RelationshipToHoH', r.RelationshipToHoH) ?? null,
    },
    { key: 'OrganizationName', label: 'Organization', type: 'text' },
    { key: 'ProjectName', label: 'Project', type: 'text' },
    { key: 'EntryDate', label: 'Project start date', type: 'date' },
    { key: 'ExitDate', label: 'Exit date', type: 'date' },
    { key: 'year', label: 'Year', type: 'number' },
    { key: 'anniversary', label: 'Anniversary', type: 'date' },
    { key: 'windowOpens', label: 'Window opens', type: 'date' },
    { key: 'windowCloses', label: 'Window closes', type: 'date' },
    { key: 'caseManager', label: 'Case manager', type: 'text' },
  ],
  clientIdKeys: ['PersonalID'],
  emptyMessage: 'No annual assessments are missing for these projects.',
  defaultSort: { key: 'windowCloses', dir: 'asc' },
});
