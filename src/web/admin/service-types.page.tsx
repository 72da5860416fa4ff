// Admin → Service types: the CoC's service catalog and the HUD service each entry is exported as.
import { Alert, Badge, Button, Checkbox, Group, Modal, NativeSelect, Stack, Table, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hudOptions, TYPE_PROVIDED_LIST } from '../../hud/codes.ts';
import type { ServiceTypeRecord } from '../../server/admin/service-type.schema.ts';
import { api } from '../lib/api.ts';
import { errorMessage } from '../lib/forms.ts';
import { adminFieldErrors } from './admin-forms.ts';
import { TextField } from './fields.tsx';
import { HudSelect } from './hud-select.tsx';

export function ServiceTypesPage() {
  const { t } = useTranslation('admin');
  const qc = useQueryClient();
  const [editing, setEditing] = useState<ServiceTypeRecord | 'new' | null>(null);
  const query = useQuery({
    queryKey: ['admin', 'service-types'],
    queryFn: () => api.get<{ items: ServiceTypeRecord[] }>('/api/admin/service-types'),
  });
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('Service types')}</Title>
        <Button onClick={() => setEditing('new')}>{t('Add service type')}</Button>
      </Group>
      {query.error && <Alert color="red">{errorMessage(query.error)}</Alert>}
      <Table striped aria-label={t('Service types')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('Name')}</Table.Th>
            <Table.Th>{t('Category')}</Table.Th>
            <Table.Th>{t('Unit')}</Table.Th>
            <Table.Th>{t('HUD record type')}</Table.Th>
            <Table.Th>{t('HUD type provided')}</Table.Th>
            <Table.Th>{t('Status')}</Table.Th>
            <Table.Th>{t('Actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {query.data?.items.map((s) => (
            <Table.Tr key={s.id}>
              <Table.Td>{s.name}</Table.Td>
              <Table.Td>{s.category}</Table.Td>
              <Table.Td>{s.unitLabel}</Table.Td>
              <Table.Td>{s.recordTypeLabel ?? t('Not a HUD service')}</Table.Td>
              <Table.Td>{s.typeProvidedLabel}</Table.Td>
              <Table.Td>
                {s.active ? <Badge color="green">{t('Active')}</Badge> : <Badge color="gray">{t('Inactive')}</Badge>}
              </Table.Td>
              <Table.Td>
                <Button
                  size="xs"
                  variant="default"
                  aria-label={t('Edit {{name}}', { name: s.name })}
                  onClick={() => setEditing(s)}
                >
                  {t('Edit')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {editing && (
        <ServiceTypeForm
          serviceType={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            qc.invalidateQueries({ queryKey: ['admin', 'service-types'] });
          }}
        />
      )}
    </Stack>
  );
}

function ServiceTypeForm(props: { serviceType: ServiceTypeRecord | null; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation('admin');
  const s = props.serviceType;
  const [name, setName] = useState(s?.name ?? '');
  const [category, setCategory] = useState(s?.category ?? '');
  const [unitLabel, setUnitLabel] = useState(s?.unitLabel ?? '');
  const [active, setActive] = useState(s?.active ?? true);
  const [recordType, setRecordType] = useState<number | null>(s?.recordType ?? null);
  const [typeProvided, setTypeProvided] = useState<number | null>(s?.typeProvided ?? null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const list = recordType === null ? undefined : TYPE_PROVIDED_LIST[recordType];

  async function submit(e: FormEvent) {
    e.preventDefault();
    setErrors({});
    const body = { name, category, unitLabel, active, recordType, typeProvided };
    try {
      if (s) await api.put(`/api/admin/service-types/${s.id}`, { ...body, version: s.version });
      else await api.post('/api/admin/service-types', body);
      props.onSaved();
    } catch (err) {
      setErrors(adminFieldErrors(err));
    }
  }

  return (
    <Modal opened onClose={props.onClose} title={s ? t('Edit {{name}}', { name: s.name }) : t('Add service type')}>
      <Stack component="form" onSubmit={submit} aria-label={t('Service type')}>
        {errors._form && <Alert color="red">{errors._form}</Alert>}
        <TextField label={t('Name')} required value={name} error={errors.name} onChange={setName} />
        <TextField label={t('Category')} required value={category} error={errors.category} onChange={setCategory} />
        <TextField
          label={t('Unit')}
          description={t('What one unit of the service is: Night, Session, Meal …')}
          required
          value={unitLabel}
          error={errors.unitLabel}
          onChange={setUnitLabel}
        />
        <HudSelect
          list="RecordType"
          label={t('HUD record type')}
          description={t('Leave empty for services HUD does not ask about')}
          value={recordType}
          error={errors.recordType}
          onChange={(v) => {
            setRecordType(v);
            setTypeProvided(null);
          }}
        />
        {list && (
          <NativeSelect
            label={t('HUD type provided')}
            required
            value={typeProvided === null ? '' : String(typeProvided)}
            error={errors.typeProvided}
            onChange={(e) => setTypeProvided(e.currentTarget.value === '' ? null : Number(e.currentTarget.value))}
            data={[{ value: '', label: t('Choose…') }, ...hudOptions(list)]}
          />
        )}
        <Checkbox
          label={t('Active (offered when recording services)')}
          checked={active}
          onChange={(e) => setActive(e.currentTarget.checked)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            {t('Cancel')}
          </Button>
          <Button type="submit">{t('Save service type')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
