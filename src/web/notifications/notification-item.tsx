// One notification as a card or row: what it is about, when, and what can be done with it.
import { Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AppNotification, NotificationState } from './notification-api.ts';
import { SnoozeMenu } from './snooze-menu.tsx';

const STATE_COLORS: Record<NotificationState, string> = {
  new: 'blue',
  snoozed: 'yellow',
  dismissed: 'gray',
  done: 'green',
};

export function NotificationSummaryText({ n }: { n: AppNotification }) {
  const { t } = useTranslation('notifications');
  const stateLabel: Record<NotificationState, string> = {
    new: t('new'),
    snoozed: t('snoozed'),
    dismissed: t('dismissed'),
    done: t('done'),
  };
  return (
    <Stack gap={2}>
      <Group gap="xs">
        <Badge size="sm" variant="light">
          {n.kindLabel}
        </Badge>
        <Badge size="sm" color={STATE_COLORS[n.state]}>
          {stateLabel[n.state]}
        </Badge>
      </Group>
      <Anchor component={Link} to={`/notifications/${n.id}`} fw={600}>
        {n.title}
      </Anchor>
      {n.body && <Text size="sm">{n.body}</Text>}
      <Text size="xs" c="dimmed">
        {n.dueAt && `${t('Due {{date}}', { date: new Date(n.dueAt).toLocaleDateString() })} · `}
        {t('Arrived {{time}}', { time: new Date(n.createdAt).toLocaleString() })}
        {n.organizationName && ` · ${n.organizationName}`}
        {n.snoozedUntil && ` · ${t('snoozed until {{time}}', { time: new Date(n.snoozedUntil).toLocaleString() })}`}
      </Text>
    </Stack>
  );
}

export function NotificationActions({
  n,
  onChange,
}: {
  n: AppNotification;
  onChange: (state: NotificationState, snoozedUntil?: Date) => void;
}) {
  const { t } = useTranslation('notifications');
  return (
    <Group gap="xs" wrap="nowrap">
      {n.state !== 'snoozed' && <SnoozeMenu label={n.title} onSnooze={(until) => onChange('snoozed', until)} />}
      {n.state !== 'dismissed' && (
        <Button
          size="xs"
          variant="default"
          aria-label={t('Dismiss {{title}}', { title: n.title })}
          onClick={() => onChange('dismissed')}
        >
          {t('Dismiss')}
        </Button>
      )}
      {n.state !== 'done' && (
        <Button
          size="xs"
          variant="light"
          aria-label={t('Mark done {{title}}', { title: n.title })}
          onClick={() => onChange('done')}
        >
          {t('Done')}
        </Button>
      )}
      {n.state !== 'new' && (
        <Button
          size="xs"
          variant="subtle"
          aria-label={t('Mark new {{title}}', { title: n.title })}
          onClick={() => onChange('new')}
        >
          {t('Mark new')}
        </Button>
      )}
    </Group>
  );
}
