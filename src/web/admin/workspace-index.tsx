// The landing page of a workspace: a card for each page in its menu that the user may open.
import { Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { hasRole, useMe } from '../auth/session.tsx';
import { pages, type Workspace, workspaces } from '../routes.tsx';

// The menu's words are the shell's: routes.tsx marks them with tKey, in the common namespace.
const MENU_NS = 'common';

export function WorkspaceIndex({ workspace, intro }: { workspace: Workspace; intro: string }) {
  const { t } = useTranslation('admin');
  const me = useMe();
  const label = workspaces.find((w) => w.id === workspace)?.label ?? workspace;
  const entries = pages.filter((p) => p.workspace === workspace && p.nav && (!p.role || hasRole(me, p.role)));
  const groups = [...new Set(entries.map((p) => p.nav?.group ?? ''))];
  return (
    <Stack>
      <Title order={1}>{t(label, { ns: MENU_NS })}</Title>
      <Text c="dimmed">{intro}</Text>
      {entries.length === 0 && <Text>{t('There is nothing here for your role yet.')}</Text>}
      {groups.map((g) => (
        <Stack key={g} gap="xs">
          {g && <Title order={3}>{t(g, { ns: MENU_NS })}</Title>}
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
            {entries
              .filter((p) => (p.nav?.group ?? '') === g)
              .map((p) => (
                <Card key={p.path} withBorder component={Link} to={p.path}>
                  <Text fw={600}>{p.nav?.label && t(p.nav.label, { ns: MENU_NS })}</Text>
                  {p.nav?.description && (
                    <Text size="sm" c="dimmed">
                      {t(p.nav.description, { ns: MENU_NS })}
                    </Text>
                  )}
                </Card>
              ))}
          </SimpleGrid>
        </Stack>
      ))}
    </Stack>
  );
}
