// Admin → Document types: the CoC's list of Document Check document types and which are required
// (of every client, or for referrals to some project types). Retired types are made inactive.
import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  Stack,
  Table,
  TextInput,
  Title,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { hudLabel, hudOptions } from '../../hud/codes.ts';
import { api } from '../lib/api.ts';
import { fieldErrors } from '../lib/forms.ts';
import { type DocumentType, useDocumentTypes } from './document-check-api.ts';

type Draft = Omit<DocumentType, 'id' | 'version'> & { id?: string; version?: number };
const blank: Draft = {
  name: '',
  description: null,
  required: false,
  requiredProjectTypes: [],
  active: true,
  sortOrder: 100,
};

function TypeForm({ draft, onClose }: { draft: Draft; onClose: (saved: boolean) => void }) {
  const [d, setD] = useState(draft);
  const [errors, setErrors] = useState<Record<string, string>>({});
  async function save() {
    try {
      const body = { ...d, id: undefined };
      if (d.id) await api.put(`/api/document-types/${d.id}`, body);
      else await api.post('/api/document-types', body);
      onClose(true);
    } catch (e) {
      setErrors(fieldErrors(e));
    }
  }
  return (
    <Stack>
      {errors._form && <Alert color="red">{errors._form}</Alert>}
      <TextInput
        label="Name"
        value={d.name}
        error={errors.name}
        onChange={(e) => setD({ ...d, name: e.currentTarget.value })}
      />
      <TextInput
        label="Description"
        value={d.description ?? ''}
        error={errors.description}
        onChange={(e) => setD({ ...d, description: e.currentTarget.value })}
      />
      <Checkbox
        label="Required of every client"
        checked={d.required}
        onChange={(e) => setD({ ...d, required: e.currentTarget.checked })}
      />
      <MultiSelect
        label="Required for referrals to these project types"
        data={hudOptions('ProjectType')}
        value={d.requiredProjectTypes.map(String)}
        error={errors.requiredProjectTypes}
        onChange={(v) => setD({ ...d, requiredProjectTypes: v.map(Number) })}
        searchable
      />
      <NumberInput
        label="Order in lists"
        value={d.sortOrder}
        min={0}
        onChange={(v) => setD({ ...d, sortOrder: Number(v) || 0 })}
      />
      <Checkbox label="In use" checked={d.active} onChange={(e) => setD({ ...d, active: e.currentTarget.checked })} />
      <Group justify="flex-end">
        <Button variant="default" onClick={() => onClose(false)}>
          Cancel
        </Button>
        <Button onClick={save}>Save</Button>
      </Group>
    </Stack>
  );
}

export function DocumentTypesPage() {
  const types = useDocumentTypes(true);
  const qc = useQueryClient();
  const [editing, setEditing] = useState<Draft | null>(null);
  const close = (saved: boolean) => {
    setEditing(null);
    if (saved) qc.invalidateQueries({ queryKey: ['document-types'] });
  };
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>Document types</Title>
        <Button onClick={() => setEditing(blank)}>Add document type</Button>
      </Group>
      <Table aria-label="Document types">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Required</Table.Th>
            <Table.Th>In use</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(types.data?.items ?? []).map((t) => (
            <Table.Tr key={t.id}>
              <Table.Td>{t.name}</Table.Td>
              <Table.Td>
                {t.required && <Badge mr={4}>Every client</Badge>}
                {t.requiredProjectTypes.map((p) => (
                  <Badge key={p} variant="light" mr={4}>
                    {hudLabel('ProjectType', p)} ({p})
                  </Badge>
                ))}
              </Table.Td>
              <Table.Td>{t.active ? 'Yes' : 'No'}</Table.Td>
              <Table.Td>
                <Button size="xs" variant="default" onClick={() => setEditing(t)}>
                  Edit
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Modal
        opened={Boolean(editing)}
        onClose={() => close(false)}
        title={editing?.id ? 'Edit document type' : 'Add document type'}
      >
        {editing && <TypeForm draft={editing} onClose={close} />}
      </Modal>
    </Stack>
  );
}
