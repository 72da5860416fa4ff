// Reports → User Tracker: how often users sign in, and as which organization.
import { Alert, Button, Group, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { OrganizationRecord } from '../../server/admin/organization.schema.ts';
import type { UserTrackerRow } from '../../server/admin/user-tracker.ts';
import { localDateTime } from '../admin/admin-forms.ts';
import { hasRole, useMe } from '../auth/session.tsx';
import { api, qs } from '../lib/api.ts';
import { errorMessage } from '../lib/forms.ts';

export function UserTrackerPage() {
  const me = useMe();
  const admin = hasRole(me, 'hmis_admin');
  const [organizationId, setOrganizationId] = useState(admin ? '' : (me.currentOrganizationId ?? ''));
  // HMIS admins choose from every organization; program managers from their own.
  const orgs = useQuery({
    queryKey: ['organizations'],
    queryFn: () =>
      api.get<{ items: Pick<OrganizationRecord, 'OrganizationID' | 'OrganizationName'>[] }>('/api/organizations'),
    enabled: admin,
  });
  const choices = admin
    ? (orgs.data?.items ?? []).map((o) => ({ value: o.OrganizationID, label: o.OrganizationName }))
    : me.organizations.map((o) => ({ value: o.id, label: o.name }));
  const report = useQuery({
    queryKey: ['reports', 'user-tracker', organizationId],
    queryFn: () => api.get<{ items: UserTrackerRow[] }>(`/api/reports/user-tracker${qs({ organizationId })}`),
  });
  const query = qs({ organizationId });

  return (
    <Stack>
      <Title order={2}>User Tracker</Title>
      <Text c="dimmed">How often users at your agency sign in to Hearth.</Text>
      <Group align="end">
        <NativeSelect
          label="Organization"
          value={organizationId}
          onChange={(e) => setOrganizationId(e.currentTarget.value)}
          data={[{ value: '', label: admin ? 'All organizations' : 'All my organizations' }, ...choices]}
        />
        <Button component="a" variant="default" href={`/api/reports/user-tracker.csv${query}`} download>
          Download CSV
        </Button>
        <Button component="a" variant="default" href={`/api/reports/user-tracker.xlsx${query}`} download>
          Download Excel
        </Button>
      </Group>
      {report.error && <Alert color="red">{errorMessage(report.error)}</Alert>}
      <Table striped aria-label="User Tracker">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Active status</Table.Th>
            <Table.Th>User ID</Table.Th>
            <Table.Th>User name</Table.Th>
            <Table.Th>Email</Table.Th>
            <Table.Th>Organization last logged on to</Table.Th>
            <Table.Th>User created date</Table.Th>
            <Table.Th>Last login date</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {report.data?.items.map((r) => (
            <Table.Tr key={r.userId}>
              <Table.Td>{r.active ? 'Active' : 'Inactive'}</Table.Td>
              <Table.Td>{r.userId}</Table.Td>
              <Table.Td>
                {r.name} ({r.username})
              </Table.Td>
              <Table.Td>{r.email}</Table.Td>
              <Table.Td>{r.lastLoginOrganization}</Table.Td>
              <Table.Td>{localDateTime(r.createdAt)}</Table.Td>
              <Table.Td>{localDateTime(r.lastLoginAt) || 'Never'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
