// Every client page: the client header (name, ID, photo, age, veteran status) and the client menu
// (Clients' own pages plus what other features register in client-extensions.tsx). On a phone the
// menu opens in a drawer from a button under the client's name.

import { Alert, Avatar, Badge, Button, Drawer, Grid, Group, Loader, NavLink, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { hudLabel } from '../../hud/codes.ts';
import { useMe } from '../auth/session.tsx';
import { tKey } from '../i18n/keys.ts';
import { errorMessage } from '../lib/forms.ts';
import { type ClientDashboard, fullName, photoUrl, useClient } from './client-api.ts';
import { type ClientMenuItem, clientMenuItems } from './client-extensions.tsx';
import { ClientPii } from './reveal-pii.tsx';

const ownItems: ClientMenuItem[] = [
  { label: tKey('Dashboard'), group: 'Profile', order: 0, to: (id) => `/clients/${id}` },
  { label: tKey('Edit client'), group: 'Profile', order: 10, to: (id) => `/clients/${id}/edit` },
  { label: tKey('Photo'), group: 'Profile', order: 20, to: (id) => `/clients/${id}/photo` },
  { label: tKey('Files'), group: 'Profile', order: 30, to: (id) => `/clients/${id}/files` },
  { label: tKey('Interested Others'), group: 'Profile', order: 40, to: (id) => `/clients/${id}/interested-others` },
];
const GROUPS: ClientMenuItem['group'][] = ['Profile', 'Enrollments', 'Services'];
const GROUP_LABELS: Record<ClientMenuItem['group'], string> = {
  Profile: tKey('Profile'),
  Enrollments: tKey('Enrollments'),
  Services: tKey('Services'),
};

function ClientMenu({ personalId }: { personalId: string }) {
  const { t } = useTranslation('clients');
  const location = useLocation();
  const me = useMe();
  const items = [...ownItems, ...clientMenuItems]
    .filter((i) => !i.roles || i.roles.some((r) => me.roles.includes(r)))
    .sort((a, b) => a.order - b.order);
  return (
    <nav aria-label={t('Client menu')}>
      {GROUPS.map((g) => {
        const inGroup = items.filter((i) => i.group === g);
        if (!inGroup.length) return null;
        return (
          <div key={g}>
            <Text size="xs" c="dimmed" tt="uppercase" fw={700} mt="sm" px="sm">
              {t(GROUP_LABELS[g])}
            </Text>
            {inGroup.map((i) => (
              <NavLink
                key={i.label}
                component={Link}
                to={i.to(personalId)}
                label={t(i.label)}
                active={location.pathname === i.to(personalId)}
              />
            ))}
          </div>
        );
      })}
      <NavLink
        component="a"
        href={`/api/clients/${encodeURIComponent(personalId)}/id-card.pdf`}
        target="_blank"
        label={t('ID card')}
      />
    </nav>
  );
}

export function ClientHeader({ client }: { client: ClientDashboard }) {
  const { t } = useTranslation('clients');
  return (
    <Group>
      <Avatar
        src={client.hasPhoto ? photoUrl(client.PersonalID, 'thumbnail', client.photoVersion) : null}
        size="xl"
        alt={client.hasPhoto ? t('Client photo') : ''}
      />
      <Stack gap={2}>
        <Title order={1}>{fullName(client)}</Title>
        <Group gap="md">
          <Text size="sm">{t('Client ID: {{PersonalID}}', { PersonalID: client.PersonalID })}</Text>
          <Text size="sm">
            {t('Age:')} {client.age ?? t('unknown')}
          </Text>
          <Text size="sm">
            {t('Veteran status:')} {hudLabel('NoYesReasonsForMissingData', client.VeteranStatus) ?? '—'}
          </Text>
          {client.restricted && <Badge color="grape">{t('Restricted to this organization')}</Badge>}
        </Group>
        <ClientPii key={client.version} client={client} />
      </Stack>
    </Group>
  );
}

/** The client's header and menu around a client page; children get the loaded client. */
export function ClientFrame({ children }: { children: (client: ClientDashboard) => ReactNode }) {
  const { t } = useTranslation('clients');
  const { personalId = '' } = useParams();
  const client = useClient(personalId);
  const [menuOpen, menu] = useDisclosure();
  const { pathname } = useLocation();
  // biome-ignore lint/correctness/useExhaustiveDependencies: a page chosen in the drawer closes it
  useEffect(() => menu.close(), [pathname]);
  return (
    <Grid>
      <Grid.Col span={{ base: 12, md: 2 }} visibleFrom="md">
        <ClientMenu personalId={personalId} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 10 }}>
        {client.isPending && <Loader />}
        {client.isError && <Alert color="red">{errorMessage(client.error)}</Alert>}
        {client.data && (
          <Stack>
            <ClientHeader client={client.data} />
            <Button hiddenFrom="md" variant="default" onClick={menu.open} aria-haspopup="dialog">
              {t('Client menu')}
            </Button>
            {children(client.data)}
          </Stack>
        )}
      </Grid.Col>
      <Drawer opened={menuOpen} onClose={menu.close} title={t('Client menu')} size="80%">
        <ClientMenu personalId={personalId} />
      </Drawer>
    </Grid>
  );
}
