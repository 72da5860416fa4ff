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
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('document-check');
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
        label={t('Name')}
        value={d.name}
        error={errors.name}
        onChange={(e) => setD({ ...d, name: e.currentTarget.value })}
      />
      <TextInput
        label={t('Description')}
        value={d.description ?? ''}
        error={errors.description}
        onChange={(e) => setD({ ...d, description: e.currentTarget.value })}
      />
      <Checkbox
        label={t('Required of every client')}
        checked={d.required}
        onChange={(e) => setD({ ...d, required: e.currentTarget.checked })}
      />
      <MultiSelect
        label={t('Required for referrals to these project types')}
        data={hudOptions('ProjectType')}
        value={d.requiredProjectTypes.map(String)}
        error={errors.requiredProjectTypes}
        onChange={(v) => setD({ ...d, requiredProjectTypes: v.map(Number) })}
        searchable
      />
      <NumberInput
        label={t('Order in lists')}
        value={d.sortOrder}
        min={0}
        onChange={(v) => setD({ ...d, sortOrder: Number(v) || 0 })}
      />
      <Checkbox
        label={t('In use')}
        checked={d.active}
        onChange={(e) => setD({ ...d, active: e.currentTarget.checked })}
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={() => onClose(false)}>
          {t('Cancel')}
        </Button>
        <Button onClick={save}>{t('Save')}</Button>
      </Group>
    </Stack>
  );
}

export function DocumentTypesPage() {
  const { t } = useTranslation('document-check');
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
        <Title order={1}>{t('Document types')}</Title>
        <Button onClick={() => setEditing(blank)}>{t('Add document type')}</Button>
      </Group>
      <Table aria-label={t('Document types')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('Name')}</Table.Th>
            <Table.Th>{t('Required')}</Table.Th>
            <Table.Th>{t('In use')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(types.data?.items ?? []).map((type) => (
            <Table.Tr key={type.id}>
              <Table.Td>{type.name}</Table.Td>
              <Table.Td>
                {type.required && <Badge mr={4}>{t('Every client')}</Badge>}
                {type.requiredProjectTypes.map((p) => (
                  <Badge key={p} variant="light" mr={4}>
                    {hudLabel('ProjectType', p)} ({p})
                  </Badge>
                ))}
              </Table.Td>
              <Table.Td>{type.active ? t('Yes') : t('No')}</Table.Td>
              <Table.Td>
                <Button size="xs" variant="default" onClick={() => setEditing(type)}>
                  {t('Edit')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Modal
        opened={Boolean(editing)}
        onClose={() => close(false)}
        title={editing?.id ? t('Edit document type') : t('Add document type')}
      >
        {editing && <TypeForm draft={editing} onClose={close} />}
      </Modal>
    </Stack>
  );
}
