import { Alert, Anchor, Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../lib/api.ts';
import { fieldErrors } from '../lib/forms.ts';

// Forgot password: username → the user's own security question → answer and a new password.
export function RecoverPage() {
  const { t } = useTranslation('auth');
  const [username, setUsername] = useState('');
  const [question, setQuestion] = useState<string | null>(null);
  const [answer, setAnswer] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [done, setDone] = useState(false);

  async function findQuestion(e: FormEvent) {
    e.preventDefault();
    setErrors({});
    try {
      setQuestion((await api.post<{ question: string }>('/api/auth/recovery/question', { username })).question);
    } catch (err) {
      setErrors(fieldErrors(err));
    }
  }

  async function reset(e: FormEvent) {
    e.preventDefault();
    setErrors({});
    try {
      await api.post('/api/auth/recovery/reset', { username, answer, newPassword });
      setDone(true);
    } catch (err) {
      setErrors(fieldErrors(err));
    }
  }

  return (
    <Center mih="100vh" bg="gray.1">
      <Paper withBorder shadow="sm" p="xl" w="100%" maw={420} m="md">
        <Stack>
          <Title order={1}>{t('Recover your account')}</Title>
          {done ? (
            <Alert color="green" role="status">
              {t('Your password has been changed.')}{' '}
              <Anchor component={Link} to="/">
                {t('Sign in')}
              </Anchor>{' '}
              {t('with the new password.')}
            </Alert>
          ) : (
            <>
              {errors._form && (
                <Alert color="red" role="alert">
                  {errors._form}
                </Alert>
              )}
              {!question ? (
                <Stack component="form" onSubmit={findQuestion}>
                  <TextInput
                    label={t('Username')}
                    required
                    value={username}
                    onChange={(e) => setUsername(e.currentTarget.value)}
                  />
                  <Button type="submit">{t('Continue')}</Button>
                </Stack>
              ) : (
                <Stack component="form" onSubmit={reset}>
                  <Text fw={500}>{question}</Text>
                  <TextInput
                    label={t('Answer')}
                    description={t('Answers are case-sensitive.')}
                    required
                    value={answer}
                    error={errors.answer}
                    onChange={(e) => setAnswer(e.currentTarget.value)}
                  />
                  <PasswordInput
                    label={t('New password')}
                    description={t('At least 12 characters, not containing your username, and not a common password.')}
                    required
                    value={newPassword}
                    error={errors.newPassword}
                    onChange={(e) => setNewPassword(e.currentTarget.value)}
                  />
                  <Button type="submit">{t('Set new password')}</Button>
                </Stack>
              )}
              <Anchor component={Link} to="/" size="sm">
                {t('Back to sign in')}
              </Anchor>
            </>
          )}
        </Stack>
      </Paper>
    </Center>
  );
}
