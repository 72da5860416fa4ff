// Admin → CAS set-up: the lead agency, CAS administrators, prioritizing users, each housing
// provider's CAS contact, and the days without contact after which case managers are reminded.
import {
  Alert,
  Button,
  Card,
  Group,
  MultiSelect,
  NativeSelect,
  NumberInput,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CasSettingsView } from '../../server/cas/settings.schema.ts';
import { api } from '../lib/api.ts';
import { fieldErrors } from '../lib/forms.ts';

type User = { id: string; firstName: string; lastName: string; organizationIds: string[]; active: boolean };
type Org = { OrganizationID: string; OrganizationName: string };
type Form = {
  leadOrganizationId: string;
  noContactDays: number;
  admins: string[];
  prioritizers: string[];
  providerContacts: { organizationId: string; userId: string }[];
};

export function CasSettingsPage() {
  const { t } = useTranslation('cas');
  const qc = useQueryClient();
  const settings = useQuery({
    queryKey: ['admin', 'cas', 'settings'],
    queryFn: () => api.get<CasSettingsView>('/api/admin/cas/settings'),
  });
  const users = useQuery({
    queryKey: ['admin', 'users', 'active'],
    queryFn: () => api.get<{ items: User[] }>('/api/admin/users?active=true'),
  });
  const orgs = useQuery({
    queryKey: ['organizations'],
    queryFn: () => api.get<{ items: Org[] }>('/api/organizations'),
  });
  const [form, setForm] = useState<Form | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  useEffect(() => {
    const s = settings.data;
    if (s)
      setForm({
        leadOrganizationId: s.leadOrganizationId ?? '',
        noContactDays: s.noContactDays,
        admins: s.admins.map((u) => u.userId),
        prioritizers: s.prioritizers.map((u) => u.userId),
        providerContacts: s.providerContacts.map(({ organizationId, userId }) => ({ organizationId, userId })),
      });
  }, [settings.data]);
  if (!form || !users.data || !orgs.data) return <Text>{t('Loading…')}</Text>;
  const userName = (u: User) => `${u.firstName} ${u.lastName}`;
  const usersOf = (org: string) => users.data.items.filter((u) => u.organizationIds.includes(org));
  const staffOptions = usersOf(form.leadOrganizationId).map((u) => ({ value: u.id, label: userName(u) }));
  const setContact = (i: number, patch: Partial<Form['providerContacts'][number]>) =>
    setForm({ ...form, providerContacts: form.providerContacts.map((c, j) => (j === i ? { ...c, ...patch } : c)) });
  async function save() {
    if (!form || !settings.data) return;
    try {
      setErrors({});
      const saved = await api.put<CasSettingsView>('/api/admin/cas/settings', {
        ...form,
        leadOrganizationId: form.leadOrganizationId || null,
        version: settings.data.version,
      });
      qc.setQueryData(['admin', 'cas', 'settings'], saved);
      qc.invalidateQueries({ queryKey: ['cas', 'me'] });
      notifications.show({ color: 'green', message: t('CAS set-up saved') });
    } catch (e) {
      setErrors(fieldErrors(e));
    }
  }
  const firstError = (prefix: string) => Object.entries(errors).find(([k]) => k.startsWith(prefix))?.[1];
  return (
    <Stack>
      <Title order={1}>{t('CAS set-up')}</Title>
      {errors._form && <Alert color="red">{errors._form}</Alert>}
      <Card withBorder>
        <Stack>
          <NativeSelect
            label={t('CAS lead organization')}
            value={form.leadOrganizationId}
            error={errors.leadOrganizationId}
            data={[
              { value: '', label: t('Choose…') },
              ...orgs.data.items.map((o) => ({ value: o.OrganizationID, label: o.OrganizationName })),
            ]}
            onChange={(e) => setForm({ ...form, leadOrganizationId: e.currentTarget.value })}
            maw={420}
          />
          <MultiSelect
            label={t('CAS administrators')}
            description={t('Users of the lead organization; told of every referral result')}
            data={staffOptions}
            value={form.admins}
            error={firstError('admins')}
            onChange={(admins) => setForm({ ...form, admins })}
            searchable
            maw={520}
          />
          <MultiSelect
            label={t('Prioritizing users')}
            description={t(
              'See the prioritization list, refer households; told when a household is placed on the queue',
            )}
            data={staffOptions}
            value={form.prioritizers}
            error={firstError('prioritizers')}
            onChange={(prioritizers) => setForm({ ...form, prioritizers })}
            searchable
            maw={520}
          />
          <NumberInput
            label={t('Days without contact before case managers are reminded')}
            value={form.noContactDays}
            error={errors.noContactDays}
            min={1}
            max={365}
            w={320}
            onChange={(v) => setForm({ ...form, noContactDays: typeof v === 'number' ? v : 30 })}
          />
        </Stack>
      </Card>
      <Card withBorder>
        <Title order={3}>{t("Housing providers' CAS contacts")}</Title>
        <Text size="sm" c="dimmed">
          {t('One user per provider receives the referrals to its projects.')}
        </Text>
        <Table aria-label={t('CAS contacts')}>
          <Table.Tbody>
            {form.providerContacts.map((c, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: unsaved rows have no identity
              <Table.Tr key={i}>
                <Table.Td>
                  <NativeSelect
                    aria-label={t('Provider {{n}}', { n: i + 1 })}
                    value={c.organizationId}
                    error={errors[`providerContacts.${i}.organizationId`]}
                    data={[
                      { value: '', label: t('Choose…') },
                      ...orgs.data.items.map((o) => ({ value: o.OrganizationID, label: o.OrganizationName })),
                    ]}
                    onChange={(e) => setContact(i, { organizationId: e.currentTarget.value, userId: '' })}
                  />
                </Table.Td>
                <Table.Td>
                  <NativeSelect
                    aria-label={t('CAS contact {{n}}', { n: i + 1 })}
                    value={c.userId}
                    error={errors[`providerContacts.${i}.userId`]}
                    data={[
                      { value: '', label: t('Choose…') },
                      ...usersOf(c.organizationId).map((u) => ({ value: u.id, label: userName(u) })),
                    ]}
                    onChange={(e) => setContact(i, { userId: e.currentTarget.value })}
                  />
                </Table.Td>
                <Table.Td>
                  <Button
                    variant="subtle"
                    color="red"
                    onClick={() =>
                      setForm({ ...form, providerContacts: form.providerContacts.filter((_, j) => j !== i) })
                    }
                  >
                    {t('Remove')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Group mt="xs">
          <Button
            variant="default"
            onClick={() =>
              setForm({ ...form, providerContacts: [...form.providerContacts, { organizationId: '', userId: '' }] })
            }
          >
            {t('Add a provider contact')}
          </Button>
        </Group>
      </Card>
      <Group>
        <Button onClick={save}>{t('Save CAS set-up')}</Button>
      </Group>
    </Stack>
  );
}
