// Home → My Case Assignments: the signed-in user's caseload, with filters.
import { Anchor, Group, NativeSelect, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('case-assignments');
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
      <Title order={1}>{t('My Case Assignments')}</Title>
      <Group align="flex-end">
        <NativeSelect
          label={t('Assignments')}
          value={status}
          onChange={(e) => setStatus(e.currentTarget.value)}
          data={[
            { value: 'active', label: t('Active') },
            { value: 'inactive', label: t('Inactive') },
            { value: 'all', label: t('All') },
          ]}
        />
        <NativeSelect
          label={t('Project')}
          value={projectId}
          onChange={(e) => setProjectId(e.currentTarget.value)}
          data={[
            { value: '', label: t('All projects') },
            ...(projects.data ?? []).map((p) => ({ value: p.ProjectID, label: p.ProjectName })),
          ]}
        />
        <TextInput label={t('Client name or ID')} value={search} onChange={(e) => setSearch(e.currentTarget.value)} />
      </Group>
      {rows.data?.length === 0 && <Text c="dimmed">{t('No case assignments match.')}</Text>}
      {!!rows.data?.length && (
        <ResponsiveTable aria-label={t('My case assignments')} striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('Client')}</Table.Th>
              <Table.Th>{t('Client ID')}</Table.Th>
              <Table.Th>{t('Project')}</Table.Th>
              <Table.Th>{t('Project start')}</Table.Th>
              <Table.Th>{t('Exit')}</Table.Th>
              <Table.Th>{t('Assigned')}</Table.Th>
              <Table.Th>{t('Ended')}</Table.Th>
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
