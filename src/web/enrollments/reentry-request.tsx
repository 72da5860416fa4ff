// An exit more than 90 days old: only an HMIS admin may re-enter it, so a case manager is told why
// and may ask an admin in the app (the request lands in Admin → Re-entry requests).

import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../lib/api.ts';
import { errorMessage } from '../lib/forms.ts';

type OpenRequest = { id: string; reason: string; requestedAt: string } | null;

export function ReentryRequest({
  enrollmentId,
  exitDate,
  days,
}: {
  enrollmentId: string;
  exitDate: string;
  days: number;
}) {
  const { t } = useTranslation('enrollments');
  const qc = useQueryClient();
  const key = ['reentry-request', enrollmentId];
  const open = useQuery({
    queryKey: key,
    queryFn: async () =>
      (await api.get<{ request: OpenRequest }>(`/api/enrollments/${enrollmentId}/reentry-request`)).request,
  });
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function send() {
    setBusy(true);
    setError(null);
    try {
      await api.post(`/api/enrollments/${enrollmentId}/reentry-request`, { reason });
      setAsking(false);
      await qc.invalidateQueries({ queryKey: key });
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }
  return (
    <Alert color="gray" title={t('Re-entering this enrollment needs an HMIS admin')}>
      <Stack gap="xs">
        <Text size="sm">
          {t(
            'The exit ({{date}}) is {{days}} days old. Case managers can re-enter an enrollment within 90 days of its exit; after that only an HMIS admin can, so that reports already sent are not changed by mistake.',
            { date: exitDate, days },
          )}
        </Text>
        {open.data ? (
          <Text size="sm" fw={500}>
            {t('Re-entry requested on {{date}}: an HMIS admin will act on it.', {
              date: new Date(open.data.requestedAt).toLocaleDateString(),
            })}
          </Text>
        ) : (
          <Button size="xs" variant="light" w="fit-content" onClick={() => setAsking(true)}>
            {t('Ask an HMIS admin to re-enter it')}
          </Button>
        )}
      </Stack>
      <Modal opened={asking} onClose={() => setAsking(false)} title={t('Ask an HMIS admin to re-enter')}>
        <Stack>
          <Textarea
            label={t('Why should the enrollment be re-entered?')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
          />
          {error && <Alert color="red">{error}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setAsking(false)}>
              {t('Cancel')}
            </Button>
            <Button loading={busy} onClick={send}>
              {t('Send request')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Alert>
  );
}
