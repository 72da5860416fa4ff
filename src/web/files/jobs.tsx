// Background jobs as the screens show them: status badge with progress, and the queries that poll
// while a job is queued or running.
import { Badge, Group, Progress, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, qs } from '../lib/api.ts';

export type JobStatus = 'queued' | 'running' | 'done' | 'failed';

export type Job = {
  id: string;
  kind: string;
  title: string;
  status: JobStatus;
  progress: number;
  progressNote: string | null;
  fileId?: string;
  file: { id: string; name: string; sizeBytes: number; expiresAt: string | null; deleted: boolean } | null;
  error?: string;
  ownerId: string;
  ownerName: string;
  parameters: Record<string, unknown>;
  result: Record<string, unknown> | null;
  queuedAt: string;
  startedAt: string | null;
  finishedAt: string | null;
};

const active = (j: Job) => j.status === 'queued' || j.status === 'running';

export function useJob(id: string | undefined) {
  return useQuery({
    queryKey: ['job', id],
    queryFn: () => api.get<Job>(`/api/jobs/${id}`),
    enabled: Boolean(id),
    refetchInterval: (q) => (q.state.data && !active(q.state.data) ? false : 1000),
  });
}

export function useJobs(params: { scope: 'mine' | 'all'; state: 'active' | 'finished' | 'any' }) {
  return useQuery({
    queryKey: ['jobs', params],
    queryFn: () => api.get<{ items: Job[]; total: number }>(`/api/jobs${qs({ ...params, limit: 100 })}`),
    refetchInterval: (q) => (q.state.data?.items.some(active) || params.state === 'active' ? 1500 : false),
  });
}

const STATUS_COLOR: Record<JobStatus, string> = { queued: 'gray', running: 'blue', done: 'green', failed: 'red' };

export function JobStatus({ job }: { job: Job }) {
  const { t } = useTranslation('files');
  const label: Record<JobStatus, string> = {
    queued: t('Queued'),
    running: t('Running'),
    done: t('Done'),
    failed: t('Failed'),
  };
  return (
    <Group gap="xs" wrap="nowrap">
      <Badge color={STATUS_COLOR[job.status]} variant="light" style={{ flexShrink: 0, minWidth: 'max-content' }}>
        {label[job.status]}
      </Badge>
      {active(job) && (
        <Progress
          value={job.progress}
          w={120}
          aria-label={t('{{title}}: {{progress}}% done', { title: job.title, progress: job.progress })}
          role="progressbar"
          aria-valuenow={job.progress}
          aria-valuemin={0}
          aria-valuemax={100}
        />
      )}
      {job.status === 'done' && typeof job.result?.warning === 'string' && (
        <Text size="xs" c="orange.8" role="status">
          {job.result.warning}
        </Text>
      )}
      {active(job) && (
        <Text size="xs" c="dimmed">
          {job.progress}%{job.progressNote ? ` · ${job.progressNote}` : ''}
        </Text>
      )}
    </Group>
  );
}

export const formatWhen = (iso: string | null) => (iso ? new Date(iso).toLocaleString() : '');

export function formatSize(bytes: number): string {
  if (bytes >= 1024 ** 2) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${Math.max(1, Math.ceil(bytes / 1024))} KB`;
}
