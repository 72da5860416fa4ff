// Files on Server: every export, import and long report the user queued, with its status, and its
// output to download or delete until it expires.
import { Alert, Anchor, Button, Group, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { hasRole, useMe } from '../auth/session.tsx';
import { api } from '../lib/api.ts';
import { errorMessage } from '../lib/forms.ts';
import { ResponsiveTable } from '../lib/responsive-table.tsx';
import { formatSize, formatWhen, type Job, JobStatus, useJobs } from './jobs.tsx';

export function FilesPage() {
  const { t } = useTranslation('files');
  const me = useMe();
  const [everyone, setEveryone] = useState(false);
  const jobs = useJobs({ scope: everyone ? 'all' : 'mine', state: 'any' });
  const qc = useQueryClient();
  const [error, setError] = useState<string | null>(null);

  async function remove(job: Job) {
    if (!job.file || !window.confirm(t('Delete {{name}}?', { name: job.file.name }))) return;
    try {
      await api.delete(`/api/files/${job.file.id}`);
      await qc.invalidateQueries({ queryKey: ['jobs'] });
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('Files on Server')}</Title>
        {hasRole(me, 'hmis_admin') && (
          <Switch
            label={t("Show every user's files")}
            checked={everyone}
            onChange={(e) => setEveryone(e.currentTarget.checked)}
          />
        )}
      </Group>
      <Text c="dimmed" size="sm">
        {t(
          'Exports, imports and reports run in the background and appear here. Files are deleted automatically when they expire.',
        )}
      </Text>
      {error && <Alert color="red">{error}</Alert>}
      {jobs.error && <Alert color="red">{errorMessage(jobs.error)}</Alert>}
      <ResponsiveTable striped highlightOnHover aria-label={t('Files on Server')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('Name')}</Table.Th>
            <Table.Th>{t('Status')}</Table.Th>
            {everyone && <Table.Th>{t('Requested by')}</Table.Th>}
            <Table.Th>{t('Requested')}</Table.Th>
            <Table.Th>{t('Finished')}</Table.Th>
            <Table.Th>{t('File')}</Table.Th>
            <Table.Th>{t('Expires')}</Table.Th>
            <Table.Th>{t('Actions')}</Table.Th>
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
                {j.error && (
                  <Text size="xs" c="red" maw={360}>
                    {j.error}
                  </Text>
                )}
              </Table.Td>
              {everyone && <Table.Td>{j.ownerName}</Table.Td>}
              <Table.Td>{formatWhen(j.queuedAt)}</Table.Td>
              <Table.Td>{formatWhen(j.finishedAt)}</Table.Td>
              <Table.Td>
                {j.file && !j.file.deleted
                  ? `${j.file.name} (${formatSize(j.file.sizeBytes)})`
                  : j.file
                    ? t('Deleted')
                    : ''}
              </Table.Td>
              <Table.Td>{j.file && !j.file.deleted ? formatWhen(j.file.expiresAt) : ''}</Table.Td>
              <Table.Td>
                {j.file && !j.file.deleted && (
                  <Group gap="xs" wrap="nowrap">
                    <Button
                      component="a"
                      size="xs"
                      href={`/api/files/${j.file.id}/download`}
                      download
                      aria-label={t('Download {{name}}', { name: j.file.name })}
                    >
                      {t('Download')}
                    </Button>
                    {j.kind === 'apr_run' && (
                      <Button
                        component={Link}
                        size="xs"
                        variant="light"
                        to={`/reports/apr?saved=${j.id}`}
                        aria-label={t('Open the saved run {{title}}', { title: j.title })}
                      >
                        {t('Open run')}
                      </Button>
                    )}
                    {typeof j.result?.validationFileId === 'string' && (
                      <Button
                        component="a"
                        size="xs"
                        variant="light"
                        href={`/api/files/${j.result.validationFileId}/download`}
                        download
                        aria-label={t('Download the validation file of {{title}}', { title: j.title })}
                      >
                        {t('Validation file')}
                      </Button>
                    )}
                    <Button
                      size="xs"
                      variant="default"
                      color="red"
                      onClick={() => remove(j)}
                      aria-label={t('Delete {{name}}', { name: j.file.name })}
                    >
                      {t('Delete')}
                    </Button>
                  </Group>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </ResponsiveTable>
      {jobs.data && jobs.data.items.length === 0 && (
        <Text>{t('No files yet. Run an export or report and it will appear here.')}</Text>
      )}
    </Stack>
  );
}
