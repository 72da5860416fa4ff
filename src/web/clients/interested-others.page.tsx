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
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('clients');
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
        label={t('Type')}
        value={form.otherType}
        error={errors.otherType}
        onChange={(e) => set('otherType', e.currentTarget.value)}
        data={INTERESTED_OTHER_TYPES.map((v) => ({ value: v, label: t(v) }))}
      />
      {text('name', t('Name'))}
      {text('relationship', t('Relationship to client'))}
      {text('description', t('Description'))}
      {text('phone', t('Phone'))}
      {text('email', t('Email'))}
      {text('address', t('Address'))}
      <Checkbox
        label={t("Aware of the client's situation")}
        checked={form.awareOfSituation}
        onChange={(e) => set('awareOfSituation', e.currentTarget.checked)}
      />
      <Group>
        <Button onClick={save}>{t('Save interested other')}</Button>
      </Group>
    </Stack>
  );
}

function Others({ client }: { client: ClientDashboard }) {
  const { t } = useTranslation('clients');
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
        <Title order={3}>{t('Interested Others')}</Title>
        <Button onClick={() => setEditing('new')}>{t('Add interested other')}</Button>
      </Group>
      {error && <Alert color="red">{error}</Alert>}
      {list.data && items.length === 0 && <Text>{t('No interested others')}</Text>}
      {items.length > 0 && (
        <Table aria-label={t('Interested others')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('Name')}</Table.Th>
              <Table.Th>{t('Type')}</Table.Th>
              <Table.Th>{t('Relationship')}</Table.Th>
              <Table.Th>{t('Phone')}</Table.Th>
              <Table.Th>{t('Email')}</Table.Th>
              <Table.Th>{t('Actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((o) => (
              <Table.Tr key={o.id}>
                <Table.Td>{o.name}</Table.Td>
                <Table.Td>{t(o.otherType)}</Table.Td>
                <Table.Td>{o.relationship ?? '—'}</Table.Td>
                <Table.Td>{o.phone ?? '—'}</Table.Td>
                <Table.Td>{o.email ?? '—'}</Table.Td>
                <Table.Td>
                  <Group gap="xs">
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => setEditing(o)}
                      aria-label={t('Edit {{name}}', { name: o.name })}
                    >
                      {t('Edit')}
                    </Button>
                    <Button
                      size="xs"
                      color="red"
                      variant="light"
                      onClick={() => setRemoving(o)}
                      aria-label={t('Remove {{name}}', { name: o.name })}
                    >
                      {t('Remove')}
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
        title={editing === 'new' ? t('Add interested other') : t('Edit interested other')}
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
      <Modal opened={removing !== null} onClose={() => setRemoving(null)} title={t('Remove interested other')}>
        <Stack>
          <Text>{t("Remove {{name}} from this client's interested others?", { name: removing?.name })}</Text>
          <Group>
            <Button color="red" onClick={() => removing && remove(removing)}>
              {t('Remove')}
            </Button>
            <Button variant="default" onClick={() => setRemoving(null)}>
              {t('Cancel')}
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
