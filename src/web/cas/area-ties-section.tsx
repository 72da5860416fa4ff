// Client dashboard → Area ties: the places the client has ties to and how; add or remove them
// (some referrals require them). Also links the client's open CAS enrollment.
import { Alert, Anchor, Button, Card, Group, NativeSelect, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProjectType } from '../../hud/codes.ts';
import { api, qs } from '../lib/api.ts';
import { fieldErrors } from '../lib/forms.ts';
import { tieKindLabel, tieKindOptions, useAreas } from './cas-api.ts';

type Tie = { id: string; areaId: string; areaName: string; tieKind: string; note: string | null };

export function AreaTiesSection({ personalId }: { personalId: string }) {
  const { t } = useTranslation('cas');
  const qc = useQueryClient();
  const areas = useAreas();
  // The same request (and cache entry) as the dashboard's Enrollments section.
  const enrollments = useQuery({
    queryKey: ['client-enrollments', personalId],
    queryFn: () =>
      api.get<{ enrollments: { EnrollmentID: string; ProjectType: number | null; ExitDate: string | null }[] }>(
        `/api/enrollments${qs({ PersonalID: personalId })}`,
      ),
  });
  const key = ['cas', 'area-ties', personalId];
  const ties = useQuery({ queryKey: key, queryFn: () => api.get<Tie[]>(`/api/clients/${personalId}/area-ties`) });
  const [areaId, setAreaId] = useState('');
  const [tieKind, setTieKind] = useState('lived');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const openCas = (enrollments.data?.enrollments ?? []).find(
    (e) => e.ProjectType === ProjectType.CoordinatedEntry && !e.ExitDate,
  );
  async function run(action: () => Promise<Tie[]>) {
    try {
      setErrors({});
      qc.setQueryData(key, await action());
      qc.invalidateQueries({ queryKey: ['cas', 'cases'] });
    } catch (e) {
      setErrors(fieldErrors(e));
    }
  }
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={3}>{t('Area ties')}</Title>
          {openCas && (
            <Anchor component={Link} to={`/cas/households/${openCas.EnrollmentID}`} size="sm">
              {t('CAS record')}
            </Anchor>
          )}
        </Group>
        {errors._form && !errors.areaId && <Alert color="red">{errors._form}</Alert>}
        {ties.data?.length ? (
          <Table aria-label={t('Area ties')}>
            <Table.Tbody>
              {ties.data.map((tie) => (
                <Table.Tr key={tie.id}>
                  <Table.Td>{tie.areaName}</Table.Td>
                  <Table.Td>{tieKindLabel(t, tie.tieKind)}</Table.Td>
                  <Table.Td>{tie.note ?? ''}</Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      aria-label={t('Remove tie to {{areaName}}', { areaName: tie.areaName })}
                      onClick={() => run(() => api.delete<Tie[]>(`/api/clients/${personalId}/area-ties/${tie.id}`))}
                    >
                      {t('Remove')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : (
          <Text c="dimmed">{t('No area ties recorded.')}</Text>
        )}
        <Group align="flex-end">
          <NativeSelect
            label={t('Area')}
            value={areaId}
            error={errors.areaId}
            data={[
              { value: '', label: t('Choose…') },
              ...(areas.data ?? []).map((a) => ({ value: a.id, label: a.name })),
            ]}
            onChange={(e) => setAreaId(e.currentTarget.value)}
          />
          <NativeSelect
            label={t('How')}
            value={tieKind}
            data={tieKindOptions(t)}
            onChange={(e) => setTieKind(e.currentTarget.value)}
          />
          <TextInput
            label={t('Note')}
            value={note}
            error={errors.note}
            onChange={(e) => setNote(e.currentTarget.value)}
          />
          <Button
            disabled={!areaId}
            onClick={() =>
              run(async () => {
                const r = await api.post<Tie[]>(`/api/clients/${personalId}/area-ties`, {
                  areaId,
                  tieKind,
                  note: note || null,
                });
                setAreaId('');
                setNote('');
                return r;
              })
            }
          >
            {t('Add tie')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
