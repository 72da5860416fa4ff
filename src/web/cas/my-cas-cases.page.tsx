// Home → Coordinated Access System → My CAS Active Cases: the signed-in user's CAS caseload.
import { Alert, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../lib/api.ts';
import { errorMessage } from '../lib/forms.ts';
import type { CasCase } from './cas-api.ts';
import { casCaseColumns } from './cas-case-columns.tsx';
import { FilterSortTable } from './filter-sort-table.tsx';

export function MyCasCasesPage() {
  const { t } = useTranslation('cas');
  const rows = useQuery({
    queryKey: ['cas', 'cases', 'mine'],
    queryFn: () => api.get<CasCase[]>('/api/cas/cases/mine'),
  });
  return (
    <Stack>
      <Title order={1}>{t('My CAS Active Cases')}</Title>
      <Text c="dimmed">
        {t(
          'Households whose active CAS case manager you are. Sort by any column heading; filter with the box under it.',
        )}
      </Text>
      {rows.error && <Alert color="red">{errorMessage(rows.error)}</Alert>}
      {rows.data && (
        <FilterSortTable
          label={t('My CAS active cases')}
          rows={rows.data}
          columns={casCaseColumns(t)}
          rowKey={(r) => r.EnrollmentID}
          empty={t('No active CAS cases.')}
        />
      )}
    </Stack>
  );
}
