// /clients/:personalId/case-managers — Profile → Case Managers: active and inactive case
// managers, Add Case Assignment, and ending one.
import { Alert, Badge, Button, Card, Group, NativeSelect, Stack, Table, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../auth/session.tsx';
import { ClientFrame } from '../clients/client-frame.tsx';
import { useClientEnrollments } from '../enrollments/client-enrollments.page.tsx';
import { DateField } from '../enrollments/hud-inputs.tsx';
import { api, qs } from '../lib/api.ts';
import { ConfirmButton } from '../lib/confirm-button.tsx';
import { fieldErrors } from '../lib/forms.ts';
import { UserPicker } from './user-picker.tsx';

export type Assignment = {
  id: string;
  userName: string;
  organizationName: string;
  ProjectName: string | null;
  startDate: string;
  endDate: string | null;
  active: boolean;
  version: number;
};

export const useClientAssignments = (personalId: string | undefined) =>
  useQuery({
    queryKey: ['case-assignments', personalId],
    enabled: Boolean(personalId),
    queryFn: () => api.get<Assignment[]>(`/api/case-assignments${qs({ PersonalID: personalId })}`),
  });

export function AssignmentsTable({ rows, onEnd }: { rows: Assignment[]; onEnd?: (a: Assignment) => Promise<void> }) {
  const { t } = useTranslation('case-assignments');
  return (
    <Table aria-label={t('Case managers')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('Case manager')}</Table.Th>
          <Table.Th>{t('Organization')}</Table.Th>
          <Table.Th>{t('Enrollment')}</Table.Th>
          <Table.Th>{t('Start')}</Table.Th>
          <Table.Th>{t('End')}</Table.Th>
          <Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((a) => (
          <Table.Tr key={a.id}>
            <Table.Td>{a.userName}</Table.Td>
            <Table.Td>{a.organizationName}</Table.Td>
            <Table.Td>{a.ProjectName ?? '—'}</Table.Td>
            <Table.Td>{a.startDate}</Table.Td>
            <Table.Td>{a.endDate ?? <Badge color="green">{t('Active')}</Badge>}</Table.Td>
            <Table.Td>
              {a.active && onEnd && (
                <ConfirmButton
                  size="xs"
                  variant="subtle"
                  color="red"
                  title={t("End {{userName}}'s assignment?", { userName: a.userName })}
                  message={t("{{userName}} will no longer be this client's case manager from today.", {
                    userName: a.userName,
                  })}
                  confirmLabel={t('End assignment')}
                  onConfirm={() => onEnd(a)}
                  aria-label={t('End assignment of {{userName}}', { userName: a.userName })}
                >
                  {t('End')}
                </ConfirmButton>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** Profile → Case Managers. */
export function ClientCaseManagersPage() {
  return <ClientFrame>{(client) => <CaseManagers personalId={client.PersonalID} />}</ClientFrame>;
}

function CaseManagers({ personalId }: { personalId: string }) {
  const { t } = useTranslation('case-assignments');
  const qc = useQueryClient();
  const list = useClientAssignments(personalId);
  const [userId, setUserId] = useState<string | null>(null);
  const [startDate, setStartDate] = useState<string | null>(new Date().toLocaleDateString('en-CA'));
  const me = useMe();
  const enrollments = useClientEnrollments(personalId);
  // The client's enrollments in the organization the user works as (an assignment is made there).
  const ours = (enrollments.data?.enrollments ?? []).filter((e) => e.OrganizationID === me.currentOrganizationId);
  const [chosen, setChosen] = useState<string | null>(null);
  const enrollmentId = chosen ?? ours.find((e) => !e.ExitDate)?.EnrollmentID ?? '';
  const [errors, setErrors] = useState<Record<string, string>>({});
  const refresh = () => qc.invalidateQueries({ queryKey: ['case-assignments', personalId] });
  async function add() {
    try {
      setErrors({});
      await api.post('/api/case-assignments', {
        PersonalID: personalId,
        userId,
        ...(startDate ? { startDate } : {}),
        ...(enrollmentId ? { EnrollmentID: enrollmentId } : {}),
      });
      setUserId(null);
      await refresh();
    } catch (e) {
      setErrors(fieldErrors(e));
    }
  }
  async function end(a: Assignment) {
    await api.post(`/api/case-assignments/${a.id}/end`, { version: a.version });
    await refresh();
  }
  const rows = list.data ?? [];
  return (
    <Stack>
      <Title order={3}>{t('Case Managers')}</Title>
      {errors._form && <Alert color="red">{errors._form}</Alert>}
      <Title order={3}>{t('Active')}</Title>
      <AssignmentsTable rows={rows.filter((a) => a.active)} onEnd={end} />
      <Title order={3}>{t('Inactive')}</Title>
      <AssignmentsTable rows={rows.filter((a) => !a.active)} />
      <Card withBorder>
        <Title order={3} mb="xs">
          {t('Add Case Assignment')}
        </Title>
        <Group align="flex-end">
          <UserPicker label={t('Case manager')} value={userId} onChange={(id) => setUserId(id)} error={errors.userId} />
          <NativeSelect
            label={t('Enrollment')}
            value={enrollmentId}
            error={errors.EnrollmentID}
            onChange={(e) => setChosen(e.currentTarget.value)}
            data={[
              { value: '', label: t('Not tied to an enrollment') },
              ...ours.map((e) => ({
                value: e.EnrollmentID,
                label: `${e.ProjectName} (${e.EntryDate} – ${e.ExitDate ?? t('open')})`,
              })),
            ]}
          />
          <DateField label={t('Start date')} value={startDate} onChange={setStartDate} error={errors.startDate} />
          <Button disabled={!userId} onClick={add}>
            {t('Save')}
          </Button>
        </Group>
      </Card>
    </Stack>
  );
}
