// Home → My Hearth → Batches: the organization's batches and Add New Batch.
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  NativeSelect,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api } from '../lib/api.ts';
import { errorMessage, fieldErrors } from '../lib/forms.ts';
import {
  formError,
  serviceTypeOptions,
  today,
  useClearUnofferedService,
  useRecordableServiceTypes,
  useRecordingProjects,
} from '../services/service-api.ts';
import { UnitsAndValue } from '../services/units-and-value.tsx';
import type { Batch } from './batch-api.ts';

export function BatchesPage() {
  const { t } = useTranslation('batches');
  const [adding, setAdding] = useState(false);
  const list = useQuery({
    queryKey: ['batches'],
    queryFn: async () => (await api.get<{ items: Batch[] }>('/api/batches')).items,
  });
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('Batches')}</Title>
        {!adding && <Button onClick={() => setAdding(true)}>{t('Add New Batch')}</Button>}
      </Group>
      {adding && <NewBatchForm onCancel={() => setAdding(false)} />}
      {list.isError && <Alert color="red">{errorMessage(list.error)}</Alert>}
      {list.data && !list.data.length && <Text c="dimmed">{t('No batches yet.')}</Text>}
      {!!list.data?.length && (
        <Table aria-label={t('Batches')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('Batch')}</Table.Th>
              <Table.Th>{t('Project')}</Table.Th>
              <Table.Th>{t('Service')}</Table.Th>
              <Table.Th>{t('Service date')}</Table.Th>
              <Table.Th>{t('Clients')}</Table.Th>
              <Table.Th>{t('Status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.map((b) => (
              <Table.Tr key={b.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/batches/${b.id}`}>
                    {b.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>{b.ProjectName}</Table.Td>
                <Table.Td>{b.serviceName}</Table.Td>
                <Table.Td>{b.DateProvided}</Table.Td>
                <Table.Td>{b.entryCount}</Table.Td>
                <Table.Td>
                  {b.status === 'posted' ? (
                    <Badge color="green">{t('Posted')}</Badge>
                  ) : (
                    <Badge color="blue">{t('Open')}</Badge>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

function NewBatchForm({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation('batches');
  const navigate = useNavigate();
  const projects = useRecordingProjects();
  const [form, setForm] = useState({ name: '', projectId: '', serviceTypeId: '', DateProvided: today() });
  const [units, setUnits] = useState<number | string>(1);
  const [unitValue, setValue] = useState<number | string>(0);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const projectId = form.projectId || projects.data?.[0]?.ProjectID || '';
  const types = useRecordableServiceTypes(projectId, form.DateProvided);
  useClearUnofferedService(
    types.data,
    form.serviceTypeId,
    useCallback(() => setForm((f) => ({ ...f, serviceTypeId: '' })), []),
  );

  async function submit(e: FormEvent) {
    e.preventDefault();
    setErrors({});
    try {
      const batch = await api.post<Batch>('/api/batches', {
        ...form,
        projectId,
        units: Number(units),
        unitValue: Number(unitValue),
      });
      navigate(`/batches/${batch.id}`);
    } catch (err) {
      setErrors(fieldErrors(err));
    }
  }
  return (
    <Card withBorder component="form" onSubmit={submit} aria-label={t('New batch')}>
      <Stack maw={520}>
        <Title order={3}>{t('New batch')}</Title>
        {formError(errors) && <Alert color="red">{formError(errors)}</Alert>}
        <TextInput
          label={t('Batch name')}
          required
          value={form.name}
          error={errors.name}
          onChange={(e) => setForm({ ...form, name: e.currentTarget.value })}
        />
        <NativeSelect
          label={t('Project')}
          required
          data={(projects.data ?? []).map((p) => ({ value: p.ProjectID, label: p.ProjectName }))}
          value={projectId}
          error={errors.projectId}
          onChange={(e) => setForm({ ...form, projectId: e.currentTarget.value })}
        />
        <NativeSelect
          label={t('Service')}
          required
          data={[
            { group: '', items: [{ value: '', label: t('Choose a service') }] },
            ...serviceTypeOptions(types.data),
          ]}
          value={form.serviceTypeId}
          error={errors.serviceTypeId}
          onChange={(e) => setForm({ ...form, serviceTypeId: e.currentTarget.value })}
        />
        <TextInput
          label={t('Service date')}
          type="date"
          required
          max={today()}
          value={form.DateProvided}
          error={errors.DateProvided}
          onChange={(e) => setForm({ ...form, DateProvided: e.currentTarget.value })}
        />
        <Group grow>
          <UnitsAndValue
            units={units}
            unitValue={unitValue}
            onUnits={setUnits}
            onUnitValue={setValue}
            errors={errors}
          />
        </Group>
        <Group>
          <Button type="submit">{t('Save batch')}</Button>
          <Button variant="default" onClick={onCancel}>
            {t('Cancel')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
