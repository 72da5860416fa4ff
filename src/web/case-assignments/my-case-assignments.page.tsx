// Home → My Case Assignments: the signed-in user's caseload, with filters.
import { Anchor, Group, NativeSelect, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import type { ProjectOption } from '../enrollments/types.ts';
import { personName } from '../enrollments/types.ts';
import { api, qs } from '../lib/api.ts';
import { ResponsiveTable } from '../lib/responsive-table.tsx';

type CaseloadRow = {
  id: string;
  PersonalID: string;
  FirstName: string | null;
  LastName: string | null;
  EnrollmentID: string | null;
  ProjectName: string | null;
  EntryDate: string | null;
  ExitDate: string | null;
  startDate: string;
  endDate: string | null;
};

export function MyCaseAssignmentsPage() {
  const [status, setStatus] = useState('active');
  const [projectId, setProjectId] = useState('');
  const [search, setSearch] = useState('');
  const projects = useQuery({
    queryKey: ['enrollment-projects', 'mine'],
    queryFn: () => api.get<ProjectOption[]>('/api/enrollments/projects?scope=mine'),
  });
  const rows = useQuery({
    queryKey: ['caseload', status, projectId, search],
    queryFn: () => api.get<CaseloadRow[]>(`/api/case-assignments/mine${qs({ status, projectId, search })}`),
  });
  return (
    <Stack>
      <Title order={1}>My Case Assignments</Title>
      <Group align="flex-end">
        <NativeSelect
          label="Assignments"
          value={status}
          onChange={(e) => setStatus(e.currentTarget.value)}
          data={[
            { value: 'active', label: 'Active' },
            { value: 'inactive', label: 'Inactive' },
            { value: 'all', label: 'All' },
          ]}
        />
        <NativeSelect
          label="Project"
          value={projectId}
          onChange={(e) => setProjectId(e.currentTarget.value)}
          data={[
            { value: '', label: 'All projects' },
            ...(projects.data ?? []).map((p) => ({ value: p.ProjectID, label: p.ProjectName })),
          ]}
        />
        <TextInput label="Client name or ID" value={search} onChange={(e) => setSearch(e.currentTarget.value)} />
      </Group>
      {rows.data?.length === 0 && <Text c="dimmed">No case assignments match.</Text>}
      {!!rows.data?.length && (
        <ResponsiveTable aria-label="My case assignments" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Client</Table.Th>
              <Table.Th>Client ID</Table.Th>
              <Table.Th>Project</Table.Th>
              <Table.Th>Project start</Table.Th>
              <Table.Th>Exit</Table.Th>
              <Table.Th>Assigned</Table.Th>
              <Table.Th>Ended</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.data.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>
                  <Anchor
                    component={Link}
                    to={r.EnrollmentID ? `/enrollments/${r.EnrollmentID}` : `/clients/${r.PersonalID}`}
                  >
                    {personName(r)}
                  </Anchor>
                </Table.Td>
                <Table.Td>{r.PersonalID}</Table.Td>
                <Table.Td>{r.ProjectName ?? '—'}</Table.Td>
                <Table.Td>{r.EntryDate ?? '—'}</Table.Td>
                <Table.Td>{r.ExitDate ?? '—'}</Table.Td>
                <Table.Td>{r.startDate}</Table.Td>
                <Table.Td>{r.endDate ?? '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </ResponsiveTable>
      )}
    </Stack>
  );
}
