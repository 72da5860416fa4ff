import { Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { hasRole, useMe } from '../auth/session.tsx';
import { pages, workspaces } from '../routes.tsx';

export function HomePage() {
  const me = useMe();
  const org = me.organizations.find((o) => o.id === me.currentOrganizationId);
  const shortcuts = pages.filter((p) => p.nav && p.path !== '/' && (!p.role || hasRole(me, p.role)));
  return (
    <Stack>
      <Title order={1}>Welcome, {me.firstName}</Title>
      <Text c="dimmed">Working as {org?.name ?? 'no organization'}.</Text>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
        {shortcuts.map((p) => (
          <Card key={p.path} withBorder component={Link} to={p.path}>
            <Text fw={600}>{p.nav?.label}</Text>
            <Text size="sm" c="dimmed">
              {workspaces.find((w) => w.id === p.workspace)?.label}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
