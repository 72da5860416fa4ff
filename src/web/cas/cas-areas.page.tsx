// Admin → CAS areas: the CoC's list of places a household can have ties to.
import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  Modal,
  NumberInput,
  Stack,
  Table,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../lib/api.ts';
import { fieldErrors } from '../lib/forms.ts';
import type { Area } from './cas-api.ts';

export function CasAreasPage() {
  const { t } = useTranslation('cas');
  const qc = useQueryClient();
  const areas = useQuery({
    queryKey: ['admin', 'cas', 'areas'],
    queryFn: () => api.get<Area[]>('/api/admin/cas/areas'),
  });
  const [editing, setEditing] = useState<Area | 'new' | null>(null);
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('CAS areas')}</Title>
        <Button onClick={() => setEditing('new')}>{t('Add area')}</Button>
      </Group>
      <Table aria-label={t('Areas')} striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('Area')}</Table.Th>
            <Table.Th>{t('Order')}</Table.Th>
            <Table.Th>{t('Status')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {areas.data?.map((a) => (
            <Table.Tr key={a.id}>
              <Table.Td>{a.name}</Table.Td>
              <Table.Td>{a.sortOrder}</Table.Td>
              <Table.Td>
                {a.active ? <Badge color="green">{t('Active')}</Badge> : <Badge color="gray">{t('Inactive')}</Badge>}
              </Table.Td>
              <Table.Td>
                <Button
                  size="xs"
                  variant="default"
                  aria-label={t('Edit {{name}}', { name: a.name })}
                  onClick={() => setEditing(a)}
                >
                  {t('Edit')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {editing && (
        <AreaForm
          area={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            qc.invalidateQueries({ queryKey: ['admin', 'cas', 'areas'] });
            qc.invalidateQueries({ queryKey: ['cas', 'areas'] });
          }}
        />
      )}
    </Stack>
  );
}

function AreaForm({ area, onClose, onSaved }: { area: Area | null; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation('cas');
  const [name, setName] = useState(area?.name ?? '');
  const [sortOrder, setSortOrder] = useState(area?.sortOrder ?? 0);
  const [active, setActive] = useState(area?.active ?? true);
  const [errors, setErrors] = useState<Record<string, string>>({});
  async function save() {
    try {
      const body = { name, sortOrder, active };
      if (area) await api.put(`/api/admin/cas/areas/${area.id}`, { ...body, version: area.version });
      else await api.post('/api/admin/cas/areas', body);
      onSaved();
    } catch (e) {
      setErrors(fieldErrors(e));
    }
  }
  return (
    <Modal opened onClose={onClose} title={area ? t('Edit {{name}}', { name: area.name }) : t('New area')}>
      <Stack>
        {errors._form && !errors.name && <Alert color="red">{errors._form}</Alert>}
        <TextInput
          label={t('Area name')}
          required
          value={name}
          error={errors.name}
          onChange={(e) => setName(e.currentTarget.value)}
        />
        <NumberInput
          label={t('Order in lists')}
          value={sortOrder}
          min={0}
          onChange={(v) => setSortOrder(Number(v) || 0)}
        />
        <Checkbox
          label={t('Active (offered for new ties)')}
          checked={active}
          onChange={(e) => setActive(e.currentTarget.checked)}
        />
        <Group justify="flex-end">
          <Button onClick={save}>{t('Save area')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
