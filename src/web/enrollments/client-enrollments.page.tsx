// /clients/:personalId/enrollments — a client's enrollments, open ones first, with Intake.
import { Alert, Anchor, Button, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { hudLabel } from '../../hud/codes.ts';
import { ClientFrame } from '../clients/client-frame.tsx';
import { api, qs } from '../lib/api.ts';
import { errorMessage } from '../lib/forms.ts';
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
  if (!rows.length) return <Text c="dimmed">No enrollments yet.</Text>;
  return (
    <Table aria-label="Enrollments" striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Project</Table.Th>
          <Table.Th>Organization</Table.Th>
          <Table.Th>Relationship</Table.Th>
          <Table.Th>Start</Table.Th>
          <Table.Th>Exit</Table.Th>
          <Table.Th>Household</Table.Th>
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
            <Table.Td>{e.ExitDate ?? 'Open'}</Table.Td>
            <Table.Td>{e.householdSize === 1 ? 'Individual' : `${e.householdSize} people`}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** Enrollments → Enrollments: every enrollment of the client, open ones first, and Intake. */
export function ClientEnrollmentsPage() {
  return <ClientFrame>{(client) => <ClientEnrollments personalId={client.PersonalID} />}</ClientFrame>;
}

function ClientEnrollments({ personalId }: { personalId: string }) {
  const data = useClientEnrollments(personalId);
  const { start, dialog } = useStartWorkflow();
  const [problem, setProblem] = useState<string | null>(null);
  if (data.isError) return <Alert color="red">{errorMessage(data.error)}</Alert>;
  if (!data.data) return <Loader aria-label="Loading" />;
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={3}>Enrollments</Title>
        <Button onClick={() => start('intake', { PersonalID: personalId }).catch((e) => setProblem(errorMessage(e)))}>
          Intake
        </Button>
      </Group>
      {problem && <Alert color="red">{problem}</Alert>}
      {dialog}
      <EnrollmentsTable rows={data.data.enrollments} />
    </Stack>
  );
}
