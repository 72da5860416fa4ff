// The bell in the header: the number of new notifications, and a pop-up listing them (snooze,
// dismiss, dismiss all). The pop-up opens by itself when a new one arrives.
import { ActionIcon, Alert, Anchor, Button, Group, Indicator, Modal, ScrollArea, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../lib/forms.ts';
import { useNotificationActions, useNotificationSummary, useNotifications } from './notification-api.ts';
import { NotificationActions, NotificationSummaryText } from './notification-item.tsx';

function BellIcon() {
  return (
    <svg
      width="20"
      height="20"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      aria-hidden="true"
    >
      <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
      <path d="M13.73 21a2 2 0 0 1-3.46 0" />
    </svg>
  );
}

function NewNotifications({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('notifications');
  const list = useNotifications({ state: 'new', limit: 50 });
  const actions = useNotificationActions();
  const [error, setError] = useState<string | null>(null);
  const items = list.data?.items ?? [];
  const run = (fn: () => Promise<void>) => fn().catch((e) => setError(errorMessage(e)));
  return (
    <Stack>
      {error && <Alert color="red">{error}</Alert>}
      {list.data && items.length === 0 && <Text>{t('No new notifications.')}</Text>}
      <ScrollArea.Autosize mah="60vh">
        <Stack>
          {items.map((n) => (
            <Group key={n.id} justify="space-between" align="flex-start" wrap="nowrap" aria-label={n.title}>
              <NotificationSummaryText n={n} />
              <NotificationActions n={n} onChange={(state, until) => run(() => actions.change(n, state, until))} />
            </Group>
          ))}
        </Stack>
      </ScrollArea.Autosize>
      <Group justify="space-between">
        <Anchor component={Link} to="/notifications" onClick={onClose}>
          {t('See all notifications')}
        </Anchor>
        {items.length > 0 && (
          <Button variant="default" onClick={() => run(() => actions.dismissAll(items.map((n) => n.id)))}>
            {t('Dismiss all')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}

export function NotificationBell() {
  const { t } = useTranslation('notifications');
  const summary = useNotificationSummary();
  const [open, setOpen] = useState(false);
  const seen = useRef<string | null>(null);
  const unread = summary.data?.unread ?? 0;
  const latest = summary.data?.latestAt ?? null;

  // Pop up when something newer than what this tab has shown arrives.
  useEffect(() => {
    if (latest && latest !== seen.current && unread > 0) setOpen(true);
    seen.current = latest;
  }, [latest, unread]);

  return (
    <>
      <Indicator label={unread} size={16} disabled={unread === 0} offset={4}>
        <ActionIcon
          variant="default"
          size="lg"
          aria-label={unread ? t('Notifications: {{unread}} new', { unread }) : t('Notifications')}
          onClick={() => setOpen(true)}
        >
          <BellIcon />
        </ActionIcon>
      </Indicator>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('New notifications')} size="lg">
        <NewNotifications onClose={() => setOpen(false)} />
      </Modal>
    </>
  );
}
