// Admin → Users: list, add, edit roles and organizations, deactivate/reactivate, reset password.
import { Alert, Badge, Button, Group, NativeSelect, Stack, Table, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganizationRecord } from '../../server/admin/organization.schema.ts';
import type { UserRecord } from '../../server/admin/user.schema.ts';
import { useMe } from '../auth/session.tsx';
import { api, qs } from '../lib/api.ts';
import { errorMessage } from '../lib/forms.ts';
import { localDateTime } from './admin-forms.ts';
import { ResetPasswordForm, ROLE_LABELS, UserForm } from './user-form.tsx';

function Status({ u }: { u: UserRecord }) {
  const { t } = useTranslation('admin');
  if (!u.active) return <Badge color="gray">{t('Inactive')}</Badge>;
  if (u.locked) return <Badge color="red">{t('Locked')}</Badge>;
  if (u.mustChangePassword) return <Badge color="yellow">{t('Must change password')}</Badge>;
  return <Badge color="green">{t('Active')}</Badge>;
}

export function UsersPage() {
  const { t } = useTranslation('admin');
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
      notifications.show({
        message: u.active
          ? t('{{name}} deactivated and signed out', { name: u.username })
          : t('{{name}} reactivated', { name: u.username }),
      });
      refresh();
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('Users')}</Title>
        <Button onClick={() => setEditing('new')}>{t('Add user')}</Button>
      </Group>
      <Group align="end">
        <TextInput
          label={t('Search')}
          placeholder={t('Name, username or email')}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
        />
        <NativeSelect
          label={t('Organization')}
          value={organizationId}
          onChange={(e) => setOrganizationId(e.currentTarget.value)}
          data={[
            { value: '', label: t('All organizations') },
            ...[...orgName].map(([value, label]) => ({ value, label })),
          ]}
        />
        <NativeSelect
          label={t('Status')}
          value={active}
          onChange={(e) => setActive(e.currentTarget.value)}
          data={[
            { value: '', label: t('Active and inactive') },
            { value: 'true', label: t('Active') },
            { value: 'false', label: t('Inactive') },
          ]}
        />
      </Group>
      {(error || users.error) && <Alert color="red">{error ?? errorMessage(users.error)}</Alert>}
      <Table.ScrollContainer minWidth={1200}>
        <Table striped aria-label={t('Users')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('Name')}</Table.Th>
              <Table.Th>{t('Username')}</Table.Th>
              <Table.Th>{t('Email')}</Table.Th>
              <Table.Th>{t('Roles')}</Table.Th>
              <Table.Th>{t('Organizations')}</Table.Th>
              <Table.Th>{t('Status')}</Table.Th>
              <Table.Th>{t('Last sign-in')}</Table.Th>
              <Table.Th>{t('Actions')}</Table.Th>
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
                <Table.Td>{u.roles.map((r) => t(ROLE_LABELS[r])).join(', ')}</Table.Td>
                <Table.Td>{u.organizationIds.map((id) => orgName.get(id) ?? id).join(', ')}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Status u={u} />
                </Table.Td>
                <Table.Td>{localDateTime(u.lastLoginAt) || t('Never')}</Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Button
                      size="xs"
                      variant="default"
                      aria-label={t('Edit {{name}}', { name: u.username })}
                      onClick={() => setEditing(u)}
                    >
                      {t('Edit')}
                    </Button>
                    {u.id !== me.id && (
                      <>
                        <Button
                          size="xs"
                          variant="default"
                          aria-label={t('Reset password of {{name}}', { name: u.username })}
                          onClick={() => setResetting(u)}
                        >
                          {t('Reset password')}
                        </Button>
                        <Button
                          size="xs"
                          variant="subtle"
                          color={u.active ? 'red' : 'green'}
                          aria-label={
                            u.active
                              ? t('Deactivate {{name}}', { name: u.username })
                              : t('Reactivate {{name}}', { name: u.username })
                          }
                          onClick={() => toggleActive(u)}
                        >
                          {u.active ? t('Deactivate') : t('Reactivate')}
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
            notifications.show({ message: t('Temporary password set for {{name}}', { name: resetting.username }) });
            setResetting(null);
            refresh();
          }}
        />
      )}
    </Stack>
  );
}
