// Client Milestone Age Status on the report framework: on screen, downloads and schedules.
import { z } from 'zod';
import { hudLabel } from '../../hud/codes.ts';
import { badRequest } from '../http/errors.ts';
import { dateParam, optionalId } from '../reports/framework/params.ts';
import { defineReport } from '../reports/framework/types.ts';
import { clientMilestoneReport } from './client-milestone-report.ts';

const params = z.object({
  from: dateParam('the start date'),
  to: dateParam('the end date'),
  organizationId: optionalId(),
  projectId: optionalId(),
});

type MilestoneRow = Awaited<ReturnType<typeof clientMilestoneReport>>[number];

export const clientMilestoneAgeReport = defineReport<z.infer<typeof params>, MilestoneRow>({
  id: 'client-milestone-age',
  title: 'Client Milestone Age Status',
  rowsTitle: 'Clients turning 18',
  group: 'Enrollment Reports',
  description: 'Clients who turn 18 in the date range while enrolled, with the elements now required of them.',
  parameters: params,
  check({ params: p }) {
    if (p.from > p.to)
      throw badRequest('The date range ends before it starts', { to: 'Choose an end date on or after the start date' });
  },
  describe: (p) => [`Turning 18 between ${p.from} and ${p.to}`],
  query: (run) => clientMilestoneReport(run.db, run.ctx, run.params),
  columns: [
    { key: 'PersonalID', label: 'Client ID', type: 'text' },
    { key: 'FirstName', label: 'First name', type: 'text', pii: 'name' },
    { key: 'LastName', label: 'Last name', type: 'text', pii: 'name' },
    { key: 'DOB', label: 'Date of birth', type: 'date', pii: 'dob' },
    { key: 'turns18On', label: 'Turns 18 on', type: 'date' },
    { key: 'ProjectName', label: 'Project', type: 'text' },
    {
      key: 'relationship',
      label: 'Relationship to head of household',
      type: 'text',
      value: (r) => hudLabel('RelationshipToHoH', r.RelationshipToHoH) ?? null,
    },
    { key: 'EntryDate', label: 'Project start date', type: 'date' },
    { key: 'ExitDate', label: 'Exit date', type: 'date' },
    {
      key: 'nowRequired',
      label: 'Now required',
      type: 'text',
      value: (r) => r.elements.map((e) => `${e.element} ${e.name}`).join('; '),
    },
  ],
  clientIdKeys: ['PersonalID'],
  emptyMessage: 'Nobody turns 18 in this range while enrolled.',
});
