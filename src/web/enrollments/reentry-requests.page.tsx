// Admin → Re-entry requests: enrollments exited more than 90 days ago that case managers asked to
// have re-entered. Re-enter does it at once; Decline leaves the exit.

import { Alert, Anchor, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../lib/api.ts';
import { errorMessage } from '../lib/forms.ts';

type ReentryRequestRow = {
  id: string;
  EnrollmentID: string;
  PersonalID: string;
  clientName: string;
  ProjectName: string;
  EntryDate: string;
  ExitDate: string | null;
  reason: string;
  requestedAt: string;
  requestedBy: string;
  version: number;
};

export function ReentryRequestsPage() {
  const { t } = useTranslation('enrollments');
  const qc = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const list = useQuery({
    queryKey: ['reentry-requests'],
    queryFn: async () => (await api.get<{ items: ReentryRequestRow[] }>('/api/admin/reentry-requests')).items,
  });
  async function decide(r: ReentryRequestRow, decision: 'approve' | 'decline') {
    setError(null);
    try {
      await api.post(`/api/admin/reentry-requests/${r.id}/${decision}`, { version: r.version });
      await qc.invalidateQueries({ queryKey: ['reentry-requests'] });
      await qc.invalidateQueries({ queryKey: ['household'] });
    } catch (e) {
      setError(errorMessage(e));
    }
  }
  return (
    <Stack>
      <Title order={1}>{t('Re-entry requests')}</Title>
      <Text c="dimmed">
        {t(
          'Enrollments exited more than 90 days ago that case managers asked to have re-entered (only an HMIS admin may).',
        )}
      </Text>
      {error && <Alert color="red">{error}</Alert>}
      {list.isError && <Alert color="red">{errorMessage(list.error)}</Alert>}
      {list.data && !list.data.length && <Text c="dimmed">{t('No open requests.')}</Text>}
      {!!list.data?.length && (
        <Table aria-label={t('Re-entry requests')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('Requested')}</Table.Th>
              <Table.Th>{t('Enrollment')}</Table.Th>
              <Table.Th>{t('Reason')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>
                  {r.requestedBy}
                  <Text size="xs" c="dimmed">
                    {new Date(r.requestedAt).toLocaleString()}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/enrollments/${r.EnrollmentID}`}>
                    {r.clientName}, {r.ProjectName}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {t('{{from}} to {{to}}', { from: r.EntryDate, to: r.ExitDate ?? t('open') })}
                  </Text>
                </Table.Td>
                <Table.Td>{r.reason}</Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Button size="xs" color="orange" onClick={() => decide(r, 'approve')}>
                      {t('Re-enter')}
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
