import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../lib/api.ts';
import { fieldErrors } from '../lib/forms.ts';
import { useMe, useSession } from './session.tsx';

export function ChangePasswordForm({ onDone }: { onDone?: () => void }) {
  const { t } = useTranslation('auth');
  const me = useMe();
  const { refresh } = useSession();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setSaved(false);
    if (newPassword !== confirm) return setErrors({ confirm: t('The two new passwords do not match') });
    setErrors({});
    try {
      await api.post('/api/auth/password', { currentPassword, newPassword });
      setSaved(true);
      setCurrent('');
      setNew('');
      setConfirm('');
      await refresh();
      onDone?.();
    } catch (err) {
      setErrors(fieldErrors(err));
    }
  }

  return (
    <Stack component="form" onSubmit={submit} maw={420} aria-label={t('Change password')}>
      {saved && <Alert color="green">{t('Password changed.')}</Alert>}
      {errors._form && !errors.currentPassword && !errors.newPassword && <Alert color="red">{errors._form}</Alert>}
      <PasswordInput
        label={t('Current password')}
        required
        value={currentPassword}
        error={errors.currentPassword}
        onChange={(e) => setCurrent(e.currentTarget.value)}
      />
      <PasswordInput
        label={t('New password')}
        description={me.passwordRules}
        required
        value={newPassword}
        error={errors.newPassword}
        onChange={(e) => setNew(e.currentTarget.value)}
      />
      <PasswordInput
        label={t('Confirm new password')}
        required
        value={confirm}
        error={errors.confirm}
        onChange={(e) => setConfirm(e.currentTarget.value)}
      />
      <Button type="submit" w="fit-content">
        {t('Change password')}
      </Button>
    </Stack>
  );
}

export function SecurityQuestionForm() {
  const { t } = useTranslation('auth');
  const { refresh } = useSession();
  const [currentPassword, setCurrent] = useState('');
  const [question, setQuestion] = useState('');
  const [answer, setAnswer] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setErrors({});
    setSaved(false);
    try {
      await api.put('/api/auth/security-question', { currentPassword, question, answer });
      setSaved(true);
      setCurrent('');
      setAnswer('');
      await refresh();
    } catch (err) {
      setErrors(fieldErrors(err));
    }
  }

  return (
    <Stack component="form" onSubmit={submit} maw={420} aria-label={t('Account recovery')}>
      {saved && <Alert color="green">{t('Recovery question saved.')}</Alert>}
      <PasswordInput
        label={t('Your password')}
        required
        value={currentPassword}
        error={errors.currentPassword}
        onChange={(e) => setCurrent(e.currentTarget.value)}
      />
      <TextInput
        label={t('Security question')}
        description={t('A question only you know the answer to.')}
        required
        value={question}
        error={errors.question}
        onChange={(e) => setQuestion(e.currentTarget.value)}
      />
      <TextInput
        label={t('Answer')}
        description={t('Case-sensitive: you must type it exactly the same way.')}
        required
        value={answer}
        error={errors.answer}
        onChange={(e) => setAnswer(e.currentTarget.value)}
      />
      <Button type="submit" w="fit-content">
        {t('Update recovery information')}
      </Button>
    </Stack>
  );
}
