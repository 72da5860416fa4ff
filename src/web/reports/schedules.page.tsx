// Reports → My Scheduled Reports: every schedule I set up, its next and last run (with the file
// on Files on Server), and pause / resume, edit, delete.
import { Alert, Anchor, Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ScheduleView } from '../../server/reports/schedules/schemas.ts';
import { api } from '../lib/api.ts';
import { errorMessage } from '../lib/forms.ts';
import { FREQUENCIES, ScheduleDialog } from './framework/schedule-dialog.tsx';

const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString() : '—');

function LastRun({ s }: { s: ScheduleView }) {
  const { t } = useTranslation('reports');
  const job = s.lastJob;
  if (!job) return <Text size="sm">{t('Not run yet')}</Text>;
  if (job.status === 'failed')
    return (
      <Text size="sm" c="red">
        {t('Failed: {{error}}', { error: job.error })}
      </Text>
    );
  if (job.status !== 'done')
    return <Badge variant="light">{job.status === 'queued' ? t('Queued') : t('Running')}</Badge>;
  return (
    <Text size="sm">
      {t('Ready ({{message}})', { message: job.message })} ·{' '}
      <Anchor component={Link} to={`/reports/files/${job.id}`}>
        {t('on Files on Server')}
      </Anchor>
    </Text>
  );
}

export function SchedulesPage() {
  const { t } = useTranslation('reports');
  const qc = useQueryClient();
  const [editing, setEditing] = useState<ScheduleView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const list = useQuery({
    queryKey: ['report-schedules'],
    queryFn: () => api.get<{ items: ScheduleView[] }>('/api/report-schedules'),
    refetchInterval: 15_000,
  });
  async function act(fn: () => Promise<unknown>) {
    setError(null);
    try {
      await fn();
      await qc.invalidateQueries({ queryKey: ['report-schedules'] });
    } catch (e) {
      setError(errorMessage(e));
    }
  }
  const togglePause = (s: ScheduleView) =>
    act(() =>
      api.put(`/api/report-schedules/${s.id}`, {
        name: s.name,
        parameters: s.parameters,
        format: s.format,
        frequency: s.frequency,
        runAt: s.runAt,
        paused: !s.paused,
        version: s.version,
      }),
    );
  return (
    <Stack>
      <Title order={1}>{t('My Scheduled Reports')}</Title>
      <Text c="dimmed">
        {t(
          'Reports you scheduled with “Schedule Report”. Each run’s file appears on Files on Server when it is ready.',
        )}
      </Text>
      {error && <Alert color="red">{error}</Alert>}
      {list.data?.items.length === 0 && <Text>{t('You have no scheduled reports.')}</Text>}
      {!!list.data?.items.length && (
        <Table striped aria-label={t('My scheduled reports')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('Name')}</Table.Th>
              <Table.Th>{t('Report')}</Table.Th>
              <Table.Th>{t('Repeat')}</Table.Th>
              <Table.Th>{t('Next run')}</Table.Th>
              <Table.Th>{t('Last run')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.items.map((s) => (
              <Table.Tr key={s.id}>
                <Table.Td>{s.name}</Table.Td>
                <Table.Td>{t(s.reportTitle)}</Table.Td>
                <Table.Td>{t(FREQUENCIES.find((f) => f.value === s.frequency)?.label ?? s.frequency)}</Table.Td>
                <Table.Td>{s.paused ? <Badge color="gray">{t('Paused')}</Badge> : when(s.nextRunAt)}</Table.Td>
                <Table.Td>
                  <LastRun s={s} />
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Button size="xs" variant="default" onClick={() => togglePause(s)}>
                      {s.paused ? t('Resume') : t('Pause')}
                    </Button>
                    <Button size="xs" variant="default" onClick={() => setEditing(s)}>
                      {t('Edit')}
                    </Button>
                    <Button
                      size="xs"
                      color="red"
                      variant="light"
                      onClick={() =>
                        window.confirm(t('Delete the schedule “{{name}}”?', { name: s.name })) &&
                        act(() => api.delete(`/api/report-schedules/${s.id}`))
                      }
                    >
                      {t('Delete')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {editing && (
        <ScheduleDialog
          opened
          onClose={() => setEditing(null)}
          reportId={editing.report}
          reportTitle={editing.reportTitle}
          parameters={editing.parameters}
          existing={editing}
        />
      )}
    </Stack>
  );
}
