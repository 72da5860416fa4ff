// A dashboard tile: a heading, an optional headline figure, its content, and a link to the screen
// that acts on it.

import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function Tile(props: {
  title: string;
  figure?: number | string;
  figureLabel?: string;
  to?: string;
  linkLabel?: string;
  children?: ReactNode;
  wide?: boolean;
}) {
  const { t } = useTranslation('home');
  return (
    <Card
      withBorder
      component="section"
      aria-label={props.title}
      style={props.wide ? { gridColumn: '1 / -1' } : undefined}
    >
      <Stack gap="xs">
        <Group justify="space-between" align="baseline" wrap="nowrap">
          <Title order={2} size="h4">
            {props.title}
          </Title>
          {props.to && (
            <Anchor component={Link} to={props.to} size="sm">
              {props.linkLabel ?? t('Open')}
            </Anchor>
          )}
        </Group>
        {props.figure !== undefined && (
          <Text>
            <Text span fz={28} fw={700} mr={6}>
              {props.figure}
            </Text>
            {props.figureLabel}
          </Text>
        )}
        {props.children}
      </Stack>
    </Card>
  );
}

/** A short list of links inside a tile, or a line saying there is nothing. */
export function TileList<T>(props: {
  items: T[];
  empty: string;
  itemKey: (item: T) => string;
  render: (item: T) => ReactNode;
  label: string;
}) {
  if (!props.items.length)
    return (
      <Text size="sm" c="dimmed">
        {props.empty}
      </Text>
    );
  return (
    <Stack component="ul" gap={4} m={0} p={0} style={{ listStyle: 'none' }} aria-label={props.label}>
      {props.items.map((i) => (
        <li key={props.itemKey(i)}>{props.render(i)}</li>
      ))}
    </Stack>
  );
}
