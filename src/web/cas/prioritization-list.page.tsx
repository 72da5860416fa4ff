// Home → Coordinated Access System → Prioritization List: the CoC's by-name list of households
// on the queue, highest score first, then longest since CAS enrollment (CAS staff only).
import { Alert, Button, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, qs } from '../lib/api.ts';
import { errorMessage } from '../lib/forms.ts';
import { type QueueRow, useAreas } from './cas-api.ts';
import { casCaseColumns } from './cas-case-columns.tsx';
import { FilterSortTable } from './filter-sort-table.tsx';
import { ReferModal } from './refer-modal.tsx';

const HOUSEHOLD_TYPES = [
  { value: '', label: 'All households' },
  { value: 'adults', label: 'Adults only' },
  { value: 'adult_child', label: 'Adults with children' },
  { value: 'children', label: 'Children only' },
];
const SUB_POPULATIONS: { value: string; label: string; has: (r: QueueRow) => boolean }[] = [
  { value: '', label: 'Everyone', has: () => true },
  { value: 'veteran', label: 'Veterans', has: (r) => r.veteran },
  { value: 'youth', label: 'Youth (18–24)', has: (r) => r.youth },
  { value: 'dv', label: 'Domestic violence survivors', has: (r) => r.dvSurvivor },
  { value: 'disabled', label: 'With a disabling condition', has: (r) => r.disablingCondition },
];

export function PrioritizationListPage() {
  const qc = useQueryClient();
  const areas = useAreas();
  const [status, setStatus] = useState<'placed' | 'all'>('placed');
  const [householdType, setHouseholdType] = useState('');
  const [subPopulation, setSubPopulation] = useState('');
  const [areaId, setAreaId] = useState('');
  const [referring, setReferring] = useState<QueueRow | null>(null);
  const rows = useQuery({
    queryKey: ['cas', 'prioritization-list', status],
    queryFn: () => api.get<QueueRow[]>(`/api/cas/prioritization-list${qs({ status })}`),
  });
  const shown = (rows.data ?? []).filter(
    (r) =>
      (!householdType || r.householdType === householdType) &&
      (SUB_POPULATIONS.find((p) => p.value === subPopulation)?.has(r) ?? true) &&
      (!areaId || r.areaTies.some((t) => t.areaId === areaId)),
  );
  const columns = [
    { key: 'rank', label: 'Rank', value: (r: QueueRow) => (rows.data ?? []).indexOf(r) + 1 },
    ...casCaseColumns<QueueRow>(),
    {
      key: 'refer',
      label: 'Refer',
      action: true,
      value: () => null,
      render: (r: QueueRow) => (
        <Button size="xs" aria-label={`Refer ${r.PersonalID}`} onClick={() => setReferring(r)}>
          Refer
        </Button>
      ),
    },
  ];
  return (
    <Stack>
      <Title order={2}>Prioritization List</Title>
      <Text c="dimmed">
        Households on the queue, ordered by prioritization status, score and days since CAS enrollment.
      </Text>
      {rows.error && <Alert color="red">{errorMessage(rows.error)}</Alert>}
      <Group align="flex-end">
        <NativeSelect
          label="Prioritization status"
          value={status}
          onChange={(e) => setStatus(e.currentTarget.value as 'placed' | 'all')}
          data={[
            { value: 'placed', label: 'Placed on prioritization list' },
            { value: 'all', label: 'Every assessed household' },
          ]}
        />
        <NativeSelect
          label="Household type"
          value={householdType}
          data={HOUSEHOLD_TYPES}
          onChange={(e) => setHouseholdType(e.currentTarget.value)}
        />
        <NativeSelect
          label="Sub-population"
          value={subPopulation}
          data={SUB_POPULATIONS.map(({ value, label }) => ({ value, label }))}
          onChange={(e) => setSubPopulation(e.currentTarget.value)}
        />
        <NativeSelect
          label="Area ties"
          value={areaId}
          data={[{ value: '', label: 'Any area' }, ...(areas.data ?? []).map((a) => ({ value: a.id, label: a.name }))]}
          onChange={(e) => setAreaId(e.currentTarget.value)}
        />
      </Group>
      {rows.data && (
        <FilterSortTable
          label="Prioritization list"
          rows={shown}
          columns={columns}
          rowKey={(r) => r.EnrollmentID}
          empty="No household on the queue matches."
        />
      )}
      {referring && (
        <ReferModal
          row={referring}
          onClose={() => setReferring(null)}
          onDone={() => {
            setReferring(null);
            notifications.show({ color: 'green', message: 'Referral recorded; the provider’s CAS contact is told' });
            qc.invalidateQueries({ queryKey: ['cas'] });
          }}
        />
      )}
    </Stack>
  );
}
