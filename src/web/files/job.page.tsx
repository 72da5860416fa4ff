// One job: what was asked, how far it got, why it failed, its file, and an import's report.
import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { errorMessage } from '../lib/forms.ts';
import { ImportReport } from './import-report.tsx';
import { formatSize, formatWhen, JobStatus, useJob } from './jobs.tsx';

export function JobPage() {
  const { t } = useTranslation('files');
  const { id } = useParams();
  const job = useJob(id);
  if (job.error)
    return (
      <Stack>
        <Title order={1}>{t('File')}</Title>
        <Alert color="red">{errorMessage(job.error)}</Alert>
      </Stack>
    );
  const j = job.data;
  if (!j) return <Text>{t('Loading…')}</Text>;
  return (
    <Stack>
      <Title order={1}>{j.title}</Title>
      <Card withBorder>
        <Stack gap="xs">
          <JobStatus job={j} />
          <Text size="sm">
            {t('Requested {{when}} by {{owner}}', { when: formatWhen(j.queuedAt), owner: j.ownerName })}
            {j.finishedAt ? `; ${t('finished {{when}}', { when: formatWhen(j.finishedAt) })}` : ''}
          </Text>
          {j.error && (
            <Alert color="red" title={t('The job failed')}>
              {j.error}
            </Alert>
          )}
          {j.file && !j.file.deleted && (
            <Group>
              <Button component="a" href={`/api/files/${j.file.id}/download`} download>
                {t('Download {{name}}', { name: j.file.name })}
              </Button>
              <Text size="sm" c="dimmed">
                {t('{{size}}, expires {{when}}', {
                  size: formatSize(j.file.sizeBytes),
                  when: formatWhen(j.file.expiresAt),
                })}
              </Text>
            </Group>
          )}
        </Stack>
      </Card>
      {j.kind === 'hmis_csv_import' && (j.status === 'done' || j.status === 'failed') && (
        <ImportReport jobId={j.id} result={j.result} />
      )}
    </Stack>
  );
}
