// Admin → Service deletion requests: services people asked to have deleted.
import { Alert, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../lib/api.ts';
import { errorMessage } from '../lib/forms.ts';
import type { Service } from './service-api.ts';

type DeletionRequest = {
  id: string;
  reason: string;
  requestedAt: string;
  requestedBy: { name: string };
  organizationName: string | null;
  service: Service | null;
  version: number;
};

export function DeletionRequestsPage() {
  const { t } = useTranslation('services');
  const qc = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const list = useQuery({
    queryKey: ['services', 'deletion-requests'],
    queryFn: async () => (await api.get<{ items: DeletionRequest[] }>('/api/admin/service-deletion-requests')).items,
  });
  async function decide(r: DeletionRequest, decision: 'approve' | 'decline') {
    setError(null);
    try {
      await api.post(`/api/admin/service-deletion-requests/${r.id}/${decision}`, { version: r.version });
      await qc.invalidateQueries({ queryKey: ['services'] });
    } catch (e) {
      setError(errorMessage(e));
    }
  }
  return (
    <Stack>
      <Title order={1}>{t('Service deletion requests')}</Title>
      {error && <Alert color="red">{error}</Alert>}
      {list.isError && <Alert color="red">{errorMessage(list.error)}</Alert>}
      {list.data && !list.data.length && <Text c="dimmed">{t('No open requests.')}</Text>}
      {!!list.data?.length && (
        <Table aria-label={t('Deletion requests')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('Requested')}</Table.Th>
              <Table.Th>{t('Service')}</Table.Th>
              <Table.Th>{t('Reason')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>
                  {r.requestedBy.name}
                  <Text size="xs" c="dimmed">
                    {new Date(r.requestedAt).toLocaleString()} · {r.organizationName}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {r.service
                    ? t('{{service}} on {{date}}, client {{id}}, {{project}}, recorded by {{user}}', {
                        service: r.service.serviceName,
                        date: r.service.DateProvided,
                        id: r.service.PersonalID,
                        project: r.service.ProjectName,
                        user: r.service.recordedBy.name,
                      })
                    : t('Service not found')}
                </Table.Td>
                <Table.Td>{r.reason}</Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Button size="xs" color="red" onClick={() => decide(r, 'approve')}>
                      {t('Delete service')}
                    </Button>
                    <Button size="xs" variant="default" onClick={() => decide(r, 'decline')}>
                      {t('Decline')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
