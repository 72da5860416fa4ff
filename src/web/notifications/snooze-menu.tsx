// Snooze until a chosen time: an hour, tomorrow morning, next week, or a date and time picked.
import { Button, Group, Menu, Modal, Stack } from '@mantine/core';
import { DateTimePicker } from '@mantine/dates';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

const inHours = (h: number) => new Date(Date.now() + h * 3600_000);
const morning = (days: number) => {
  const d = new Date();
  d.setDate(d.getDate() + days);
  d.setHours(8, 0, 0, 0);
  return d;
};

export function SnoozeMenu({ label, onSnooze }: { label: string; onSnooze: (until: Date) => void }) {
  const { t } = useTranslation('notifications');
  const [picking, setPicking] = useState(false);
  const [when, setWhen] = useState<string | null>(null);
  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button size="xs" variant="default" aria-label={t('Snooze {{label}}', { label })}>
            {t('Snooze')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => onSnooze(inHours(1))}>{t('For an hour')}</Menu.Item>
          <Menu.Item onClick={() => onSnooze(morning(1))}>{t('Until tomorrow morning')}</Menu.Item>
          <Menu.Item onClick={() => onSnooze(morning(7))}>{t('Until next week')}</Menu.Item>
          <Menu.Item onClick={() => setPicking(true)}>{t('Until a date and time…')}</Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Modal opened={picking} onClose={() => setPicking(false)} title={t('Snooze until')}>
        <Stack>
          <DateTimePicker
            label={t('Bring it back on')}
            value={when}
            onChange={setWhen}
            minDate={new Date()}
            valueFormat="YYYY-MM-DD HH:mm"
            placeholder={t('Pick a date and time')}
          />
          <Group justify="flex-end">
            <Button
              disabled={!when}
              onClick={() => {
                if (when) onSnooze(new Date(when));
                setPicking(false);
              }}
            >
              {t('Snooze')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
