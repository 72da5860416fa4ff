// Schedule Report: run this report with these parameters once at a chosen time, or daily, weekly
// or monthly from then; each run's file lands on Files on Server.
import { Alert, Button, Group, Modal, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ScheduleView } from '../../../server/reports/schedules/schemas.ts';
import { tKey } from '../../i18n/keys.ts';
import { api } from '../../lib/api.ts';
import { fieldErrors } from '../../lib/forms.ts';
import type { Params } from './report-api.ts';

const pad = (n: number) => String(n).padStart(2, '0');
const localInput = (d: Date) =>
  `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;

/** Labels are translation keys of the 'reports' namespace: translate them where they are shown. */
export const FREQUENCIES = [
  { value: 'once', label: tKey('Once') },
  { value: 'daily', label: tKey('Every day') },
  { value: 'weekly', label: tKey('Every week') },
  { value: 'monthly', label: tKey('Every month') },
];
const FORMATS = [
  { value: 'xlsx', label: tKey('Excel') },
  { value: 'pdf', label: tKey('PDF') },
  { value: 'csv', label: tKey('CSV') },
];

export function ScheduleDialog({
  opened,
  onClose,
  reportId,
  reportTitle,
  parameters,
  existing,
}: {
  opened: boolean;
  onClose: () => void;
  reportId: string;
  reportTitle: string;
  parameters: Params;
  existing?: ScheduleView;
}) {
  const { t } = useTranslation('reports');
  const qc = useQueryClient();
  const [name, setName] = useState(existing?.name ?? reportTitle);
  const [frequency, setFrequency] = useState<string>(existing?.frequency ?? 'once');
  const [format, setFormat] = useState<string>(existing?.format ?? 'xlsx');
  const [runAt, setRunAt] = useState(
    localInput(existing ? new Date(existing.runAt) : new Date(Date.now() + 3_600_000)),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);

  async function save() {
    setErrors({});
    const at = new Date(runAt);
    const body = {
      name,
      parameters,
      format,
      frequency,
      runAt: Number.isNaN(at.getTime()) ? runAt : at.toISOString(),
      paused: existing?.paused ?? false,
    };
    try {
      if (existing) await api.put(`/api/report-schedules/${existing.id}`, { ...body, version: existing.version });
      else await api.post('/api/report-schedules', { ...body, report: reportId });
      await qc.invalidateQueries({ queryKey: ['report-schedules'] });
      if (existing) onClose();
      else setSaved(true);
    } catch (e) {
      setErrors(fieldErrors(e));
    }
  }

  return (
    <Modal opened={opened} onClose={onClose} title={existing ? t('Edit schedule') : t('Schedule Report')}>
      {saved ? (
        <Stack>
          <Alert color="green">
            <Trans
              t={t}
              i18nKey="Scheduled. Each run’s file will appear on Files on Server. You can pause, edit or delete it under <0>My Scheduled Reports</0>."
              components={[<Link key="schedules" to="/reports/schedules" />]}
            />
          </Alert>
          <Group justify="end">
            <Button onClick={onClose}>{t('Close')}</Button>
          </Group>
        </Stack>
      ) : (
        <Stack>
          <Text size="sm" c="dimmed">
            {t('{{report}}, with the parameters on the form.', { report: reportTitle })}
          </Text>
          <TextInput
            label={t('Schedule name')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors.name}
          />
          <TextInput
            type="datetime-local"
            label={frequency === 'once' ? t('Run at') : t('First run')}
            value={runAt}
            onChange={(e) => setRunAt(e.currentTarget.value)}
            error={errors.runAt}
          />
          <NativeSelect
            label={t('Repeat')}
            value={frequency}
            onChange={(e) => setFrequency(e.currentTarget.value)}
            data={FREQUENCIES.map((f) => ({ value: f.value, label: t(f.label) }))}
            error={errors.frequency}
          />
          <NativeSelect
            label={t('Format')}
            value={format}
            onChange={(e) => setFormat(e.currentTarget.value)}
            data={FORMATS.map((f) => ({ value: f.value, label: t(f.label) }))}
          />
          {errors._form && <Alert color="red">{errors._form}</Alert>}
          <Group justify="end">
            <Button variant="default" onClick={onClose}>
              {t('Cancel')}
            </Button>
            <Button onClick={save}>{existing ? t('Save schedule') : t('Schedule')}</Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
