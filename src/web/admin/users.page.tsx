// Admin → Users: list, add, edit roles and organizations, deactivate/reactivate, reset password.
import { Alert, Badge, Button, Group, NativeSelect, Stack, Table, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { OrganizationRecord } from '../../server/admin/organization.schema.ts';
import type { UserRecord } from '../../server/admin/user.schema.ts';
import { useMe } from '../auth/session.tsx';
import { api, qs } from '../lib/api.ts';
import { errorMessage } from '../lib/forms.ts';
import { localDateTime } from './admin-forms.ts';
import { ResetPasswordForm, ROLE_LABELS, UserForm } from './user-form.tsx';

function Status({ u }: { u: UserRecord }) {
  if (!u.active) return <Badge color="gray">Inactive</Badge>;
  if (u.locked) return <Badge color="red">Locked</Badge>;
  if (u.mustChangePassword) return <Badge color="yellow">Must change password</Badge>;
  return <Badge color="green">Active</Badge>;
}

export function UsersPage() {
  const me = useMe();
  const qc = useQueryClient();
  const [search, setSearch] = useState('');
  const [organizationId, setOrganizationId] = useState('');
  const [active, setActive] = useState('');
  const [editing, setEditing] = useState<UserRecord | 'new' | null>(null);
  const [resetting, setResetting] = useState<UserRecord | null>(null);
  const [error, setError] = useState<string | null>(null);
  const orgs = useQuery({
    queryKey: ['admin', 'organizations'],
    queryFn: () => api.get<{ items: OrganizationRecord[] }>('/api/admin/organizations'),
  });
  const users = useQuery({
    queryKey: ['admin', 'users', search, organizationId, active],
    queryFn: () => api.get<{ items: UserRecord[] }>(`/api/admin/users${qs({ search, organizationId, active })}`),
  });
  const orgName = new Map((orgs.data?.items ?? []).map((o) => [o.OrganizationID, o.OrganizationName]));
  const refresh = () => qc.invalidateQueries({ queryKey: ['admin', 'users'] });

  async function toggleActive(u: UserRecord) {
    setError(null);
    try {
      await api.post(`/api/admin/users/${u.id}/${u.active ? 'deactivate' : 'reactivate'}`, { version: u.version });
      notifications.show({ message: `${u.username} ${u.active ? 'deactivated and signed out' : 'reactivated'}` });
      refresh();
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>Users</Title>
        <Button onClick={() => setEditing('new')}>Add user</Button>
      </Group>
      <Group align="end">
        <TextInput
          label="Search"
          placeholder="Name, username or email"
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
        />
        <NativeSelect
          label="Organization"
          value={organizationId}
          onChange={(e) => setOrganizationId(e.currentTarget.value)}
          data={[
            { value: '', label: 'All organizations' },
            ...[...orgName].map(([value, label]) => ({ value, label })),
          ]}
        />
        <NativeSelect
          label="Status"
          value={active}
          onChange={(e) => setActive(e.currentTarget.value)}
          data={[
            { value: '', label: 'Active and inactive' },
            { value: 'true', label: 'Active' },
            { value: 'false', label: 'Inactive' },
          ]}
        />
      </Group>
      {(error || users.error) && <Alert color="red">{error ?? errorMessage(users.error)}</Alert>}
      <Table.ScrollContainer minWidth={1200}>
        <Table striped aria-label="Users">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Username</Table.Th>
              <Table.Th>Email</Table.Th>
              <Table.Th>Roles</Table.Th>
              <Table.Th>Organizations</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Last sign-in</Table.Th>
              <Table.Th>Actions</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {users.data?.items.map((u) => (
              <Table.Tr key={u.id}>
                <Table.Td>
                  {u.firstName} {u.lastName}
                </Table.Td>
                <Table.Td>{u.username}</Table.Td>
                <Table.Td>{u.email}</Table.Td>
                <Table.Td>{u.roles.map((r) => ROLE_LABELS[r]).join(', ')}</Table.Td>
                <Table.Td>{u.organizationIds.map((id) => orgName.get(id) ?? id).join(', ')}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Status u={u} />
                </Table.Td>
                <Table.Td>{localDateTime(u.lastLoginAt) || 'Never'}</Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Button size="xs" variant="default" aria-label={`Edit ${u.username}`} onClick={() => setEditing(u)}>
                      Edit
                    </Button>
                    {u.id !== me.id && (
                      <>
                        <Button
                          size="xs"
                          variant="default"
                          aria-label={`Reset password of ${u.username}`}
                          onClick={() => setResetting(u)}
                        >
                          Reset password
                        </Button>
                        <Button
                          size="xs"
                          variant="subtle"
                          color={u.active ? 'red' : 'green'}
                          aria-label={`${u.active ? 'Deactivate' : 'Reactivate'} ${u.username}`}
                          onClick={() => toggleActive(u)}
                        >
                          {u.active ? 'Deactivate' : 'Reactivate'}
                        </Button>
                      </>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {editing && (
        <UserForm
          user={editing === 'new' ? null : editing}
          organizations={orgs.data?.items ?? []}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            refresh();
          }}
        />
      )}
      {resetting && (
        <ResetPasswordForm
          user={resetting}
          onClose={() => setResetting(null)}
          onSaved={() => {
            notifications.show({ message: `Temporary password set for ${resetting.username}` });
            setResetting(null);
            refresh();
          }}
        />
      )}
    </Stack>
  );
}
