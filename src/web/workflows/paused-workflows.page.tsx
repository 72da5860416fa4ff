// Home → Paused Workflows: workflows left part-way, to resume (exactly where they stopped),
// restart or delete.

import { Alert, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Draft } from '../enrollments/types.ts';
import { api } from '../lib/api.ts';
import { ConfirmButton } from '../lib/confirm-button.tsx';
import { errorMessage } from '../lib/forms.ts';
import { KIND_LABELS } from './start-workflow.tsx';

type Paused = Pick<Draft, 'id' | 'kind' | 'step' | 'PersonalID' | 'EnrollmentID' | 'version'> & {
  clientName: string | null;
  ProjectName: string | null;
  updatedAt: string;
};

export function PausedWorkflowsPage() {
  const { t } = useTranslation('workflows');
  const qc = useQueryClient();
  const navigate = useNavigate();
  const list = useQuery({ queryKey: ['workflows'], queryFn: () => api.get<Paused[]>('/api/workflows') });
  const refresh = () => qc.invalidateQueries({ queryKey: ['workflows'] });
  return (
    <Stack>
      <Title order={1}>{t('Paused Workflows')}</Title>
      <Text c="dimmed">
        {t(
          "Workflows you left part-way. Resume them to finish the data, or delete them and review the client's record.",
        )}
      </Text>
      {list.isError && <Alert color="red">{errorMessage(list.error)}</Alert>}
      {list.data?.length === 0 && <Text>{t('You have no paused workflows.')}</Text>}
      {!!list.data?.length && (
        <Table aria-label={t('Paused workflows')} striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('Client')}</Table.Th>
              <Table.Th>{t('Workflow')}</Table.Th>
              <Table.Th>{t('Project')}</Table.Th>
              <Table.Th>{t('Last saved')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.map((w) => (
              <Table.Tr key={w.id}>
                <Table.Td>{w.clientName ?? t('Client not chosen yet')}</Table.Td>
                <Table.Td>{t(KIND_LABELS[w.kind])}</Table.Td>
                <Table.Td>{w.ProjectName ?? '—'}</Table.Td>
                <Table.Td>{new Date(w.updatedAt).toLocaleString()}</Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Button
                      size="xs"
                      component={Link}
                      to={`/workflows/${w.id}`}
                      aria-label={t('Resume {{workflow}} for {{name}}', {
                        workflow: t(KIND_LABELS[w.kind]),
                        name: w.clientName ?? t('new client'),
                      })}
                    >
                      {t('Resume')}
                    </Button>
                    <ConfirmButton
                      size="xs"
                      variant="default"
                      color="orange"
                      aria-label={t('Restart {{workflow}} for {{name}}', {
                        workflow: t(KIND_LABELS[w.kind]),
                        name: w.clientName ?? t('new client'),
                      })}
                      title={t('Restart this workflow?')}
                      message={t(
                        'Everything entered so far is cleared and the workflow starts again from its first page.',
                      )}
                      confirmLabel={t('Restart')}
                      onConfirm={async () => {
                        await api.post(`/api/workflows/${w.id}/restart`, { version: w.version });
                        qc.removeQueries({ queryKey: ['workflow', w.id] });
                        navigate(`/workflows/${w.id}`);
                      }}
                    >
                      {t('Restart')}
                    </ConfirmButton>
                    <ConfirmButton
                      size="xs"
                      variant="subtle"
                      aria-label={t('Delete {{workflow}} for {{name}}', {
                        workflow: t(KIND_LABELS[w.kind]),
                        name: w.clientName ?? t('new client'),
                      })}
                      title={t('Delete this paused workflow?')}
                      message={t("What it holds is lost. Review the client's record afterwards.")}
                      confirmLabel={t('Delete')}
                      onConfirm={async () => {
                        await api.delete(`/api/workflows/${w.id}`);
                        await refresh();
                      }}
                    >
                      {t('Delete')}
                    </ConfirmButton>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
