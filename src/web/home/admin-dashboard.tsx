// Home for HMIS admins: organizations, users signed in this week, background jobs, and the HMIS
// CSV imports and exports of the last days.
import { Alert, Anchor, Loader, SimpleGrid, Text } from '@mantine/core';
import { Link } from 'react-router';
import { errorMessage } from '../lib/forms.ts';
import { Bars, ChartFigure, when } from './chart-figure.tsx';
import { useAdminDashboard } from './dashboard-api.ts';
import { Tile, TileList } from './tile.tsx';

export function AdminDashboard() {
  const q = useAdminDashboard();
  if (q.isError) return <Alert color="red">{errorMessage(q.error)}</Alert>;
  if (!q.data) return <Loader aria-label="Loading the admin dashboard" />;
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
        title="Organizations"
        figure={d.organizations.total}
        figureLabel={`(${d.organizations.victimServiceProviders} victim service providers)`}
        to="/admin/organizations"
        linkLabel="Organizations"
      />
      <Tile
        title="Users"
        figure={d.users.signedInThisWeek}
        figureLabel={`of ${d.users.active} active users signed in this week`}
        to="/admin/users"
        linkLabel="Users"
      />
      <Tile title="Background jobs" to="/reports/tasks" linkLabel="Task list">
        <ChartFigure
          title={`Jobs running and of the last ${d.days} days`}
          summary="Jobs waiting, running, finished and failed."
          chart={
            <Bars h={180} data={jobs} dataKey="status" series={[{ name: 'jobs', label: 'Jobs', color: 'blue.8' }]} />
          }
          rows={jobs}
          rowKey={(r) => r.status}
          columns={[
            { label: 'Status', value: (r) => r.status },
            { label: 'Jobs', value: (r) => r.jobs },
          ]}
        />
        <TileList
          label="Failed jobs"
          items={d.jobs.recentFailures}
          empty="No job failed."
          itemKey={(j) => j.id}
          render={(j) => (
            <Anchor component={Link} to={`/reports/files/${j.id}`} size="sm">
              Failed: {j.title} ({when(j.finishedAt)})
            </Anchor>
          )}
        />
      </Tile>
      <Tile title="Imports and exports" wide to="/admin/hmis-csv/import" linkLabel="Import HMIS CSV">
        <TileList
          label="HMIS CSV imports and exports"
          items={d.importsExports}
          empty={`No HMIS CSV import or export in the last ${d.days} days.`}
          itemKey={(j) => j.id}
          render={(j) => (
            <Text size="sm">
              <Anchor component={Link} to={`/reports/files/${j.id}`}>
                {j.kind === 'import' ? 'Import' : 'Export'}: {j.title}
              </Anchor>{' '}
              — {j.status}, {when(j.queuedAt)}
            </Text>
          )}
        />
        <Anchor component={Link} to="/reports/hmis-csv/export" size="sm">
          Export HMIS CSV
        </Anchor>
      </Tile>
    </SimpleGrid>
  );
}
