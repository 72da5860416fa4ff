// Delete (with the "Delete service record?" confirmation) for services the user may delete,
// and Request deletion (sent to the HMIS admins) for anyone else's.
import { Alert, Badge, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, qs } from '../lib/api.ts';
import { errorMessage } from '../lib/forms.ts';
import type { Service } from './service-api.ts';

export function ServiceActions({ service }: { service: Service }) {
  const { t } = useTranslation('services');
  const qc = useQueryClient();
  const [mode, setMode] = useState<'delete' | 'request' | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const close = () => {
    setMode(null);
    setError(null);
    setReason('');
  };
  async function run(action: () => Promise<unknown>) {
    setBusy(true);
    setError(null);
    try {
      await action();
      close();
      await qc.invalidateQueries({ queryKey: ['services'] });
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }
  const what = t('{{service}} on {{date}} for client {{id}}', {
    service: service.serviceName,
    date: service.DateProvided,
    id: service.PersonalID,
  });

  if (service.deletionRequested) return <Badge color="orange">{t('Deletion requested')}</Badge>;
  return (
    <>
      {service.canDelete ? (
        <Button
          size="xs"
          variant="subtle"
          color="red"
          aria-label={t('Delete {{what}}', { what })}
          onClick={() => setMode('delete')}
        >
          {t('Delete')}
        </Button>
      ) : (
        <Button
          size="xs"
          variant="subtle"
          aria-label={t('Request deletion of {{what}}', { what })}
          onClick={() => setMode('request')}
        >
          {t('Request deletion')}
        </Button>
      )}
      <Modal opened={mode === 'delete'} onClose={close} title={t('Delete service record?')}>
        <Stack>
          <Text>{t('{{what}} will be deleted.', { what })}</Text>
          {error && <Alert color="red">{error}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('No')}
            </Button>
            <Button
              color="red"
              loading={busy}
              onClick={() => run(() => api.delete(`/api/services/${service.id}${qs({ version: service.version })}`))}
            >
              {t('Yes')}
            </Button>
          </Group>
        </Stack>
      </Modal>
      <Modal opened={mode === 'request'} onClose={close} title={t('Request deletion')}>
        <Stack>
          <Text>
            {t('{{user}} recorded {{what}}. An HMIS admin will review your request and delete it if it is wrong.', {
              user: service.recordedBy.name,
              what,
            })}
          </Text>
          <Textarea
            label={t('Why should it be deleted?')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
          />
          {error && <Alert color="red">{error}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('Cancel')}
            </Button>
            <Button
              loading={busy}
              onClick={() => run(() => api.post(`/api/services/${service.id}/deletion-requests`, { reason }))}
            >
              {t('Send request')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
