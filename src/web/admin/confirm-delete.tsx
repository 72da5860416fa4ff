import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../lib/forms.ts';

/** Asks before a (soft) delete and shows the server's reason if it refuses. */
export function ConfirmDelete(props: {
  what: string;
  consequence?: string;
  onCancel: () => void;
  onConfirm: () => Promise<void>;
}) {
  const { t } = useTranslation('admin');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <Modal opened onClose={props.onCancel} title={t('Delete?')}>
      <Stack>
        <Text>{t('Delete {{what}}?', { what: props.what })}</Text>
        {props.consequence && (
          <Text size="sm" c="dimmed">
            {props.consequence}
          </Text>
        )}
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onCancel}>
            {t('Cancel')}
          </Button>
          <Button
            color="red"
            loading={busy}
            onClick={async () => {
              setBusy(true);
              setError(null);
              try {
                await props.onConfirm();
              } catch (e) {
                setError(errorMessage(e));
              } finally {
                setBusy(false);
              }
            }}
          >
            {t('Delete')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
