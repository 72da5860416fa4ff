// Home for case managers: caseload, annual assessments, paused workflows, notifications, recently
// viewed clients and data problems in their clients, each tile linking to where the work is done.

import { Alert, Anchor, Badge, Group, Loader, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { tKey } from '../i18n/keys.ts';
import { errorMessage } from '../lib/forms.ts';
import { when } from './chart-figure.tsx';
import { useCaseManagerDashboard } from './dashboard-api.ts';
import { Tile, TileList } from './tile.tsx';

// A paused workflow's kind as the screens name it.
const WORKFLOW_KINDS: Record<string, string> = {
  intake: tKey('intake'),
  assessment: tKey('assessment'),
  exit: tKey('exit'),
  'edit-entry': tKey('edit entry'),
  'edit-exit': tKey('edit exit'),
  'cas-intake': tKey('CAS & Diversion intake'),
  'referral-intake': tKey('intake from a referral'),
};

export function CaseManagerDashboard() {
  const { t } = useTranslation('home');
  const q = useCaseManagerDashboard();
  if (q.isError) return <Alert color="red">{errorMessage(q.error)}</Alert>;
  if (!q.data) return <Loader aria-label={t('Loading your dashboard')} />;
  const d = q.data;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
      <Tile
        title={t('My caseload')}
        figure={d.caseload.total}
        figureLabel={d.caseload.total === 1 ? t('active client') : t('active clients')}
        to="/my-case-assignments"
        linkLabel={t('My Case Assignments')}
      >
        <TileList
          label={t('Clients in my caseload')}
          items={d.caseload.items}
          empty={t('No clients are assigned to you.')}
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
        title={t('Annual assessments')}
        figure={d.annualAssessments.dueNow}
        figureLabel={t('due now, {{overdue}} overdue', { overdue: d.annualAssessments.overdue })}
        to="/annual-assessment-tool"
        linkLabel={t('Annual Assessment Tool')}
      >
        <TileList
          label={t('Annual assessments of my clients')}
          items={d.annualAssessments.items}
          empty={t('None due in your caseload.')}
          itemKey={(a) => `${a.PersonalID}-${a.link}`}
          render={(a) => (
            <Group gap={6} wrap="nowrap">
              <Badge color={a.overdue ? 'red.9' : 'blue.8'} variant="light" miw={70}>
                {a.overdue ? t('Overdue') : t('{{daysLeft}} days', { daysLeft: a.daysLeft })}
              </Badge>
              <Anchor component={Link} to={a.link} size="sm">
                {t('{{name}} — window closes {{windowCloses}}', { name: a.name, windowCloses: a.windowCloses })}
              </Anchor>
            </Group>
          )}
        />
      </Tile>
      <Tile
        title={t('Paused workflows')}
        figure={d.pausedWorkflows.total}
        figureLabel={t('to finish')}
        to="/paused-workflows"
        linkLabel={t('Paused Workflows')}
      >
        <TileList
          label={t('My paused workflows')}
          items={d.pausedWorkflows.items}
          empty={t('Nothing paused.')}
          itemKey={(w) => w.id}
          render={(w) => (
            <Anchor component={Link} to={`/workflows/${w.id}`} size="sm">
              {WORKFLOW_KINDS[w.kind] ? t(WORKFLOW_KINDS[w.kind] ?? '') : w.kind}{' '}
              {w.clientName ? t('for {{clientName}}', { clientName: w.clientName }) : ''}{' '}
              {t('— saved {{when}}', { when: when(w.updatedAt) })}
            </Anchor>
          )}
        />
      </Tile>
      <Tile
        title={t('Notifications')}
        figure={d.notifications.unread}
        figureLabel={t('unread')}
        to="/notifications"
        linkLabel={t('Open notifications')}
      />
      <Tile title={t('Recently viewed clients')}>
        <TileList
          label={t('Clients I opened recently')}
          items={d.recentlyViewed}
          empty={t('You have not opened a client in the last 30 days.')}
          itemKey={(c) => c.PersonalID}
          render={(c) => (
            <Anchor component={Link} to={`/clients/${c.PersonalID}`} size="sm">
              {c.name}
            </Anchor>
          )}
        />
      </Tile>
      <Tile
        title={t('Data to fix in my clients')}
        figure={d.dataQuality.total}
        figureLabel={t('problems (as APR Q6 counts them)')}
      >
        <TileList
          label={t('Data problems in my clients')}
          items={d.dataQuality.items}
          empty={t('No missing or unknown answers.')}
          itemKey={(p) => `${p.PersonalID}-${p.EnrollmentID}-${p.element}`}
          render={(p) => (
            <Text size="sm">
              {p.name}: {p.element}.{' '}
              <Anchor
                component={Link}
                to={p.fix}
                aria-label={t('Fix {{element}} of {{name}}', { element: p.element, name: p.name })}
              >
                {t('Fix')}
              </Anchor>
            </Text>
          )}
        />
      </Tile>
    </SimpleGrid>
  );
}
