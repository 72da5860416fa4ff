// Settings → Email notifications: which kinds also come by email (they always show in Hearth).
import { Alert, Checkbox, Stack, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../lib/api.ts';
import { errorMessage } from '../lib/forms.ts';

type Preferences = {
  email: string | null;
  emailConfigured: boolean;
  kinds: { kind: string; label: string; description: string; email: boolean }[];
};
const KEY = ['notifications', 'email-preferences'];

export function EmailPreferences() {
  const { t } = useTranslation('notifications');
  const qc = useQueryClient();
  const prefs = useQuery({
    queryKey: KEY,
    queryFn: () => api.get<Preferences>('/api/notifications/email-preferences'),
  });
  const [error, setError] = useState<string | null>(null);
  async function toggle(kind: string, email: boolean) {
    setError(null);
    try {
      qc.setQueryData(
        KEY,
        await api.put<Preferences>('/api/notifications/email-preferences', { kinds: [{ kind, email }] }),
      );
    } catch (e) {
      setError(errorMessage(e));
    }
  }
  if (!prefs.data) return prefs.isError ? <Alert color="red">{errorMessage(prefs.error)}</Alert> : null;
  const { email, emailConfigured, kinds } = prefs.data;
  return (
    <Stack gap="xs">
      <Text size="sm">
        {t('Emails name no client: they carry the kind of notification, the client ID and a link into Hearth.')}
        {!emailConfigured && ` ${t('This Hearth does not send email yet (ask your HMIS admin).')}`}
        {emailConfigured && !email && ` ${t('Your account has no email address: ask your HMIS admin to add one.')}`}
      </Text>
      {error && <Alert color="red">{error}</Alert>}
      {kinds.map((k) => (
        <Checkbox
          key={k.kind}
          label={k.label}
          description={k.description}
          checked={k.email}
          onChange={(e) => toggle(k.kind, e.currentTarget.checked)}
        />
      ))}
    </Stack>
  );
}
