// Home for HMIS admins: organizations, users signed in this week, background jobs, and the HMIS
// CSV imports and exports of the last days.

import { Alert, Anchor, Loader, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { tKey } from '../i18n/keys.ts';
import { errorMessage } from '../lib/forms.ts';
import { Bars, ChartFigure, when } from './chart-figure.tsx';
import { useAdminDashboard } from './dashboard-api.ts';
import { Tile, TileList } from './tile.tsx';

// A background job's status as the screens name it.
const JOB_STATUSES: Record<string, string> = {
  queued: tKey('queued'),
  running: tKey('running'),
  done: tKey('done'),
  failed: tKey('failed'),
};

export function AdminDashboard() {
  const { t } = useTranslation('home');
  const q = useAdminDashboard();
  if (q.isError) return <Alert color="red">{errorMessage(q.error)}</Alert>;
  if (!q.data) return <Loader aria-label={t('Loading the admin dashboard')} />;
  const d = q.data;
  const jobs = [
    { status: 'Queued', jobs: d.jobs.queued },
    { status: 'Running', jobs: d.jobs.running },
    { status: 'Finished', jobs: d.jobs.done },
    { status: 'Failed', jobs: d.jobs.failed },
  ];
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
      <Tile
        title={t('Organizations')}
        figure={d.organizations.total}
        figureLabel={t('({{victimServiceProviders}} victim service providers)', {
          victimServiceProviders: d.organizations.victimServiceProviders,
        })}
        to="/admin/organizations"
        linkLabel={t('Organizations')}
      />
      <Tile
        title={t('Users')}
        figure={d.users.signedInThisWeek}
        figureLabel={t('of {{active}} active users signed in this week', { active: d.users.active })}
        to="/admin/users"
        linkLabel={t('Users')}
      />
      <Tile title={t('Background jobs')} to="/reports/tasks" linkLabel={t('Task list')}>
        <ChartFigure
          title={t('Jobs running and of the last {{days}} days', { days: d.days })}
          summary={t('Jobs waiting, running, finished and failed.')}
          chart={
            <Bars h={180} data={jobs} dataKey="status" series={[{ name: 'jobs', label: t('Jobs'), color: 'blue.8' }]} />
          }
          rows={jobs}
          rowKey={(r) => r.status}
          columns={[
            { label: t('Status'), value: (r) => t(JOB_STATUSES[r.status] ?? r.status) },
            { label: t('Jobs'), value: (r) => r.jobs },
          ]}
        />
        <TileList
          label={t('Failed jobs')}
          items={d.jobs.recentFailures}
          empty={t('No job failed.')}
          itemKey={(j) => j.id}
          render={(j) => (
            <Anchor component={Link} to={`/reports/files/${j.id}`} size="sm">
              {t('Failed: {{title}} ({{when}})', { title: j.title, when: when(j.finishedAt) })}
            </Anchor>
          )}
        />
      </Tile>
      <Tile title={t('Imports and exports')} wide to="/admin/hmis-csv/import" linkLabel={t('Import HMIS CSV')}>
        <TileList
          label={t('HMIS CSV imports and exports')}
          items={d.importsExports}
          empty={t('No HMIS CSV import or export in the last {{days}} days.', { days: d.days })}
          itemKey={(j) => j.id}
          render={(j) => (
            <Text size="sm">
              <Anchor component={Link} to={`/reports/files/${j.id}`}>
                {j.kind === 'import' ? t('Import') : t('Export')}: {j.title}
              </Anchor>{' '}
              — {t(JOB_STATUSES[j.status] ?? j.status)}, {when(j.queuedAt)}
            </Text>
          )}
        />
        <Anchor component={Link} to="/reports/hmis-csv/export" size="sm">
          {t('Export HMIS CSV')}
        </Anchor>
      </Tile>
    </SimpleGrid>
  );
}
