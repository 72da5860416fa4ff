// After sign-in, someone without a security question is asked to set up account recovery (the
// seed's first-sign-in pop-up). It does not block the page; "Later" hides it for this session.

import { Alert, Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { useMe } from './session.tsx';

const key = (userId: string) => `hearth.recovery-prompt-dismissed.${userId}`;

export function RecoveryPrompt() {
  const { t } = useTranslation('auth');
  const me = useMe();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [dismissed, setDismissed] = useState(() => sessionStorage.getItem(key(me.id)) === '1');
  if (me.hasSecurityQuestion || dismissed || pathname === '/settings') return null;
  const later = () => {
    sessionStorage.setItem(key(me.id), '1');
    setDismissed(true);
  };
  return (
    <Alert
      role="region"
      color="yellow"
      title={t('Set up account recovery')}
      mb="md"
      withCloseButton
      closeButtonLabel={t('Remind me later')}
      onClose={later}
    >
      <Text size="sm">
        {t(
          'Choose a security question now: if you forget your password, you can then reset it yourself instead of waiting for an HMIS admin.',
        )}
      </Text>
      <Group mt="xs" gap="xs">
        <Button size="xs" onClick={() => navigate('/settings')}>
          {t('Set up account recovery')}
        </Button>
        <Button size="xs" variant="default" onClick={later}>
          {t('Later')}
        </Button>
      </Group>
    </Alert>
  );
}
