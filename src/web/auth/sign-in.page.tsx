import { Alert, Anchor, Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../lib/api.ts';
import { errorMessage } from '../lib/forms.ts';
import { type Me, useSession } from './session.tsx';

export function SignInPage() {
  const { t } = useTranslation('auth');
  const { setMe } = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ended = new URLSearchParams(window.location.search).get('ended');

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const { user } = await api.post<{ user: Me }>('/api/auth/login', { username, password });
      setMe(user);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Center mih="100vh" bg="gray.1">
      <Paper
        component="form"
        onSubmit={submit}
        withBorder
        shadow="sm"
        p="xl"
        w="100%"
        maw={380}
        m="md"
        aria-label={t('Sign in')}
      >
        <Stack>
          <Title order={1}>{t('Hearth HMIS')}</Title>
          <Text c="dimmed" size="sm">
            {t('Sign in with your HMIS username and password.')}
          </Text>
          {ended === 'idle' && (
            <Alert color="yellow" role="status">
              {t('You were signed out after a period of inactivity.')}
            </Alert>
          )}
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <TextInput
            label={t('Username')}
            autoComplete="username"
            required
            autoFocus
            value={username}
            onChange={(e) => setUsername(e.currentTarget.value)}
          />
          <PasswordInput
            label={t('Password')}
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
          />
          <Button type="submit" loading={busy}>
            {t('Sign in')}
          </Button>
          <Anchor component={Link} to="/recover" size="sm">
            {t('Forgot your password?')}
          </Anchor>
        </Stack>
      </Paper>
    </Center>
  );
}
