// Client → Services: every service on the client's enrollments, with filters, and Add New Service.
import { Alert, Button, Card, Group, NativeSelect, Stack, TextInput, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ClientFrame } from '../clients/client-frame.tsx';
import { api, qs } from '../lib/api.ts';
import { errorMessage } from '../lib/forms.ts';
import { type Service, serviceTypeOptions, useServiceTypes } from './service-api.ts';
import { ServiceForm } from './service-form.tsx';
import { ServicesTable } from './services-table.tsx';

export function ClientServicesPage() {
  const { personalId = '' } = useParams();
  return <ClientFrame>{() => <ClientServices personalId={personalId} />}</ClientFrame>;
}

function ClientServices({ personalId }: { personalId: string }) {
  const { t } = useTranslation('services');
  const qc = useQueryClient();
  const types = useServiceTypes();
  const [filter, setFilter] = useState({ serviceTypeId: '', from: '', to: '' });
  const [adding, setAdding] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const list = useQuery({
    queryKey: ['services', 'client', personalId, filter],
    queryFn: () =>
      api.get<{ items: Service[]; total: number }>(
        `/api/clients/${personalId}/services${qs({ ...filter, limit: 500 })}`,
      ),
  });

  return (
    <Stack>
      <Title order={3}>{t('Services')}</Title>
      {saved && <Alert color="green">{saved}</Alert>}
      {adding ? (
        <Card withBorder>
          <Title order={4} mb="sm">
            {t('New service')}
          </Title>
          <ServiceForm
            personalId={personalId}
            onSaved={async (s) => {
              setAdding(false);
              setSaved(t('Recorded {{service}} on {{date}}.', { service: s.serviceName, date: s.DateProvided }));
              await qc.invalidateQueries({ queryKey: ['services'] });
            }}
          />
          <Button variant="subtle" mt="sm" w="fit-content" onClick={() => setAdding(false)}>
            {t('Cancel')}
          </Button>
        </Card>
      ) : (
        <Button
          w="fit-content"
          onClick={() => {
            setSaved(null);
            setAdding(true);
          }}
        >
          {t('Add New Service')}
        </Button>
      )}
      <Group align="end" role="search" aria-label={t('Filter services')}>
        <NativeSelect
          label={t('Service')}
          data={[{ group: '', items: [{ value: '', label: t('All services') }] }, ...serviceTypeOptions(types.data)]}
          value={filter.serviceTypeId}
          onChange={(e) => setFilter({ ...filter, serviceTypeId: e.currentTarget.value })}
        />
        <TextInput
          label={t('From')}
          type="date"
          value={filter.from}
          onChange={(e) => setFilter({ ...filter, from: e.currentTarget.value })}
        />
        <TextInput
          label={t('To')}
          type="date"
          value={filter.to}
          onChange={(e) => setFilter({ ...filter, to: e.currentTarget.value })}
        />
      </Group>
      {list.isError && <Alert color="red">{errorMessage(list.error)}</Alert>}
      {list.data && <ServicesTable items={list.data.items} />}
    </Stack>
  );
}
