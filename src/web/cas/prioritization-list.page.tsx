// Home → Coordinated Access System → Prioritization List: the CoC's by-name list of households
// on the queue, highest score first, then longest since CAS enrollment (CAS staff only). The
// server ranks, filters, sorts and pages the whole list.
import { Alert, Button, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../lib/forms.ts';
import { type QueueRow, useAreas } from './cas-api.ts';
import { casCaseColumns } from './cas-case-columns.tsx';
import { FilterSortTable } from './filter-sort-table.tsx';
import { ListPages } from './list-pages.tsx';
import { ReferModal } from './refer-modal.tsx';
import { usePagedList } from './use-paged-list.ts';

export function PrioritizationListPage() {
  const { t } = useTranslation('cas');
  const householdTypes = [
    { value: '', label: t('All households') },
    { value: 'adults', label: t('Adults only') },
    { value: 'adult_child', label: t('Adults with children') },
    { value: 'children', label: t('Children only') },
  ];
  const subPopulations = [
    { value: '', label: t('Everyone') },
    { value: 'veteran', label: t('Veterans') },
    { value: 'youth', label: t('Youth (18–24)') },
    { value: 'dv', label: t('Domestic violence survivors') },
    { value: 'disabled', label: t('With a disabling condition') },
  ];
  const qc = useQueryClient();
  const areas = useAreas();
  const [status, setStatus] = useState<'placed' | 'all'>('placed');
  const [householdType, setHouseholdType] = useState('');
  const [subPopulation, setSubPopulation] = useState('');
  const [areaId, setAreaId] = useState('');
  const [referring, setReferring] = useState<QueueRow | null>(null);
  const list = usePagedList<QueueRow>(['cas', 'prioritization-list'], '/api/cas/prioritization-list', {
    status,
    householdType,
    subPopulation,
    areaId,
  });
  const rows = list.rows;
  const columns = [
    { key: 'rank', label: t('Rank'), value: (r: QueueRow) => r.rank },
    ...casCaseColumns<QueueRow>(t),
    {
      key: 'refer',
      label: t('Refer'),
      action: true,
      value: () => null,
      render: (r: QueueRow) => (
        <Button size="xs" aria-label={t('Refer {{id}}', { id: r.PersonalID })} onClick={() => setReferring(r)}>
          {t('Refer')}
        </Button>
      ),
    },
  ];
  return (
    <Stack>
      <Title order={1}>{t('Prioritization List')}</Title>
      <Text c="dimmed">
        {t('Households on the queue, ordered by prioritization status, score and days since CAS enrollment.')}
      </Text>
      {rows.error && <Alert color="red">{errorMessage(rows.error)}</Alert>}
      <Group align="flex-end">
        <NativeSelect
          label={t('Prioritization status')}
          value={status}
          onChange={(e) => setStatus(e.currentTarget.value as 'placed' | 'all')}
          data={[
            { value: 'placed', label: t('Placed on prioritization list') },
            { value: 'all', label: t('Every assessed household') },
          ]}
        />
        <NativeSelect
          label={t('Household type')}
          value={householdType}
          data={householdTypes}
          onChange={(e) => setHouseholdType(e.currentTarget.value)}
        />
        <NativeSelect
          label={t('Sub-population')}
          value={subPopulation}
          data={subPopulations}
          onChange={(e) => setSubPopulation(e.currentTarget.value)}
        />
        <NativeSelect
          label={t('Area ties')}
          value={areaId}
          data={[
            { value: '', label: t('Any area') },
            ...(areas.data ?? []).map((a) => ({ value: a.id, label: a.name })),
          ]}
          onChange={(e) => setAreaId(e.currentTarget.value)}
        />
      </Group>
      {rows.data && (
        <FilterSortTable
          label={t('Prioritization list')}
          rows={rows.data.items}
          columns={columns}
          rowKey={(r) => r.EnrollmentID}
          empty={t('No household on the queue matches.')}
          view={list.view}
          onView={list.setView}
        />
      )}
      <ListPages list={list} label={t('Prioritization list pages')} />
      {referring && (
        <ReferModal
          row={referring}
          onClose={() => setReferring(null)}
          onDone={() => {
            setReferring(null);
            notifications.show({ color: 'green', message: t('Referral recorded; the provider’s CAS contact is told') });
            qc.invalidateQueries({ queryKey: ['cas'] });
          }}
        />
      )}
    </Stack>
  );
}
