import { Alert, Button, Card, Select, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { api } from '../lib/api.ts';
import { errorMessage } from '../lib/forms.ts';
import { EmailPreferences } from '../notifications/email-preferences.tsx';
import { ChangePasswordForm, SecurityQuestionForm } from './account-forms.tsx';
import { type Me, useMe, useSession } from './session.tsx';

export function SettingsPage() {
  const me = useMe();
  return (
    <Stack>
      <Title order={2}>Settings</Title>
      {!me.hasSecurityQuestion && (
        <Alert color="yellow" title="Set up account recovery">
          Without a security question, only an HMIS admin can reset your password if you forget it.
        </Alert>
      )}
      <Card withBorder>
        <Title order={3} mb="sm">
          Organization
        </Title>
        <OrganizationSwitcher />
      </Card>
      <Card withBorder>
        <Title order={3} mb="sm">
          Security Settings: account recovery
        </Title>
        <SecurityQuestionForm />
      </Card>
      <Card withBorder>
        <Title order={3} mb="sm">
          Change password
        </Title>
        <ChangePasswordForm />
      </Card>
      <Card withBorder>
        <Title order={3} mb="sm">
          Email notifications
        </Title>
        <EmailPreferences />
      </Card>
    </Stack>
  );
}

export function OrganizationSwitcher({ compact }: { compact?: boolean }) {
  const me = useMe();
  const { setMe } = useSession();
  const [error, setError] = useState<string | null>(null);
  return (
    <Stack gap={4}>
      <Select
        label={compact ? undefined : 'Working as organization'}
        aria-label="Current organization"
        data={me.organizations.map((o) => ({ value: o.id, label: o.name }))}
        value={me.currentOrganizationId}
        allowDeselect={false}
        size={compact ? 'xs' : 'sm'}
        w={compact ? 260 : 360}
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
  const { setMe } = useSession();
  return (
    <Stack p="xl" maw={480} mx="auto">
      <Title order={2}>Choose your own password</Title>
      <Alert color="blue">Your account was created with an initial password. Choose a new one to continue.</Alert>
      <ChangePasswordForm />
      <Button
        variant="subtle"
        w="fit-content"
        onClick={async () => {
          await api.post('/api/auth/logout');
          setMe(null);
        }}
      >
        Sign out
      </Button>
    </Stack>
  );
}
