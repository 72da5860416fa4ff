// The Annual Assessment Tool on the report framework: on screen, downloads and schedules.
import { z } from 'zod';
import { hudLabel } from '../../hud/codes.ts';
import { hudToday } from '../http/ids.ts';
import { dateParam, optionalId, optionalInt, optionalText } from '../reports/framework/params.ts';
import { defineReport } from '../reports/framework/types.ts';
import { annualAssessmentsDue, type DueRow } from './annual-assessment-tool.ts';

const params = z.object({
  dueDate: dateParam('the due date').optional().describe('Default today'),
  organizationId: optionalId().describe('Default: the organization you work as'),
  projectId: optionalId(),
  funder: optionalInt().describe('FundingSource code (2.06.1)'),
  personalId: optionalText(32),
});

export const annualAssessmentToolReport = defineReport<z.infer<typeof params>, DueRow>({
  id: 'annual-assessment-tool',
  title: 'Annual Assessment Tool',
  rowsTitle: 'Annual assessments due',
  group: 'Annual assessments',
  description:
    'Open enrollments whose annual assessment is due in the window containing the due date (30 days either side of the anniversary) and not yet recorded.',
  parameters: params,
  describe: (p) => [`Due date: ${p.dueDate ?? hudToday()}`],
  query: (run) => annualAssessmentsDue(run.db, run.ctx, run.params),
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
    { key: 'anniversary', label: 'Anniversary', type: 'date' },
    { key: 'windowOpens', label: 'Window opens', type: 'date' },
    { key: 'windowCloses', label: 'Window closes', type: 'date' },
    { key: 'daysLeft', label: 'Days left', type: 'number' },
  ],
  clientIdKeys: ['PersonalID'],
  emptyMessage: 'No annual assessments are due in this window.',
});
