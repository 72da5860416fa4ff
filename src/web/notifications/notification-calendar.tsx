// The calendar view: a month with the number of notifications on each day (due date, else the day
// it arrived); choosing a day lists that day's notifications.
import { Indicator, Stack, Text, Title } from '@mantine/core';
import { Calendar } from '@mantine/dates';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notificationDay, useNotifications } from './notification-api.ts';
import { NotificationRows } from './notification-rows.tsx';

const DAY = 'YYYY-MM-DD';

export function NotificationCalendar() {
  const { t, i18n } = useTranslation('notifications');
  const [month, setMonth] = useState(() => dayjs().startOf('month').format(DAY));
  const [day, setDay] = useState<string | null>(() => dayjs().format(DAY));
  const from = dayjs(month).startOf('month').format(DAY);
  const to = dayjs(month).endOf('month').format(DAY);
  const list = useNotifications({ from, to, limit: 500 });
  const items = list.data?.items ?? [];
  const count = new Map<string, number>();
  for (const n of items) {
    const d = dayjs(notificationDay(n)).format(DAY);
    count.set(d, (count.get(d) ?? 0) + 1);
  }
  const onDay = items.filter((n) => dayjs(notificationDay(n)).format(DAY) === day);
  return (
    <Stack>
      <Calendar
        date={month}
        onDateChange={(d) => setMonth(dayjs(d).startOf('month').format(DAY))}
        getDayProps={(date) => ({
          selected: date === day,
          onClick: () => setDay(date),
          'aria-label': t('{{date}}: {{n}} notifications', { date, n: count.get(date) ?? 0 }),
        })}
        renderDay={(date) => {
          const n = count.get(date) ?? 0;
          return (
            <Indicator size={14} label={n} disabled={n === 0} offset={-2}>
              <div>{dayjs(date).date()}</div>
            </Indicator>
          );
        }}
      />
      {day && (
        <Stack>
          <Title order={4}>
            {new Date(`${day}T12:00:00`).toLocaleDateString(i18n.language, {
              weekday: 'long',
              year: 'numeric',
              month: 'long',
              day: 'numeric',
            })}
          </Title>
          {onDay.length === 0 ? (
            <Text>{t('Nothing on this day.')}</Text>
          ) : (
            <NotificationRows items={onDay} label={t('Notifications on {{day}}', { day })} />
          )}
        </Stack>
      )}
    </Stack>
  );
}
