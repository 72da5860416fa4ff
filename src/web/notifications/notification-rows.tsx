// A table of notifications with their actions (the list and the calendar's day).
import { Alert, Table } from '@mantine/core';
import { useState } from 'react';
import { errorMessage } from '../lib/forms.ts';
import { type AppNotification, useNotificationActions } from './notification-api.ts';
import { NotificationActions, NotificationSummaryText } from './notification-item.tsx';

export function NotificationRows({ items, label }: { items: AppNotification[]; label: string }) {
  const actions = useNotificationActions();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      {error && <Alert color="red">{error}</Alert>}
      <Table aria-label={label} verticalSpacing="sm">
        <Table.Tbody>
          {items.map((n) => (
            <Table.Tr key={n.id}>
              <Table.Td>
                <NotificationSummaryText n={n} />
              </Table.Td>
              <Table.Td w={1}>
                <NotificationActions
                  n={n}
                  onChange={(state, until) => actions.change(n, state, until).catch((e) => setError(errorMessage(e)))}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}
