import { Alert, Button, Card, Select, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage, LANGUAGES, switchLanguage } from '../i18n/i18n.ts';
import { api } from '../lib/api.ts';
import { errorMessage } from '../lib/forms.ts';
import { EmailPreferences } from '../notifications/email-preferences.tsx';
import { ChangePasswordForm, SecurityQuestionForm } from './account-forms.tsx';
import { type Me, useMe, useSession } from './session.tsx';

export function SettingsPage() {
  const { t } = useTranslation('auth');
  const me = useMe();
  return (
    <Stack>
      <Title order={1}>{t('Settings')}</Title>
      {!me.hasSecurityQuestion && (
        <Alert color="yellow" title={t('Set up account recovery')}>
          {t('Without a security question, only an HMIS admin can reset your password if you forget it.')}
        </Alert>
      )}
      <Card withBorder>
        <Title order={3} mb="sm">
          {t('Language')}
        </Title>
        <LanguagePicker />
      </Card>
      <Card withBorder>
        <Title order={3} mb="sm">
          {t('Organization')}
        </Title>
        <OrganizationSwitcher />
      </Card>
      <Card withBorder>
        <Title order={3} mb="sm">
          {t('Security Settings: account recovery')}
        </Title>
        <SecurityQuestionForm />
      </Card>
      <Card withBorder>
        <Title order={3} mb="sm">
          {t('Change password')}
        </Title>
        <ChangePasswordForm />
      </Card>
      <Card withBorder>
        <Title order={3} mb="sm">
          {t('Email notifications')}
        </Title>
        <EmailPreferences />
      </Card>
    </Stack>
  );
}

/** The screens' language, saved on the account so it follows the user to any device. */
function LanguagePicker() {
  const { t } = useTranslation('auth');
  const me = useMe();
  const { setMe } = useSession();
  const [error, setError] = useState<string | null>(null);
  return (
    <Stack gap={4}>
      <Select
        label={t('Language of the screens')}
        description={t('Saved with your account: it applies wherever you sign in.')}
        data={LANGUAGES.map((l) => ({ value: l.code, label: l.label }))}
        value={me.language ?? currentLanguage()}
        allowDeselect={false}
        w={360}
        onChange={async (value) => {
          const language = LANGUAGES.find((l) => l.code === value)?.code;
          if (!language) return;
          setError(null);
          try {
            await switchLanguage(language);
            setMe(await api.patch<Me>('/api/auth/settings', { language }));
          } catch (e) {
            setError(errorMessage(e));
          }
        }}
      />
      {error && <Alert color="red">{error}</Alert>}
    </Stack>
  );
}

export function OrganizationSwitcher({ compact, fullWidth }: { compact?: boolean; fullWidth?: boolean }) {
  const { t } = useTranslation('auth');
  const me = useMe();
  const { setMe } = useSession();
  const [error, setError] = useState<string | null>(null);
  return (
    <Stack gap={4}>
      <Select
        label={compact ? undefined : t('Working as organization')}
        aria-label={t('Current organization')}
        data={me.organizations.map((o) => ({ value: o.id, label: o.name }))}
        value={me.currentOrganizationId}
        allowDeselect={false}
        size={compact ? 'xs' : 'sm'}
        w={fullWidth ? '100%' : compact ? 260 : 360}
        onChange={async (id) => {
          if (!id) return;
          try {
            setMe(await api.put<Me>('/api/auth/organization', { organizationId: id }));
          } catch (e) {
            setError(errorMessage(e));
          }
        }}
      />
      {error && <Alert color="red">{error}</Alert>}
    </Stack>
  );
}

export function MustChangePasswordPage() {
  const { t } = useTranslation('auth');
  const { setMe } = useSession();
  return (
    <Stack p="xl" maw={480} mx="auto">
      <Title order={1}>{t('Choose your own password')}</Title>
      <Alert color="blue">
        {t('Your account was created with an initial password. Choose a new one to continue.')}
      </Alert>
      <ChangePasswordForm />
      <Button
        variant="subtle"
        w="fit-content"
        onClick={async () => {
          await api.post('/api/auth/logout');
          setMe(null);
        }}
      >
        {t('Sign out')}
      </Button>
    </Stack>
  );
}
