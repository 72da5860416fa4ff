// Reassign a household's active CAS case manager to another user of the access point.
import { Alert, Button, Group, Modal, NativeSelect, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { personName } from '../enrollments/types.ts';
import { api, qs } from '../lib/api.ts';
import { fieldErrors } from '../lib/forms.ts';
import type { CasCase } from './cas-api.ts';

export function ReassignModal({ row, onClose, onDone }: { row: CasCase; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation('cas');
  const [userId, setUserId] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const users = useQuery({
    queryKey: ['assignable-users', row.OrganizationID],
    queryFn: () =>
      api.get<{ id: string; name: string }[]>(
        `/api/case-assignments/users${qs({ organizationId: row.OrganizationID })}`,
      ),
  });
  async function save() {
    try {
      await api.post(`/api/cas/households/${row.EnrollmentID}/case-manager`, { userId });
      onDone();
    } catch (e) {
      setErrors(fieldErrors(e));
    }
  }
  return (
    <Modal opened onClose={onClose} title={t("Reassign {{name}}'s household", { name: personName(row) })}>
      <Stack>
        <Text size="sm">
          {t('Now: {{names}}', { names: row.caseManagers.map((m) => m.name).join(', ') || t('nobody') })}
        </Text>
        {errors._form && !errors.userId && <Alert color="red">{errors._form}</Alert>}
        <NativeSelect
          label={t('New CAS case manager')}
          value={userId}
          error={errors.userId}
          data={[
            { value: '', label: t('Choose…') },
            ...(users.data ?? []).map((u) => ({ value: u.id, label: u.name })),
          ]}
          onChange={(e) => setUserId(e.currentTarget.value)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('Cancel')}
          </Button>
          <Button disabled={!userId} onClick={save}>
            {t('Reassign')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
