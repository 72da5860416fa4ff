// Home → Annual Assessment Tool: open enrollments whose annual assessment is due within the
// window of the chosen due date, with downloads and the actions to do the assessment.

import { Button, Group, Menu, NativeSelect, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataCollectionStage } from '../../hud/codes.ts';
import { useMe } from '../auth/session.tsx';
import { api } from '../lib/api.ts';
import { useHudLabels } from '../lib/hud-labels.ts';
import { ReportPage } from '../reports/framework/report-page.tsx';
import type { Row } from '../reports/framework/results-table.tsx';
import { useStartWorkflow } from '../workflows/start-workflow.tsx';
import type { ProjectOption } from './types.ts';

type Form = { dueDate: string; organizationId: string; projectId: string; funder: string; personalId: string };

export function AnnualAssessmentToolPage() {
  const { t } = useTranslation('enrollments');
  const { codeLabel } = useHudLabels();
  const me = useMe();
  const { start, dialog } = useStartWorkflow();
  const projects = useQuery({
    queryKey: ['enrollment-projects', 'mine'],
    queryFn: () => api.get<ProjectOption[]>('/api/enrollments/projects?scope=mine'),
  });
  const actions = (r: Row) => (
    <Menu>
      <Menu.Target>
        <Button
          size="xs"
          variant="subtle"
          aria-label={t('Actions for {{name}}', { name: `${r.FirstName ?? ''} ${r.LastName ?? ''}` })}
        >
          …
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item component={Link} to={`/enrollments/${r.EnrollmentID}`}>
          {t('Open the enrollment')}
        </Menu.Item>
        <Menu.Item
          onClick={() =>
            start('assessment', {
              EnrollmentID: String(r.EnrollmentID),
              data: { preset: { stage: DataCollectionStage.Annual } },
            })
          }
        >
          {t('Complete the annual assessment')}
        </Menu.Item>
        <Menu.Item component={Link} to={`/clients/${r.PersonalID}`}>
          {t("Select (the client's dashboard)")}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
  return (
    <>
      {dialog}
      <ReportPage<Form>
        reportId="annual-assessment-tool"
        title={t('Annual Assessment Tool')}
        intro={t(
          'Open enrollments whose annual assessment is not yet recorded and whose 60-day window (30 days either side of the anniversary of the project start date) includes the due date.',
        )}
        initial={{
          dueDate: new Date().toLocaleDateString('en-CA'),
          organizationId: me.currentOrganizationId ?? '',
          projectId: '',
          funder: '',
          personalId: '',
        }}
        autoRun
        rowActions={actions}
        fields={({ params, set, errors }) => {
          const orgProjects = (projects.data ?? []).filter((p) => p.OrganizationID === params.organizationId);
          const funders = [...new Set(orgProjects.flatMap((p) => p.funders))];
          return (
            <Group align="flex-end">
              <TextInput
                type="date"
                label={t('Due date')}
                value={params.dueDate}
                onChange={(e) => set('dueDate', e.currentTarget.value)}
                error={errors.dueDate}
              />
              <NativeSelect
                label={t('Organization')}
                value={params.organizationId}
                onChange={(e) => {
                  set('organizationId', e.currentTarget.value);
                  set('projectId', '');
                }}
                data={me.organizations.map((o) => ({ value: o.id, label: o.name }))}
              />
              <NativeSelect
                label={t('Project')}
                value={params.projectId}
                onChange={(e) => set('projectId', e.currentTarget.value)}
                data={[
                  { value: '', label: t('All projects') },
                  ...orgProjects.map((p) => ({ value: p.ProjectID, label: p.ProjectName })),
                ]}
              />
              <NativeSelect
                label={t('Funding source')}
                value={params.funder}
                onChange={(e) => set('funder', e.currentTarget.value)}
                data={[
                  { value: '', label: t('All funding sources') },
                  ...funders.map((f) => ({ value: String(f), label: codeLabel('FundingSource', f) })),
                ]}
              />
              <TextInput
                label={t('Client ID')}
                value={params.personalId}
                onChange={(e) => set('personalId', e.currentTarget.value.trim())}
                w={140}
              />
            </Group>
          );
        }}
      />
    </>
  );
}
