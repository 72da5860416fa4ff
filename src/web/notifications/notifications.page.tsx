// Notifications: every notification of the user's, filtered by state, as a list or on a calendar
// (by due date, else the day it arrived).
import { Alert, Group, SegmentedControl, Stack, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { errorMessage } from '../lib/forms.ts';
import { useNotifications } from './notification-api.ts';
import { NotificationCalendar } from './notification-calendar.tsx';
import { NotificationRows } from './notification-rows.tsx';

const STATES = [
  { value: 'all', label: 'All' },
  { value: 'new', label: 'New' },
  { value: 'snoozed', label: 'Snoozed' },
  { value: 'dismissed', label: 'Dismissed' },
  { value: 'done', label: 'Done' },
];

function NotificationList() {
  const [state, setState] = useState('all');
  const list = useNotifications({ state, limit: 200 });
  const items = list.data?.items ?? [];
  return (
    <Stack>
      <Group>
        <SegmentedControl aria-label="Show notifications" value={state} onChange={setState} data={STATES} />
        {list.data && (
          <Text size="sm" c="dimmed">
            {list.data.total} {list.data.total === 1 ? 'notification' : 'notifications'}
          </Text>
        )}
      </Group>
      {list.isError && <Alert color="red">{errorMessage(list.error)}</Alert>}
      {list.data && items.length === 0 && <Text>No notifications here.</Text>}
      {items.length > 0 && <NotificationRows items={items} label="Notifications" />}
    </Stack>
  );
}

export function NotificationsPage() {
  return (
    <Stack>
      <Title order={2}>Notifications</Title>
      <Tabs defaultValue="list" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="list">List</Tabs.Tab>
          <Tabs.Tab value="calendar">Calendar</Tabs.Tab>
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
