// Task List: the jobs still queued or running, with their progress.
import { Anchor, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatWhen, JobStatus, useJobs } from './jobs.tsx';

export function TaskListPage() {
  const { t } = useTranslation('files');
  const jobs = useJobs({ scope: 'mine', state: 'active' });
  return (
    <Stack>
      <Title order={1}>{t('Task List')}</Title>
      <Table aria-label={t('Running tasks')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('Task')}</Table.Th>
            <Table.Th>{t('Status')}</Table.Th>
            <Table.Th>{t('Requested')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {jobs.data?.items.map((j) => (
            <Table.Tr key={j.id}>
              <Table.Td>
                <Anchor component={Link} to={`/reports/files/${j.id}`}>
                  {j.title}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <JobStatus job={j} />
              </Table.Td>
              <Table.Td>{formatWhen(j.queuedAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {jobs.data?.items.length === 0 && (
        <Text>
          {t('Nothing is running. Finished work is on')}{' '}
          <Anchor component={Link} to="/reports/files">
            {t('Files on Server')}
          </Anchor>
          .
        </Text>
      )}
    </Stack>
  );
}
