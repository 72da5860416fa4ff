// Notifications: every notification of the user's, filtered by state, as a list or on a calendar
// (by due date, else the day it arrived).
import { Alert, Group, SegmentedControl, Stack, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../lib/forms.ts';
import { useNotifications } from './notification-api.ts';
import { NotificationCalendar } from './notification-calendar.tsx';
import { NotificationRows } from './notification-rows.tsx';

function NotificationList() {
  const { t } = useTranslation('notifications');
  const [state, setState] = useState('all');
  const list = useNotifications({ state, limit: 200 });
  const items = list.data?.items ?? [];
  const states = [
    { value: 'all', label: t('All') },
    { value: 'new', label: t('New') },
    { value: 'snoozed', label: t('Snoozed') },
    { value: 'dismissed', label: t('Dismissed') },
    { value: 'done', label: t('Done') },
  ];
  return (
    <Stack>
      <Group>
        <SegmentedControl aria-label={t('Show notifications')} value={state} onChange={setState} data={states} />
        {list.data && (
          <Text size="sm" c="dimmed">
            {t('{{count}} notifications', { count: list.data.total })}
          </Text>
        )}
      </Group>
      {list.isError && <Alert color="red">{errorMessage(list.error)}</Alert>}
      {list.data && items.length === 0 && <Text>{t('No notifications here.')}</Text>}
      {items.length > 0 && <NotificationRows items={items} label={t('Notifications')} />}
    </Stack>
  );
}

export function NotificationsPage() {
  const { t } = useTranslation('notifications');
  return (
    <Stack>
      <Title order={1}>{t('Notifications')}</Title>
      <Tabs defaultValue="list" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="list">{t('List')}</Tabs.Tab>
          <Tabs.Tab value="calendar">{t('Calendar')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="list" pt="md">
          <NotificationList />
        </Tabs.Panel>
        <Tabs.Panel value="calendar" pt="md">
          <NotificationCalendar />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
