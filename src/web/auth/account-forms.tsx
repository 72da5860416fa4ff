import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { api } from '../lib/api.ts';
import { fieldErrors } from '../lib/forms.ts';
import { useMe, useSession } from './session.tsx';

export function ChangePasswordForm({ onDone }: { onDone?: () => void }) {
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
    if (newPassword !== confirm) return setErrors({ confirm: 'The two new passwords do not match' });
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
    <Stack component="form" onSubmit={submit} maw={420} aria-label="Change password">
      {saved && <Alert color="green">Password changed.</Alert>}
      {errors._form && !errors.currentPassword && !errors.newPassword && <Alert color="red">{errors._form}</Alert>}
      <PasswordInput
        label="Current password"
        required
        value={currentPassword}
        error={errors.currentPassword}
        onChange={(e) => setCurrent(e.currentTarget.value)}
      />
      <PasswordInput
        label="New password"
        description={me.passwordRules}
        required
        value={newPassword}
        error={errors.newPassword}
        onChange={(e) => setNew(e.currentTarget.value)}
      />
      <PasswordInput
        label="Confirm new password"
        required
        value={confirm}
        error={errors.confirm}
        onChange={(e) => setConfirm(e.currentTarget.value)}
      />
      <Button type="submit" w="fit-content">
        Change password
      </Button>
    </Stack>
  );
}

export function SecurityQuestionForm() {
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
    <Stack component="form" onSubmit={submit} maw={420} aria-label="Account recovery">
      {saved && <Alert color="green">Recovery question saved.</Alert>}
      <PasswordInput
        label="Your password"
        required
        value={currentPassword}
        error={errors.currentPassword}
        onChange={(e) => setCurrent(e.currentTarget.value)}
      />
      <TextInput
        label="Security question"
        description="A question only you know the answer to."
        required
        value={question}
        error={errors.question}
        onChange={(e) => setQuestion(e.currentTarget.value)}
      />
      <TextInput
        label="Answer"
        description="Case-sensitive: you must type it exactly the same way."
        required
        value={answer}
        error={errors.answer}
        onChange={(e) => setAnswer(e.currentTarget.value)}
      />
      <Button type="submit" w="fit-content">
        Update recovery information
      </Button>
    </Stack>
  );
}
