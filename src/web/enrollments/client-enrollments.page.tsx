// /clients/:personalId/enrollments — a client's enrollments, open ones first, with Intake.

import { Alert, Anchor, Button, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ClientFrame } from '../clients/client-frame.tsx';
import { api, qs } from '../lib/api.ts';
import { errorMessage } from '../lib/forms.ts';
import { useHudLabels } from '../lib/hud-labels.ts';
import { ResponsiveTable } from '../lib/responsive-table.tsx';
import { useStartWorkflow } from '../workflows/start-workflow.tsx';
import type { Person } from './types.ts';

export type ClientEnrollment = {
  EnrollmentID: string;
  ProjectName: string;
  OrganizationID: string;
  OrganizationName: string;
  RelationshipToHoH: number;
  EntryDate: string;
  MoveInDate: string | null;
  ExitDate: string | null;
  Destination: number | null;
  householdSize: number;
};

export const useClientEnrollments = (personalId: string | undefined) =>
  useQuery({
    queryKey: ['client-enrollments', personalId],
    enabled: Boolean(personalId),
    queryFn: () =>
      api.get<{ client: Person; enrollments: ClientEnrollment[] }>(`/api/enrollments${qs({ PersonalID: personalId })}`),
  });

export function EnrollmentsTable({ rows }: { rows: ClientEnrollment[] }) {
  const { t } = useTranslation('enrollments');
  const { hudLabel } = useHudLabels();
  if (!rows.length) return <Text c="dimmed">{t('No enrollments yet.')}</Text>;
  return (
    <ResponsiveTable aria-label={t('Enrollments')} striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('Project')}</Table.Th>
          <Table.Th>{t('Organization')}</Table.Th>
          <Table.Th>{t('Relationship')}</Table.Th>
          <Table.Th>{t('Start')}</Table.Th>
          <Table.Th>{t('Exit')}</Table.Th>
          <Table.Th>{t('Household')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((e) => (
          <Table.Tr key={e.EnrollmentID}>
            <Table.Td>
              <Anchor component={Link} to={`/enrollments/${e.EnrollmentID}`}>
                {e.ProjectName}
              </Anchor>
            </Table.Td>
            <Table.Td>{e.OrganizationName}</Table.Td>
            <Table.Td>{hudLabel('RelationshipToHoH', e.RelationshipToHoH)}</Table.Td>
            <Table.Td>{e.EntryDate}</Table.Td>
            <Table.Td>{e.ExitDate ?? t('Open')}</Table.Td>
            <Table.Td>
              {e.householdSize === 1 ? t('Individual') : t('{{count}} people', { count: e.householdSize })}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ResponsiveTable>
  );
}

/** Enrollments → Enrollments: every enrollment of the client, open ones first, and Intake. */
export function ClientEnrollmentsPage() {
  return <ClientFrame>{(client) => <ClientEnrollments personalId={client.PersonalID} />}</ClientFrame>;
}

function ClientEnrollments({ personalId }: { personalId: string }) {
  const { t } = useTranslation('enrollments');
  const data = useClientEnrollments(personalId);
  const { start, dialog } = useStartWorkflow();
  const [problem, setProblem] = useState<string | null>(null);
  if (data.isError) return <Alert color="red">{errorMessage(data.error)}</Alert>;
  if (!data.data) return <Loader aria-label={t('Loading')} />;
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={3}>{t('Enrollments')}</Title>
        <Button onClick={() => start('intake', { PersonalID: personalId }).catch((e) => setProblem(errorMessage(e)))}>
          {t('Intake')}
        </Button>
      </Group>
      {problem && <Alert color="red">{problem}</Alert>}
      {dialog}
      <EnrollmentsTable rows={data.data.enrollments} />
    </Stack>
  );
}
