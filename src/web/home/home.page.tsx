// Home: the dashboard of the signed-in user's role (HMIS admins see theirs; a user with several
// roles sees each), then shortcuts to every screen they may open.

import { Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { hasRole, type Role, useMe } from '../auth/session.tsx';
import { tKey } from '../i18n/keys.ts';
import { pages, workspaces } from '../routes.tsx';
import { AdminDashboard } from './admin-dashboard.tsx';
import { CaseManagerDashboard } from './case-manager-dashboard.tsx';
import { DataQualityDashboard } from './data-quality-dashboard.tsx';
import { ProgramManagerDashboard } from './program-manager-dashboard.tsx';

const DASHBOARDS: { role: Role; title: string; element: () => React.ReactNode }[] = [
  { role: 'hmis_admin', title: tKey('System'), element: () => <AdminDashboard /> },
  { role: 'data_quality_officer', title: tKey('Data quality'), element: () => <DataQualityDashboard /> },
  { role: 'program_manager', title: tKey('My organization'), element: () => <ProgramManagerDashboard /> },
];

export function HomePage() {
  const { t } = useTranslation('home');
  const me = useMe();
  const org = me.organizations.find((o) => o.id === me.currentOrganizationId);
  const shortcuts = pages.filter((p) => p.nav && p.path !== '/' && (!p.role || hasRole(me, p.role)));
  const mine = DASHBOARDS.filter((d) => me.roles.includes(d.role));
  return (
    <Stack>
      <Title order={1}>{t('Welcome, {{firstName}}', { firstName: me.firstName })}</Title>
      <Text c="dimmed">
        {t('Working as')} {org?.name ?? t('no organization')}.
      </Text>
      {mine.length ? (
        mine.map((d) => (
          <Stack key={d.role} component="section" aria-label={t(d.title)} gap="sm">
            {mine.length > 1 && (
              <Title order={2} size="h3">
                {t(d.title)}
              </Title>
            )}
            {d.element()}
          </Stack>
        ))
      ) : (
        <CaseManagerDashboard />
      )}
      <Title order={2} size="h3">
        {t('Shortcuts')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
        {shortcuts.map((p) => (
          <Card key={p.path} withBorder component={Link} to={p.path}>
            <Text fw={600}>{p.nav && t(p.nav.label)}</Text>
            <Text size="sm" c="dimmed">
              {t(workspaces.find((w) => w.id === p.workspace)?.label ?? '')}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
