// A list of a project's sub-records (CoC, funders, inventory, participation): one card per row,
// with add and remove. Rows are saved with the project.
import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type Props<T extends { key: string }> = {
  title: string;
  /** "Funder": cards are labelled "Funder 1", "Funder 2" … */
  itemLabel: string;
  addLabel: string;
  rows: T[];
  onChange: (rows: T[]) => void;
  newRow: () => T;
  error?: string;
  empty?: string;
  children: (row: T, index: number, set: (patch: Partial<T>) => void) => ReactNode;
};

export function SubRecordList<T extends { key: string }>(props: Props<T>) {
  const { t } = useTranslation('admin');
  const { rows, onChange } = props;
  const set = (i: number) => (patch: Partial<T>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <Stack gap="sm" component="section" aria-label={props.title}>
      <Title order={3}>{props.title}</Title>
      {props.error && (
        <Alert color="red" role="alert">
          {props.error}
        </Alert>
      )}
      {rows.length === 0 && (
        <Text c="dimmed" size="sm">
          {props.empty ?? t('None yet.')}
        </Text>
      )}
      {rows.map((row, i) => (
        <Card key={row.key} withBorder role="group" aria-label={`${props.itemLabel} ${i + 1}`}>
          <Stack gap="xs">
            <Group justify="space-between">
              <Text fw={600}>
                {props.itemLabel} {i + 1}
              </Text>
              <Button
                size="xs"
                variant="subtle"
                color="red"
                aria-label={t('Remove {{item}} {{n}}', { item: props.itemLabel.toLowerCase(), n: i + 1 })}
                onClick={() => onChange(rows.filter((_, j) => j !== i))}
              >
                {t('Remove')}
              </Button>
            </Group>
            {props.children(row, i, set(i))}
          </Stack>
        </Card>
      ))}
      <Button variant="light" w="fit-content" onClick={() => onChange([...rows, props.newRow()])}>
        {props.addLabel}
      </Button>
    </Stack>
  );
}
