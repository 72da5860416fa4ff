// Reports → Client Milestone Age Status: clients who turn 18 while enrolled, with the
// elements now required of them and the workflow that records each.
import { Button, Group, NativeSelect, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { addDays } from '../../hud/rules/dates.ts';
import type { ProjectOption } from '../enrollments/types.ts';
import { api } from '../lib/api.ts';
import { useStartWorkflow } from '../workflows/start-workflow.tsx';
import { ReportPage } from './framework/report-page.tsx';
import type { Row } from './framework/results-table.tsx';

type Element = { element: string; name: string; workflow: 'edit-entry' | 'update' };

export function ClientMilestoneReportPage() {
  const { t } = useTranslation('reports');
  const today = new Date().toLocaleDateString('en-CA');
  const { start, dialog } = useStartWorkflow();
  const projects = useQuery({
    queryKey: ['enrollment-projects', 'current'],
    queryFn: () => api.get<ProjectOption[]>('/api/enrollments/projects?scope=current'),
  });
  const actions = (r: Row) => {
    const elements = (r.elements ?? []) as Element[];
    const enrollment = String(r.EnrollmentID);
    return (
      <Group gap="xs" wrap="nowrap">
        {elements.some((e) => e.workflow === 'edit-entry') && (
          <Button size="xs" variant="default" onClick={() => start('edit-entry', { EnrollmentID: enrollment })}>
            {t('Edit entry')}
          </Button>
        )}
        {elements.some((e) => e.workflow === 'update') && !r.ExitDate && (
          <Button size="xs" variant="default" onClick={() => start('assessment', { EnrollmentID: enrollment })}>
            {t('Update assessment')}
          </Button>
        )}
      </Group>
    );
  };
  return (
    <>
      {dialog}
      <ReportPage<{ from: string; to: string; projectId: string }>
        reportId="client-milestone-age"
        title={t('Client Milestone Age Status')}
        intro={t('Clients who turn 18 in the date range while enrolled, and what must now be recorded for them.')}
        initial={{ from: today, to: addDays(today, 30), projectId: '' }}
        autoRun
        rowActions={actions}
        fields={({ params, set, errors }) => (
          <Group align="flex-end">
            <TextInput
              type="date"
              label={t('From')}
              value={params.from}
              onChange={(e) => set('from', e.currentTarget.value)}
              error={errors.from}
            />
            <TextInput
              type="date"
              label={t('To')}
              value={params.to}
              onChange={(e) => set('to', e.currentTarget.value)}
              error={errors.to}
            />
            <NativeSelect
              label={t('Project')}
              value={params.projectId}
              onChange={(e) => set('projectId', e.currentTarget.value)}
              data={[
                { value: '', label: t('All projects') },
                ...(projects.data ?? []).map((p) => ({ value: p.ProjectID, label: p.ProjectName })),
              ]}
            />
          </Group>
        )}
      />
    </>
  );
}
