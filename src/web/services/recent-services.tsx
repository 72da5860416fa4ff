// The client dashboard's "Recent services" section: the latest five, and the way to the rest.
import { Anchor, Card, Group, List, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../lib/api.ts';
import type { Service } from './service-api.ts';

export function RecentServices({ personalId }: { personalId: string }) {
  const { t } = useTranslation('services');
  const list = useQuery({
    queryKey: ['services', 'client', personalId, 'recent'],
    queryFn: () => api.get<{ items: Service[]; total: number }>(`/api/clients/${personalId}/services?limit=5`),
  });
  return (
    <Card withBorder component="section" aria-label={t('Recent services')}>
      <Group justify="space-between" mb="xs">
        <Title order={3}>{t('Recent services')}</Title>
        <Anchor component={Link} to={`/clients/${personalId}/services`}>
          {t('Client’s services')}
        </Anchor>
      </Group>
      {list.data?.items.length ? (
        <List spacing={4}>
          {list.data.items.map((s) => (
            <List.Item key={s.id}>
              {s.DateProvided} · {s.serviceName} · {s.units} {s.unitLabel} · {s.ProjectName}
            </List.Item>
          ))}
        </List>
      ) : (
        <Text c="dimmed">{list.isLoading ? t('Loading…') : t('No services recorded yet.')}</Text>
      )}
    </Card>
  );
}
