// The signed-in frame: workspace tabs, side menu of the current workspace, organization and user menu.
import { AppShell, Burger, Button, Group, NavLink, ScrollArea, Tabs, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { Link, matchPath, useLocation, useNavigate } from 'react-router';
import { RecoveryPrompt } from '../auth/recovery-prompt.tsx';
import { hasRole, useMe, useSession } from '../auth/session.tsx';
import { OrganizationSwitcher } from '../auth/settings.page.tsx';
import { api } from '../lib/api.ts';
import { NotificationBell } from '../notifications/notification-bell.tsx';
import { pages, type Workspace, workspaces } from '../routes.tsx';
import { IdleWarning } from './idle-warning.tsx';

/** The workspace a page declares (/enrollments/… and /workflows/… are Clients pages), else the path's. */
export function workspaceOf(pathname: string): Workspace {
  const page = pages.find((p) => p.path !== '*' && matchPath(p.path, pathname));
  if (page) return page.workspace;
  const match = [...workspaces].reverse().find((w) => w.path !== '/' && pathname.startsWith(w.path));
  return match?.id ?? 'home';
}

export function AppLayout({ children }: { children: ReactNode }) {
  const me = useMe();
  const { setMe } = useSession();
  const [opened, { toggle }] = useDisclosure();
  const location = useLocation();
  const navigate = useNavigate();
  const current = workspaceOf(location.pathname);
  const visible = workspaces.filter((w) => !w.role || hasRole(me, w.role));
  const menu = pages.filter((p) => p.workspace === current && p.nav && (!p.role || hasRole(me, p.role)));
  const groups = [...new Set(menu.map((p) => p.nav?.group ?? ''))];

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
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Menu" />
            <Title order={4}>Hearth</Title>
            <Tabs value={current} onChange={(v) => navigate(workspaces.find((w) => w.id === v)?.path ?? '/')}>
              <Tabs.List aria-label="Workspaces">
                {visible.map((w) => (
                  <Tabs.Tab key={w.id} value={w.id}>
                    {w.label}
                  </Tabs.Tab>
                ))}
              </Tabs.List>
            </Tabs>
          </Group>
          <Group wrap="nowrap">
            <NotificationBell />
            <OrganizationSwitcher compact />
            <Text size="sm" visibleFrom="md" aria-label="Signed in as">
              {me.firstName} {me.lastName}
            </Text>
            <Button variant="default" size="xs" onClick={signOut}>
              Sign out
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Workspace menu">
        <ScrollArea>
          {groups.map((g) => (
            <div key={g}>
              {g && (
                <Text size="xs" c="dimmed" tt="uppercase" fw={700} mt="sm" px="sm">
                  {g}
                </Text>
              )}
              {menu
                .filter((p) => (p.nav?.group ?? '') === g)
                .map((p) => (
                  <NavLink
                    key={p.path}
                    component={Link}
                    to={p.path}
                    label={p.nav?.label}
                    active={location.pathname === p.path}
                  />
                ))}
            </div>
          ))}
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main>
        <RecoveryPrompt />
        {children}
      </AppShell.Main>
      <IdleWarning />
    </AppShell>
  );
}
