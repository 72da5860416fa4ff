// Home → My Services: the services I recorded, by client ID, service and date (today unless changed).
import { Alert, Button, Group, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, qs } from '../lib/api.ts';
import { errorMessage } from '../lib/forms.ts';
import { type Service, serviceTypeOptions, today, useServiceTypes } from './service-api.ts';
import { ServicesTable } from './services-table.tsx';

export function MyServicesPage() {
  const { t } = useTranslation('services');
  const types = useServiceTypes();
  const [draft, setDraft] = useState({ personalId: '', serviceTypeId: '', from: today(), to: today() });
  const [search, setSearch] = useState(draft);
  const list = useQuery({
    queryKey: ['services', 'mine', search],
    queryFn: () => api.get<{ items: Service[]; total: number }>(`/api/my-services${qs({ ...search, limit: 500 })}`),
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    setSearch({ ...draft, personalId: draft.personalId.trim() });
  }
  return (
    <Stack>
      <Title order={1}>{t('My Services')}</Title>
      <Text c="dimmed">{t('Services you recorded. Search by client ID, service and service date.')}</Text>
      <Group component="form" onSubmit={submit} align="end" role="search" aria-label={t('Search my services')}>
        <TextInput
          label={t('Client ID')}
          value={draft.personalId}
          onChange={(e) => setDraft({ ...draft, personalId: e.currentTarget.value })}
        />
        <NativeSelect
          label={t('Service')}
          data={[{ group: '', items: [{ value: '', label: t('All services') }] }, ...serviceTypeOptions(types.data)]}
          value={draft.serviceTypeId}
          onChange={(e) => setDraft({ ...draft, serviceTypeId: e.currentTarget.value })}
        />
        <TextInput
          label={t('From')}
          type="date"
          value={draft.from}
          onChange={(e) => setDraft({ ...draft, from: e.currentTarget.value })}
        />
        <TextInput
          label={t('To')}
          type="date"
          value={draft.to}
          onChange={(e) => setDraft({ ...draft, to: e.currentTarget.value })}
        />
        <Button type="submit">{t('Search')}</Button>
      </Group>
      {list.isError && <Alert color="red">{errorMessage(list.error)}</Alert>}
      {list.data && (
        <>
          <Text size="sm" aria-live="polite">
            {t('{{count}} services found', { count: list.data.total })}
          </Text>
          <ServicesTable items={list.data.items} showClient />
        </>
      )}
    </Stack>
  );
}
