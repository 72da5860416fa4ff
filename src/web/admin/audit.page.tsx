// Admin → Audit trail: who did what, when and from where; filter by user, client, action, dates.
import { Alert, Group, NativeSelect, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserRecord } from '../../server/admin/user.schema.ts';
import { api, qs } from '../lib/api.ts';
import { errorMessage } from '../lib/forms.ts';
import { PagePagination } from '../lib/page-pagination.tsx';
import { localDateTime } from './admin-forms.ts';
import { actionLabel } from './audit-action-label.ts';
import { AuditDetail } from './audit-detail.tsx';

type AuditRow = {
  id: number;
  at: string;
  username: string | null;
  organizationId: string | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  clientId: string | null;
  ip: string | null;
  detail: Record<string, unknown> | null;
};
const PAGE = 50;

export function AuditPage() {
  const { t } = useTranslation('admin');
  const [filters, setFilters] = useState({ userId: '', clientId: '', action: '', from: '', to: '' });
  const [page, setPage] = useState(1);
  const set = (patch: Partial<typeof filters>) => {
    setFilters({ ...filters, ...patch });
    setPage(1);
  };
  const users = useQuery({
    queryKey: ['admin', 'users'],
    queryFn: () => api.get<{ items: UserRecord[] }>('/api/admin/users'),
  });
  const actions = useQuery({
    queryKey: ['admin', 'audit-actions'],
    queryFn: () => api.get<{ items: string[] }>('/api/admin/audit/actions'),
  });
  const trail = useQuery({
    queryKey: ['admin', 'audit', filters, page],
    queryFn: () =>
      api.get<{ items: AuditRow[]; total: number }>(
        `/api/admin/audit${qs({ ...filters, clientId: filters.clientId.trim(), limit: PAGE, offset: (page - 1) * PAGE })}`,
      ),
    placeholderData: keepPreviousData,
  });
  const total = trail.data?.total ?? 0;

  return (
    <Stack>
      <Title order={1}>{t('Audit trail')}</Title>
      <Group align="end">
        <NativeSelect
          label={t('User')}
          value={filters.userId}
          onChange={(e) => set({ userId: e.currentTarget.value })}
          data={[
            { value: '', label: t('Every user') },
            ...(users.data?.items ?? []).map((u) => ({
              value: u.id,
              label: `${u.firstName} ${u.lastName} (${u.username})`,
            })),
          ]}
        />
        <TextInput
          label={t('Client ID')}
          value={filters.clientId}
          onChange={(e) => set({ clientId: e.currentTarget.value })}
        />
        <NativeSelect
          label={t('Action')}
          value={filters.action}
          onChange={(e) => set({ action: e.currentTarget.value })}
          data={[
            { value: '', label: t('Every action') },
            ...(actions.data?.items ?? []).map((a) => ({ value: a, label: t(actionLabel(a)) })),
          ]}
        />
        <TextInput
          label={t('From')}
          type="date"
          value={filters.from}
          onChange={(e) => set({ from: e.currentTarget.value })}
        />
        <TextInput
          label={t('To')}
          type="date"
          value={filters.to}
          onChange={(e) => set({ to: e.currentTarget.value })}
        />
      </Group>
      {trail.error && <Alert color="red">{errorMessage(trail.error)}</Alert>}
      <Text size="sm" c="dimmed" role="status">
        {t('{{count}} entries', { count: total })}
      </Text>
      <Table striped aria-label={t('Audit trail')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('When')}</Table.Th>
            <Table.Th>{t('User')}</Table.Th>
            <Table.Th>{t('Action')}</Table.Th>
            <Table.Th>{t('Record')}</Table.Th>
            <Table.Th>{t('Client ID')}</Table.Th>
            <Table.Th>{t('Working as')}</Table.Th>
            <Table.Th>{t('From')}</Table.Th>
            <Table.Th>{t('Details')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {trail.data?.items.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Td>{localDateTime(r.at)}</Table.Td>
              <Table.Td>{r.username}</Table.Td>
              <Table.Td>{t(actionLabel(r.action))}</Table.Td>
              <Table.Td>{r.entityType ? `${r.entityType} ${r.entityId ?? ''}` : ''}</Table.Td>
              <Table.Td>{r.clientId}</Table.Td>
              <Table.Td>{r.organizationId}</Table.Td>
              <Table.Td>{r.ip}</Table.Td>
              <Table.Td>{r.detail && <AuditDetail detail={r.detail} />}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {total > PAGE && (
        <PagePagination total={Math.ceil(total / PAGE)} value={page} onChange={setPage} aria-label={t('Audit pages')} />
      )}
    </Stack>
  );
}
