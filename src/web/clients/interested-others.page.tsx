// Interested Others: people the client wants kept in the loop; add, edit, remove.
import {
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  NativeSelect,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../lib/api.ts';
import { errorMessage, fieldErrors } from '../lib/forms.ts';
import { type ClientDashboard, INTERESTED_OTHER_TYPES, type InterestedOther } from './client-api.ts';
import { ClientFrame } from './client-frame.tsx';

type Form = {
  otherType: string;
  name: string;
  relationship: string;
  description: string;
  phone: string;
  email: string;
  address: string;
  awareOfSituation: boolean;
};
const empty: Form = {
  otherType: 'Family member',
  name: '',
  relationship: '',
  description: '',
  phone: '',
  email: '',
  address: '',
  awareOfSituation: false,
};
const formOf = (o: InterestedOther): Form => ({
  otherType: o.otherType,
  name: o.name,
  relationship: o.relationship ?? '',
  description: o.description ?? '',
  phone: o.phone ?? '',
  email: o.email ?? '',
  address: o.address ?? '',
  awareOfSituation: o.awareOfSituation ?? false,
});

function OtherForm(props: { personalId: string; editing: InterestedOther | null; onDone: () => void }) {
  const [form, setForm] = useState<Form>(props.editing ? formOf(props.editing) : empty);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = (k: keyof Form, v: string | boolean) => setForm({ ...form, [k]: v });
  const text = (k: Exclude<keyof Form, 'awareOfSituation' | 'otherType'>, label: string) => (
    <TextInput label={label} value={form[k]} error={errors[k]} onChange={(e) => set(k, e.currentTarget.value)} />
  );
  async function save() {
    setErrors({});
    const base = `/api/clients/${encodeURIComponent(props.personalId)}/interested-others`;
    try {
      if (props.editing) await api.put(`${base}/${props.editing.id}`, { ...form, version: props.editing.version });
      else await api.post(base, form);
      props.onDone();
    } catch (e) {
      setErrors(fieldErrors(e));
    }
  }
  return (
    <Stack>
      {errors._form && <Alert color="red">{errors._form}</Alert>}
      <NativeSelect
        label="Type"
        value={form.otherType}
        error={errors.otherType}
        onChange={(e) => set('otherType', e.currentTarget.value)}
        data={INTERESTED_OTHER_TYPES}
      />
      {text('name', 'Name')}
      {text('relationship', 'Relationship to client')}
      {text('description', 'Description')}
      {text('phone', 'Phone')}
      {text('email', 'Email')}
      {text('address', 'Address')}
      <Checkbox
        label="Aware of the client's situation"
        checked={form.awareOfSituation}
        onChange={(e) => set('awareOfSituation', e.currentTarget.checked)}
      />
      <Group>
        <Button onClick={save}>Save interested other</Button>
      </Group>
    </Stack>
  );
}

function Others({ client }: { client: ClientDashboard }) {
  const id = encodeURIComponent(client.PersonalID);
  const [editing, setEditing] = useState<InterestedOther | 'new' | null>(null);
  const [removing, setRemoving] = useState<InterestedOther | null>(null);
  const [error, setError] = useState<string | null>(null);
  const qc = useQueryClient();
  const list = useQuery({
    queryKey: ['interested-others', client.PersonalID],
    queryFn: () => api.get<{ items: InterestedOther[] }>(`/api/clients/${id}/interested-others`),
  });
  const refresh = () => qc.invalidateQueries({ queryKey: ['interested-others', client.PersonalID] });
  async function remove(o: InterestedOther) {
    try {
      await api.delete(`/api/clients/${id}/interested-others/${o.id}?version=${o.version}`);
      setRemoving(null);
      await refresh();
    } catch (e) {
      setError(errorMessage(e));
    }
  }
  const items = list.data?.items ?? [];
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={3}>Interested Others</Title>
        <Button onClick={() => setEditing('new')}>Add interested other</Button>
      </Group>
      {error && <Alert color="red">{error}</Alert>}
      {list.data && items.length === 0 && <Text>No interested others</Text>}
      {items.length > 0 && (
        <Table aria-label="Interested others">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Type</Table.Th>
              <Table.Th>Relationship</Table.Th>
              <Table.Th>Phone</Table.Th>
              <Table.Th>Email</Table.Th>
              <Table.Th>Actions</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((o) => (
              <Table.Tr key={o.id}>
                <Table.Td>{o.name}</Table.Td>
                <Table.Td>{o.otherType}</Table.Td>
                <Table.Td>{o.relationship ?? '—'}</Table.Td>
                <Table.Td>{o.phone ?? '—'}</Table.Td>
                <Table.Td>{o.email ?? '—'}</Table.Td>
                <Table.Td>
                  <Group gap="xs">
                    <Button size="xs" variant="default" onClick={() => setEditing(o)} aria-label={`Edit ${o.name}`}>
                      Edit
                    </Button>
                    <Button
                      size="xs"
                      color="red"
                      variant="light"
                      onClick={() => setRemoving(o)}
                      aria-label={`Remove ${o.name}`}
                    >
                      Remove
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? 'Add interested other' : 'Edit interested other'}
      >
        {editing !== null && (
          <OtherForm
            personalId={client.PersonalID}
            editing={editing === 'new' ? null : editing}
            onDone={() => {
              setEditing(null);
              void refresh();
            }}
          />
        )}
      </Modal>
      <Modal opened={removing !== null} onClose={() => setRemoving(null)} title="Remove interested other">
        <Stack>
          <Text>Remove {removing?.name} from this client's interested others?</Text>
          <Group>
            <Button color="red" onClick={() => removing && remove(removing)}>
              Remove
            </Button>
            <Button variant="default" onClick={() => setRemoving(null)}>
              Cancel
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

export function InterestedOthersPage() {
  return <ClientFrame>{(client) => <Others client={client} />}</ClientFrame>;
}
