// Reports → Client Milestone Age Status: clients who turn 18 while enrolled, with the
// elements now required of them and the workflow that records each.
import { Button, Group, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { addDays } from '../../hud/rules/dates.ts';
import { DateField } from '../enrollments/hud-inputs.tsx';
import { type ProjectOption, personName } from '../enrollments/types.ts';
import { api, qs } from '../lib/api.ts';
import { useStartWorkflow } from '../workflows/start-workflow.ts';

type Row = {
  PersonalID: string;
  FirstName: string | null;
  LastName: string | null;
  DOB: string | null;
  turns18On: string;
  EnrollmentID: string;
  ProjectName: string;
  EntryDate: string;
  ExitDate: string | null;
  elements: { element: string; name: string; workflow: 'edit-entry' | 'update' }[];
};

export function ClientMilestoneReportPage() {
  const today = new Date().toLocaleDateString('en-CA');
  const start = useStartWorkflow();
  const [from, setFrom] = useState<string | null>(today);
  const [to, setTo] = useState<string | null>(addDays(today, 30));
  const [projectId, setProjectId] = useState('');
  const projects = useQuery({
    queryKey: ['enrollment-projects', 'current'],
    queryFn: () => api.get<ProjectOption[]>('/api/enrollments/projects?scope=current'),
  });
  const rows = useQuery({
    queryKey: ['milestone', from, to, projectId],
    enabled: Boolean(from && to),
    queryFn: () => api.get<Row[]>(`/api/reports/client-milestone-age${qs({ from, to, projectId })}`),
  });
  return (
    <Stack>
      <Title order={2}>Client Milestone Age Status</Title>
      <Text c="dimmed">
        Clients who turn 18 in the date range while enrolled, and what must now be recorded for them.
      </Text>
      <Group align="flex-end">
        <DateField label="From" value={from} onChange={setFrom} />
        <DateField label="To" value={to} onChange={setTo} />
        <NativeSelect
          label="Project"
          value={projectId}
          onChange={(e) => setProjectId(e.currentTarget.value)}
          data={[
            { value: '', label: 'All projects' },
            ...(projects.data ?? []).map((p) => ({ value: p.ProjectID, label: p.ProjectName })),
          ]}
        />
      </Group>
      {rows.data?.length === 0 && <Text>Nobody turns 18 in this range while enrolled.</Text>}
      {!!rows.data?.length && (
        <Table aria-label="Clients turning 18" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Client</Table.Th>
              <Table.Th>Turns 18 on</Table.Th>
              <Table.Th>Project</Table.Th>
              <Table.Th>Now required</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.data.map((r) => (
              <Table.Tr key={r.EnrollmentID}>
                <Table.Td>
                  {personName(r)} ({r.PersonalID})
                </Table.Td>
                <Table.Td>{r.turns18On}</Table.Td>
                <Table.Td>{r.ProjectName}</Table.Td>
                <Table.Td>{r.elements.map((e) => `${e.element} ${e.name}`).join('; ')}</Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    {r.elements.some((e) => e.workflow === 'edit-entry') && (
                      <Button
                        size="xs"
                        variant="default"
                        onClick={() => start('edit-entry', { EnrollmentID: r.EnrollmentID })}
                      >
                        Edit entry
                      </Button>
                    )}
                    {r.elements.some((e) => e.workflow === 'update') && !r.ExitDate && (
                      <Button
                        size="xs"
                        variant="default"
                        onClick={() => start('assessment', { EnrollmentID: r.EnrollmentID })}
                      >
                        Update assessment
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
