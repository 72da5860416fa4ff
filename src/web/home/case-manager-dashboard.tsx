// Home for case managers: caseload, annual assessments, paused workflows, notifications, recently
// viewed clients and data problems in their clients, each tile linking to where the work is done.
import { Alert, Anchor, Badge, Group, Loader, SimpleGrid, Text } from '@mantine/core';
import { Link } from 'react-router';
import { errorMessage } from '../lib/forms.ts';
import { when } from './chart-figure.tsx';
import { useCaseManagerDashboard } from './dashboard-api.ts';
import { Tile, TileList } from './tile.tsx';

export function CaseManagerDashboard() {
  const q = useCaseManagerDashboard();
  if (q.isError) return <Alert color="red">{errorMessage(q.error)}</Alert>;
  if (!q.data) return <Loader aria-label="Loading your dashboard" />;
  const d = q.data;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
      <Tile
        title="My caseload"
        figure={d.caseload.total}
        figureLabel={d.caseload.total === 1 ? 'active client' : 'active clients'}
        to="/my-case-assignments"
        linkLabel="My Case Assignments"
      >
        <TileList
          label="Clients in my caseload"
          items={d.caseload.items}
          empty="No clients are assigned to you."
          itemKey={(c) => c.PersonalID}
          render={(c) => (
            <Anchor component={Link} to={`/clients/${c.PersonalID}`} size="sm">
              {c.name}
              {c.ProjectName ? ` — ${c.ProjectName}` : ''}
            </Anchor>
          )}
        />
      </Tile>
      <Tile
        title="Annual assessments"
        figure={d.annualAssessments.dueNow}
        figureLabel={`due now, ${d.annualAssessments.overdue} overdue`}
        to="/annual-assessment-tool"
        linkLabel="Annual Assessment Tool"
      >
        <TileList
          label="Annual assessments of my clients"
          items={d.annualAssessments.items}
          empty="None due in your caseload."
          itemKey={(a) => `${a.PersonalID}-${a.link}`}
          render={(a) => (
            <Group gap={6} wrap="nowrap">
              <Badge color={a.overdue ? 'red' : 'blue'} variant="light" miw={70} style={{ flexShrink: 0 }}>
                {a.overdue ? 'Overdue' : `${a.daysLeft} days`}
              </Badge>
              <Anchor component={Link} to={a.link} size="sm">
                {a.name} — window closes {a.windowCloses}
              </Anchor>
            </Group>
          )}
        />
      </Tile>
      <Tile
        title="Paused workflows"
        figure={d.pausedWorkflows.total}
        figureLabel="to finish"
        to="/paused-workflows"
        linkLabel="Paused Workflows"
      >
        <TileList
          label="My paused workflows"
          items={d.pausedWorkflows.items}
          empty="Nothing paused."
          itemKey={(w) => w.id}
          render={(w) => (
            <Anchor component={Link} to={`/workflows/${w.id}`} size="sm">
              {w.kind} {w.clientName ? `for ${w.clientName}` : ''} — saved {when(w.updatedAt)}
            </Anchor>
          )}
        />
      </Tile>
      <Tile
        title="Notifications"
        figure={d.notifications.unread}
        figureLabel="unread"
        to="/notifications"
        linkLabel="Open notifications"
      />
      <Tile title="Recently viewed clients">
        <TileList
          label="Clients I opened recently"
          items={d.recentlyViewed}
          empty="You have not opened a client in the last 30 days."
          itemKey={(c) => c.PersonalID}
          render={(c) => (
            <Anchor component={Link} to={`/clients/${c.PersonalID}`} size="sm">
              {c.name}
            </Anchor>
          )}
        />
      </Tile>
      <Tile
        title="Data to fix in my clients"
        figure={d.dataQuality.total}
        figureLabel="problems (as APR Q6 counts them)"
      >
        <TileList
          label="Data problems in my clients"
          items={d.dataQuality.items}
          empty="No missing or unknown answers."
          itemKey={(p) => `${p.PersonalID}-${p.EnrollmentID}-${p.element}`}
          render={(p) => (
            <Text size="sm">
              {p.name}: {p.element}.{' '}
              <Anchor component={Link} to={p.fix} aria-label={`Fix ${p.element} of ${p.name}`}>
                Fix
              </Anchor>
            </Text>
          )}
        />
      </Tile>
    </SimpleGrid>
  );
}
