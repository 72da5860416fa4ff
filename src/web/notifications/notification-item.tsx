// One notification as a card or row: what it is about, when, and what can be done with it.
import { Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core';
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
  return (
    <Stack gap={2}>
      <Group gap="xs">
        <Badge size="sm" variant="light">
          {n.kindLabel}
        </Badge>
        <Badge size="sm" color={STATE_COLORS[n.state]}>
          {n.state}
        </Badge>
      </Group>
      <Anchor component={Link} to={`/notifications/${n.id}`} fw={600}>
        {n.title}
      </Anchor>
      {n.body && <Text size="sm">{n.body}</Text>}
      <Text size="xs" c="dimmed">
        {n.dueAt && `Due ${new Date(n.dueAt).toLocaleDateString()} · `}
        Arrived {new Date(n.createdAt).toLocaleString()}
        {n.organizationName && ` · ${n.organizationName}`}
        {n.snoozedUntil && ` · snoozed until ${new Date(n.snoozedUntil).toLocaleString()}`}
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
  return (
    <Group gap="xs" wrap="nowrap">
      {n.state !== 'snoozed' && <SnoozeMenu label={n.title} onSnooze={(until) => onChange('snoozed', until)} />}
      {n.state !== 'dismissed' && (
        <Button size="xs" variant="default" aria-label={`Dismiss ${n.title}`} onClick={() => onChange('dismissed')}>
          Dismiss
        </Button>
      )}
      {n.state !== 'done' && (
        <Button size="xs" variant="light" aria-label={`Mark done ${n.title}`} onClick={() => onChange('done')}>
          Done
        </Button>
      )}
      {n.state !== 'new' && (
        <Button size="xs" variant="subtle" aria-label={`Mark new ${n.title}`} onClick={() => onChange('new')}>
          Mark new
        </Button>
      )}
    </Group>
  );
}
