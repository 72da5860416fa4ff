// Add or edit a user: names, contact, roles, organizations (and, for a new user, the initial password).
import { Alert, Button, Checkbox, Group, Modal, MultiSelect, PasswordInput, SimpleGrid, Stack } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserRecord } from '../../server/admin/user.schema.ts';
import type { Role } from '../auth/session.tsx';
import { useMe } from '../auth/session.tsx';
import { tKey } from '../i18n/keys.ts';
import { api } from '../lib/api.ts';
import { adminFieldErrors } from './admin-forms.ts';
import { TextField } from './fields.tsx';

/** Role names as translation keys of the 'admin' namespace: translate them where they are shown. */
export const ROLE_LABELS: Record<Role, string> = {
  case_manager: tKey('Case manager'),
  program_manager: tKey('Program manager'),
  data_quality_officer: tKey('Data quality officer'),
  hmis_admin: tKey('HMIS admin'),
};

export function UserForm(props: {
  user: UserRecord | null;
  organizations: { OrganizationID: string; OrganizationName: string }[];
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation('admin');
  const me = useMe();
  const u = props.user;
  const [username, setUsername] = useState('');
  const [firstName, setFirstName] = useState(u?.firstName ?? '');
  const [lastName, setLastName] = useState(u?.lastName ?? '');
  const [email, setEmail] = useState(u?.email ?? '');
  const [phone, setPhone] = useState(u?.phone ?? '');
  const [roles, setRoles] = useState<string[]>(u?.roles.filter((r) => r !== 'case_manager') ?? []);
  const [organizationIds, setOrganizationIds] = useState<string[]>(u?.organizationIds ?? []);
  const [initialPassword, setInitialPassword] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setErrors({});
    const body = { firstName, lastName, email, phone: phone || null, roles, organizationIds };
    try {
      if (u) await api.put(`/api/admin/users/${u.id}`, { ...body, version: u.version });
      else await api.post('/api/admin/users', { ...body, username, initialPassword });
      props.onSaved();
    } catch (err) {
      setErrors(adminFieldErrors(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      opened
      onClose={props.onClose}
      title={u ? t('Edit {{name}}', { name: u.username }) : t('Add user')}
      size="lg"
    >
      <Stack component="form" onSubmit={submit} aria-label={t('User')}>
        {errors._form && (
          <Alert color="red" role="alert">
            {errors._form}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {!u && (
            <TextField label={t('Username')} required value={username} error={errors.username} onChange={setUsername} />
          )}
          <TextField
            label={t('First name')}
            required
            value={firstName}
            error={errors.firstName}
            onChange={setFirstName}
          />
          <TextField label={t('Last name')} required value={lastName} error={errors.lastName} onChange={setLastName} />
          <TextField label={t('Email')} required value={email} error={errors.email} onChange={setEmail} />
          <TextField label={t('Phone')} value={phone} error={errors.phone} onChange={setPhone} />
        </SimpleGrid>
        <Checkbox.Group
          label={t('Roles')}
          description={t('Every user is a case manager; add the roles this user has on top.')}
          value={roles}
          onChange={setRoles}
          error={errors.roles}
        >
          <Group mt="xs">
            {(['program_manager', 'data_quality_officer', 'hmis_admin'] as const).map((r) => (
              <Checkbox key={r} value={r} label={t(ROLE_LABELS[r])} disabled={u?.id === me.id && r === 'hmis_admin'} />
            ))}
          </Group>
        </Checkbox.Group>
        <MultiSelect
          label={t('Organizations')}
          description={t('The organizations this user may work as')}
          required
          searchable
          data={props.organizations.map((o) => ({ value: o.OrganizationID, label: o.OrganizationName }))}
          value={organizationIds}
          onChange={setOrganizationIds}
          error={errors.organizationIds}
        />
        {!u && (
          <PasswordInput
            label={t('Initial password')}
            description={t('{{rules}} The user must change it at first sign-in.', { rules: me.passwordRules })}
            required
            value={initialPassword}
            error={errors.initialPassword}
            onChange={(e) => setInitialPassword(e.currentTarget.value)}
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            {t('Cancel')}
          </Button>
          <Button type="submit" loading={busy}>
            {t('Save user')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** Sets a temporary password the user must change at next sign-in; also unlocks the account. */
export function ResetPasswordForm(props: { user: UserRecord; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation('admin');
  const [temporaryPassword, setPassword] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  async function submit(e: FormEvent) {
    e.preventDefault();
    setErrors({});
    try {
      await api.post(`/api/admin/users/${props.user.id}/reset-password`, {
        temporaryPassword,
        version: props.user.version,
      });
      props.onSaved();
    } catch (err) {
      setErrors(adminFieldErrors(err));
    }
  }
  return (
    <Modal opened onClose={props.onClose} title={t('Reset password of {{name}}', { name: props.user.username })}>
      <Stack component="form" onSubmit={submit} aria-label={t('Reset password')}>
        {errors._form && !errors.temporaryPassword && <Alert color="red">{errors._form}</Alert>}
        <PasswordInput
          label={t('Temporary password')}
          description={t(
            'Tell the user in person or by phone. They must change it when they sign in; the account is unlocked and signed out everywhere.',
          )}
          required
          value={temporaryPassword}
          error={errors.temporaryPassword}
          onChange={(e) => setPassword(e.currentTarget.value)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            {t('Cancel')}
          </Button>
          <Button type="submit">{t('Reset password')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
