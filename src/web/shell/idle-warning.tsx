// Warns before the server ends an idle session, and returns to sign-in when it has.

import { Button, Group, Modal, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMe, useSession } from '../auth/session.tsx';
import { ApiError, api } from '../lib/api.ts';

type Status = { idleExpiresAt: string };
const WARN_MS = 2 * 60_000;

export function IdleWarning() {
  const { t } = useTranslation('shell');
  const me = useMe();
  const { setMe } = useSession();
  const navigate = useNavigate();
  const [expiresAt, setExpiresAt] = useState<number | null>(null);
  const [now, setNow] = useState(Date.now());
  const idleMs = me.sessionIdleMinutes * 60_000;
  // Warn 2 minutes ahead, or at a quarter of the idle time when that is shorter.
  const warnMs = Math.min(WARN_MS, idleMs / 4);

  useEffect(() => {
    let stop = false;
    async function poll() {
      try {
        const s = await api.get<Status>('/api/auth/session-status');
        if (!stop) setExpiresAt(new Date(s.idleExpiresAt).getTime());
      } catch (e) {
        if (e instanceof ApiError && e.status === 401 && !stop) {
          setMe(null);
          navigate('/?ended=idle');
        }
      }
    }
    poll();
    const pollEvery = Math.max(1000, Math.min(30_000, idleMs / 6));
    const p = setInterval(poll, pollEvery);
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => {
      stop = true;
      clearInterval(p);
      clearInterval(t);
    };
  }, [idleMs, navigate, setMe]);

  const left = expiresAt === null ? Number.POSITIVE_INFINITY : expiresAt - now;
  const seconds = Math.max(0, Math.ceil(left / 1000));
  return (
    <Modal
      opened={left < warnMs}
      onClose={() => undefined}
      withCloseButton={false}
      title={t('Are you still there?')}
      centered
    >
      <Text mb="md" role="alert">
        {t('For the safety of client data you will be signed out in {{minutes}}:{{seconds}}.', {
          minutes: Math.floor(seconds / 60),
          seconds: String(seconds % 60).padStart(2, '0'),
        })}
      </Text>
      <Group justify="flex-end">
        <Button
          onClick={async () => {
            await api.get('/api/auth/me');
            const s = await api.get<Status>('/api/auth/session-status');
            setExpiresAt(new Date(s.idleExpiresAt).getTime());
          }}
        >
          {t('Stay signed in')}
        </Button>
      </Group>
    </Modal>
  );
}
