// Admin → Organizations (HUD 2.01): list, add, edit, delete.
import { Alert, Badge, Button, Group, Stack, Table, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NoYes } from '../../hud/codes.ts';
import type { OrganizationRecord } from '../../server/admin/organization.schema.ts';
import { api } from '../lib/api.ts';
import { errorMessage } from '../lib/forms.ts';
import { ConfirmDelete } from './confirm-delete.tsx';
import { OrganizationForm } from './organization-form.tsx';

export function OrganizationsPage() {
  const { t } = useTranslation('admin');
  const qc = useQueryClient();
  const query = useQuery({
    queryKey: ['admin', 'organizations'],
    queryFn: () => api.get<{ items: OrganizationRecord[] }>('/api/admin/organizations'),
  });
  const [editing, setEditing] = useState<OrganizationRecord | 'new' | null>(null);
  const [deleting, setDeleting] = useState<OrganizationRecord | null>(null);
  const refresh = () => qc.invalidateQueries({ queryKey: ['admin', 'organizations'] });

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('Organizations')}</Title>
        <Button onClick={() => setEditing('new')}>{t('Add organization')}</Button>
      </Group>
      {query.error && <Alert color="red">{errorMessage(query.error)}</Alert>}
      <Table striped highlightOnHover aria-label={t('Organizations')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('Name')}</Table.Th>
            <Table.Th>{t('Common name')}</Table.Th>
            <Table.Th>{t('Victim service provider')}</Table.Th>
            <Table.Th>{t('Projects')}</Table.Th>
            <Table.Th>{t('Actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {query.data?.items.map((o) => (
            <Table.Tr key={o.OrganizationID}>
              <Table.Td>{o.OrganizationName}</Table.Td>
              <Table.Td>{o.OrganizationCommonName}</Table.Td>
              <Table.Td>
                {o.VictimServiceProvider === NoYes.Yes ? <Badge color="grape">{t('Yes')}</Badge> : t('No')}
              </Table.Td>
              <Table.Td>{o.projectCount}</Table.Td>
              <Table.Td>
                <Group gap="xs">
                  <Button
                    size="xs"
                    variant="default"
                    aria-label={t('Edit {{name}}', { name: o.OrganizationName })}
                    onClick={() => setEditing(o)}
                  >
                    {t('Edit')}
                  </Button>
                  <Button
                    size="xs"
                    variant="subtle"
                    color="red"
                    aria-label={t('Delete {{name}}', { name: o.OrganizationName })}
                    onClick={() => setDeleting(o)}
                  >
                    {t('Delete')}
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {editing && (
        <OrganizationForm
          organization={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            refresh();
          }}
        />
      )}
      {deleting && (
        <ConfirmDelete
          what={t('the organization {{name}}', { name: deleting.OrganizationName })}
          consequence={t('Its users lose access to it. Organizations that still run projects cannot be deleted.')}
          onCancel={() => setDeleting(null)}
          onConfirm={async () => {
            await api.delete(`/api/admin/organizations/${deleting.OrganizationID}?version=${deleting.version}`);
            setDeleting(null);
            refresh();
          }}
        />
      )}
    </Stack>
  );
}
