// Reports → Duplicate Candidates: pairs users flagged, then pairs the 2-of-3 rule finds, from the
// report framework (which also gives the downloads), shown as pairs with their merge actions.

import { Alert, Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DuplicatePair } from '../../server/clients/duplicate-pairs.ts';
import { hasRole, useMe } from '../auth/session.tsx';
import { api } from '../lib/api.ts';
import { errorMessage } from '../lib/forms.ts';
import { Downloads } from '../reports/framework/downloads.tsx';
import { type ClientSummary, fullName } from './client-api.ts';

function Who({ c }: { c: ClientSummary }) {
  const { t } = useTranslation('clients');
  return (
    <Stack gap={0}>
      <Link to={`/clients/${c.PersonalID}`}>{fullName(c)}</Link>
      <Text size="xs" c="dimmed">
        {c.PersonalID} · {c.dobDisplay ?? t('no DOB')} · {c.ssnDisplay ?? t('no SSN')}
      </Text>
    </Stack>
  );
}

export function DuplicateCandidatesPage() {
  const { t } = useTranslation('clients');
  const me = useMe();
  const qc = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const pairs = useQuery({
    queryKey: ['duplicate-candidates'],
    queryFn: () =>
      api.get<{ items: DuplicatePair[]; total: number }>('/api/reports/duplicate-candidates?pageSize=1000'),
  });
  async function notDuplicate(p: DuplicatePair) {
    try {
      await api.post('/api/clients/not-duplicates', { personalIdA: p.a.PersonalID, personalIdB: p.b.PersonalID });
      await qc.invalidateQueries({ queryKey: ['duplicate-candidates'] });
    } catch (e) {
      setError(errorMessage(e));
    }
  }
  return (
    <Stack>
      <Title order={1}>{t('Duplicate Candidates')}</Title>
      {(error || pairs.isError) && <Alert color="red">{error ?? errorMessage(pairs.error)}</Alert>}
      {pairs.data && pairs.data.total === 0 && <Text>{t('No duplicate candidates')}</Text>}
      {pairs.data && pairs.data.total > 0 && <Downloads reportId="duplicate-candidates" params={{}} />}
      {pairs.data && pairs.data.items.length > 0 && (
        <Table aria-label={t('Duplicate candidates')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('Client')}</Table.Th>
              <Table.Th>{t('Possible duplicate')}</Table.Th>
              <Table.Th>{t('Why')}</Table.Th>
              <Table.Th>{t('Actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {pairs.data.items.map((p) => (
              <Table.Tr key={`${p.a.PersonalID}-${p.b.PersonalID}`}>
                <Table.Td>
                  <Who c={p.a} />
                </Table.Td>
                <Table.Td>
                  <Who c={p.b} />
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {p.flag && (
                      <Badge color="orange">{t('Flagged by {{flaggedBy}}', { flaggedBy: p.flag.flaggedBy })}</Badge>
                    )}
                    {p.reasons.map((r) => (
                      <Badge key={r} variant="light">
                        {r}
                      </Badge>
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Group gap="xs">
                    {hasRole(me, 'hmis_admin') && (
                      <Button
                        size="xs"
                        component={Link}
                        to={`/admin/clients/merge?a=${p.a.PersonalID}&b=${p.b.PersonalID}`}
                      >
                        {t('Compare and merge')}
                      </Button>
                    )}
                    <Button size="xs" variant="default" onClick={() => notDuplicate(p)}>
                      {t('Not the same person')}
                    </Button>
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
