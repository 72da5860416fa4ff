// Home → Quick Services – Multiple Clients: one service for every ticked client, in one save.
import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, qs } from '../lib/api.ts';
import { errorMessage, fieldErrors } from '../lib/forms.ts';
import {
  serviceTypeOptions,
  today,
  useClearUnofferedService,
  useRecordableServiceTypes,
  useRecordingProjects,
} from './service-api.ts';
import { UnitsAndValue } from './units-and-value.tsx';

type EnrolledClient = {
  PersonalID: string;
  FirstName: string | null;
  LastName: string | null;
  EntryDate: string;
  alreadyRecorded: boolean;
};

export function QuickServicesPage() {
  const { t } = useTranslation('services');
  const qc = useQueryClient();
  const projects = useRecordingProjects();
  const [form, setForm] = useState({ projectId: '', serviceTypeId: '', DateProvided: today() });
  const [units, setUnits] = useState<number | string>(1);
  const [unitValue, setValue] = useState<number | string>(0);
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const projectId = form.projectId || projects.data?.[0]?.ProjectID || '';
  const types = useRecordableServiceTypes(projectId, form.DateProvided);
  useClearUnofferedService(
    types.data,
    form.serviceTypeId,
    useCallback(() => setForm((f) => ({ ...f, serviceTypeId: '' })), []),
  );
  const clients = useQuery({
    queryKey: ['services', 'quick', projectId, form.DateProvided, form.serviceTypeId],
    enabled: Boolean(projectId && form.DateProvided),
    queryFn: async () =>
      (
        await api.get<{ items: EnrolledClient[] }>(
          `/api/quick-services/clients${qs({ projectId, date: form.DateProvided, serviceTypeId: form.serviceTypeId })}`,
        )
      ).items,
  });
  const list = clients.data ?? [];
  const change = (patch: Partial<typeof form>) => {
    setForm({ ...form, ...patch });
    setPicked(new Set());
    setDone(null);
  };
  const toggle = (id: string) => {
    const next = new Set(picked);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setPicked(next);
  };

  async function save() {
    setErrors({});
    setBusy(true);
    try {
      const { recorded } = await api.post<{ recorded: number }>('/api/quick-services', {
        ...form,
        projectId,
        units: Number(units),
        unitValue: Number(unitValue),
        personalIds: [...picked],
      });
      const name = types.data?.find((s) => s.id === form.serviceTypeId)?.name ?? t('the service');
      setDone(t('Recorded {{service}} for {{count}} clients.', { service: name, count: recorded }));
      setPicked(new Set());
      await qc.invalidateQueries({ queryKey: ['services'] });
    } catch (e) {
      setErrors(fieldErrors(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack>
      <Title order={1}>{t('Quick Services – Multiple Clients')}</Title>
      <Group align="start" grow>
        <NativeSelect
          label={t('Project')}
          required
          data={(projects.data ?? []).map((p) => ({ value: p.ProjectID, label: p.ProjectName }))}
          value={projectId}
          error={errors.projectId}
          onChange={(e) => change({ projectId: e.currentTarget.value })}
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
          onChange={(e) => change({ serviceTypeId: e.currentTarget.value })}
        />
        <TextInput
          label={t('Service date')}
          type="date"
          required
          max={today()}
          value={form.DateProvided}
          error={errors.DateProvided}
          onChange={(e) => change({ DateProvided: e.currentTarget.value })}
        />
        <UnitsAndValue units={units} unitValue={unitValue} onUnits={setUnits} onUnitValue={setValue} errors={errors} />
      </Group>
      <Alert color="blue">
        {t(
          'Only clients with an enrollment in this project open on the service date are listed. If you do not see a client here, they are not enrolled in this project on that date: a service must be attached to an enrollment, so enroll the client first.',
        )}
      </Alert>
      {done && <Alert color="green">{done}</Alert>}
      {errors._form && <Alert color="red">{errors.personalIds ?? errors._form}</Alert>}
      {clients.isError && <Alert color="red">{errorMessage(clients.error)}</Alert>}
      {list.length ? (
        <Table aria-label={t('Enrolled clients')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>
                <Checkbox
                  aria-label={t('Select every client')}
                  checked={picked.size === list.length}
                  indeterminate={picked.size > 0 && picked.size < list.length}
                  onChange={() =>
                    setPicked(picked.size === list.length ? new Set() : new Set(list.map((c) => c.PersonalID)))
                  }
                />
              </Table.Th>
              <Table.Th>{t('Client')}</Table.Th>
              <Table.Th>{t('Client ID')}</Table.Th>
              <Table.Th>{t('Entered')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.map((c) => {
              const name = [c.FirstName, c.LastName].filter(Boolean).join(' ');
              return (
                <Table.Tr key={c.PersonalID}>
                  <Table.Td>
                    <Checkbox
                      aria-label={t('Select {{name}} ({{id}})', { name, id: c.PersonalID })}
                      checked={picked.has(c.PersonalID)}
                      onChange={() => toggle(c.PersonalID)}
                    />
                  </Table.Td>
                  <Table.Td>{name}</Table.Td>
                  <Table.Td>{c.PersonalID}</Table.Td>
                  <Table.Td>{c.EntryDate}</Table.Td>
                  <Table.Td>
                    {c.alreadyRecorded && <Badge color="gray">{t('Already has this service')}</Badge>}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      ) : (
        <Text c="dimmed">
          {clients.isLoading ? t('Loading…') : t('No client has an open enrollment in this project on this date.')}
        </Text>
      )}
      <Group>
        <Button onClick={save} loading={busy} disabled={!picked.size}>
          {t('Save for {{count}} clients', { count: picked.size })}
        </Button>
      </Group>
    </Stack>
  );
}
