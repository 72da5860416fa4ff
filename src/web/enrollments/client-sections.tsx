// The client dashboard's Enrollments and Case managers sections.

import { Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../auth/session.tsx';
import { AssignmentsTable, useClientAssignments } from '../case-assignments/client-case-managers.page.tsx';
import { useStartWorkflow } from '../workflows/start-workflow.tsx';
import { EnrollmentsTable, useClientEnrollments } from './client-enrollments.page.tsx';

export function EnrollmentsSection({ personalId }: { personalId: string }) {
  const { t } = useTranslation('enrollments');
  const data = useClientEnrollments(personalId);
  const { start, dialog } = useStartWorkflow();
  const me = useMe();
  // Heads an open household of the organization the user works as.
  const heads = (data.data?.enrollments ?? []).some(
    (e) => e.RelationshipToHoH === 1 && !e.ExitDate && e.OrganizationID === me.currentOrganizationId,
  );
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={3}>{t('Enrollments')}</Title>
          {dialog}
          <Group gap="xs">
            {heads && (
              <Button
                size="xs"
                variant="default"
                component={Link}
                to={`/clients/${encodeURIComponent(personalId)}/quick-add-family-member`}
              >
                {t('Quick Add Family Member')}
              </Button>
            )}
            <Button size="xs" onClick={() => start('intake', { PersonalID: personalId })}>
              {t('Intake')}
            </Button>
          </Group>
        </Group>
        {data.data ? <EnrollmentsTable rows={data.data.enrollments} /> : <Text c="dimmed">{t('Loading…')}</Text>}
      </Stack>
    </Card>
  );
}

export function CaseManagersSection({ personalId }: { personalId: string }) {
  const { t } = useTranslation('enrollments');
  const data = useClientAssignments(personalId);
  const active = (data.data ?? []).filter((a) => a.active);
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={3}>{t('Case managers')}</Title>
          <Anchor component={Link} to={`/clients/${personalId}/case-managers`} size="sm">
            {t('All case managers')}
          </Anchor>
        </Group>
        {active.length ? <AssignmentsTable rows={active} /> : <Text c="dimmed">{t('No active case manager.')}</Text>}
      </Stack>
    </Card>
  );
}
