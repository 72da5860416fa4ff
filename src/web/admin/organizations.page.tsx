// Admin → Organizations (HUD 2.01): list, add, edit, delete.
import { Alert, Badge, Button, Group, Stack, Table, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { OrganizationRecord } from '../../server/admin/organization.schema.ts';
import { api } from '../lib/api.ts';
import { errorMessage } from '../lib/forms.ts';
import { ConfirmDelete } from './confirm-delete.tsx';
import { OrganizationForm } from './organization-form.tsx';

export function OrganizationsPage() {
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
        <Title order={1}>Organizations</Title>
        <Button onClick={() => setEditing('new')}>Add organization</Button>
      </Group>
      {query.error && <Alert color="red">{errorMessage(query.error)}</Alert>}
      <Table striped highlightOnHover aria-label="Organizations">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Common name</Table.Th>
            <Table.Th>Victim service provider</Table.Th>
            <Table.Th>Projects</Table.Th>
            <Table.Th>Actions</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {query.data?.items.map((o) => (
            <Table.Tr key={o.OrganizationID}>
              <Table.Td>{o.OrganizationName}</Table.Td>
              <Table.Td>{o.OrganizationCommonName}</Table.Td>
              <Table.Td>{o.VictimServiceProvider === 1 ? <Badge color="grape">Yes</Badge> : 'No'}</Table.Td>
              <Table.Td>{o.projectCount}</Table.Td>
              <Table.Td>
                <Group gap="xs">
                  <Button
                    size="xs"
                    variant="default"
                    aria-label={`Edit ${o.OrganizationName}`}
                    onClick={() => setEditing(o)}
                  >
                    Edit
                  </Button>
                  <Button
                    size="xs"
                    variant="subtle"
                    color="red"
                    aria-label={`Delete ${o.OrganizationName}`}
                    onClick={() => setDeleting(o)}
                  >
                    Delete
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
          what={`the organization ${deleting.OrganizationName}`}
          consequence="Its users lose access to it. Organizations that still run projects cannot be deleted."
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
