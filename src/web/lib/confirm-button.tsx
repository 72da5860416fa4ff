// A button whose action needs a second "yes": it asks in a dialog first (restart a workflow,
// remove a photo, end a case assignment), and shows the server's reason if the action fails.

import { Alert, Button, type ButtonProps, Group, Modal, Stack, Text } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from './forms.ts';

type Props = Omit<ButtonProps, 'onClick'> & {
  children: ReactNode;
  /** The dialog's title, a question ("Remove the photo?"). */
  title: string;
  /** What happens, in a sentence. */
  message: ReactNode;
  /** The confirming button's label ("Remove photo"). */
  confirmLabel: string;
  onConfirm: () => Promise<unknown>;
  'aria-label'?: string;
};

export function ConfirmButton({ children, title, message, confirmLabel, onConfirm, ...button }: Props) {
  const { t } = useTranslation('lib');
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <Button {...button} onClick={() => setOpen(true)}>
        {children}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={title}>
        <Stack>
          <Text size="sm">{message}</Text>
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)}>
              {t('Cancel')}
            </Button>
            <Button
              color={button.color ?? 'red'}
              loading={busy}
              onClick={async () => {
                setBusy(true);
                setError(null);
                try {
                  await onConfirm();
                  setOpen(false);
                } catch (e) {
                  setError(errorMessage(e));
                } finally {
                  setBusy(false);
                }
              }}
            >
              {confirmLabel}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
