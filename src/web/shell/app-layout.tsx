// The signed-in frame: workspace tabs, side menu of the current workspace, organization and user menu.
// On a narrow screen the header keeps only the burger, the name and the bell; the burger opens a
// menu with the workspaces, the organization, sign-out and the workspace's pages. Their names are
// keys of `common` (routes.tsx), translated here (the `shell` namespace falls back to `common`).

import { AppShell, Burger, Button, Divider, Group, NavLink, ScrollArea, Stack, Tabs, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, matchPath, useLocation, useNavigate } from 'react-router';
import { RecoveryPrompt } from '../auth/recovery-prompt.tsx';
import { hasRole, useMe, useSession } from '../auth/session.tsx';
import { OrganizationSwitcher } from '../auth/settings.page.tsx';
import { api } from '../lib/api.ts';
import { NotificationBell } from '../notifications/notification-bell.tsx';
import { pages, type Workspace, workspaces } from '../routes.tsx';
import { IdleWarning } from './idle-warning.tsx';
import classes from './shell.module.css';

/** The workspace a page declares (/enrollments/… and /workflows/… are Clients pages), else the path's. */
export function workspaceOf(pathname: string): Workspace {
  const page = pages.find((p) => p.path !== '*' && matchPath(p.path, pathname));
  if (page) return page.workspace;
  const match = [...workspaces].reverse().find((w) => w.path !== '/' && pathname.startsWith(w.path));
  return match?.id ?? 'home';
}

function MenuGroupLabel({ children }: { children: ReactNode }) {
  return (
    <Text size="xs" c="dimmed" tt="uppercase" fw={700} mt="sm" px="sm">
      {children}
    </Text>
  );
}

export function AppLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation('shell');
  const me = useMe();
  const { setMe } = useSession();
  const [opened, { toggle, close }] = useDisclosure();
  const location = useLocation();
  const navigate = useNavigate();
  const current = workspaceOf(location.pathname);
  const visible = workspaces.filter((w) => !w.role || hasRole(me, w.role));
  const menu = pages.filter((p) => p.workspace === current && p.nav && (!p.role || hasRole(me, p.role)));
  const groups = [...new Set(menu.map((p) => p.nav?.group ?? ''))];
  // A page opened from the phone menu closes it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the page changes
  useEffect(() => close(), [location.pathname, close]);

  async function signOut() {
    await api.post('/api/auth/logout').catch(() => undefined);
    setMe(null);
    navigate('/');
  }

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <a href="#main-content" className={classes.skipLink}>
        {t('Skip to content')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('Menu')}
              aria-expanded={opened}
              aria-controls="app-menu"
            />
            <Text component="span" fw={700} size="xl">
              {t('Hearth')}
            </Text>
            <Tabs
              visibleFrom="sm"
              value={current}
              onChange={(v) => navigate(workspaces.find((w) => w.id === v)?.path ?? '/')}
            >
              <Tabs.List aria-label={t('Workspaces')}>
                {visible.map((w) => (
                  <Tabs.Tab key={w.id} value={w.id}>
                    {t(w.label)}
                  </Tabs.Tab>
                ))}
              </Tabs.List>
            </Tabs>
          </Group>
          <Group wrap="nowrap">
            <NotificationBell />
            <Group wrap="nowrap" visibleFrom="sm">
              <OrganizationSwitcher compact />
              <Text size="sm" visibleFrom="lg" aria-label={t('Signed in as')}>
                {me.firstName} {me.lastName}
              </Text>
              <Button variant="default" size="xs" onClick={signOut}>
                {t('Sign out')}
              </Button>
            </Group>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('Workspace menu')} id="app-menu">
        <ScrollArea>
          {opened && (
            <Stack gap="xs" hiddenFrom="sm" mb="sm">
              <nav aria-label={t('Workspaces')}>
                {visible.map((w) => (
                  <NavLink key={w.id} component={Link} to={w.path} label={t(w.label)} active={w.id === current} />
                ))}
              </nav>
              <OrganizationSwitcher fullWidth />
              <Group justify="space-between" wrap="nowrap">
                <Text size="sm" aria-label={t('Signed in as')}>
                  {me.firstName} {me.lastName}
                </Text>
                <Button variant="default" size="sm" onClick={signOut}>
                  {t('Sign out')}
                </Button>
              </Group>
              <Divider />
            </Stack>
          )}
          {groups.map((g) => (
            <div key={g}>
              {g && <MenuGroupLabel>{t(g)}</MenuGroupLabel>}
              {menu
                .filter((p) => (p.nav?.group ?? '') === g)
                .map((p) => (
                  <NavLink
                    key={p.path}
                    component={Link}
                    to={p.path}
                    label={p.nav && t(p.nav.label)}
                    active={location.pathname === p.path}
                  />
                ))}
            </div>
          ))}
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main id="main-content" tabIndex={-1} className={classes.main}>
        <RecoveryPrompt />
        {children}
      </AppShell.Main>
      <IdleWarning />
    </AppShell>
  );
}
