// Launch-form fields enrollment reports share: date range (with presets a schedule recomputes),
// organizations (default: the one you work as), programs, CoC, sub-populations, heads of
// household, case managers and Hide PII.
import { Checkbox, Group, MultiSelect, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dateRange } from '../../../server/reports/framework/date-ranges.ts';
import {
  SUB_POPULATION_LABELS,
  SUB_POPULATIONS,
  type SubPopulation,
} from '../../../server/reports/shared/sub-populations.ts';
import { DateRangeSelect } from './date-range-select.tsx';
import type { FieldsProps } from './report-page.tsx';
import { useReportOptions } from './use-report-options.ts';

export type EnrollmentFormParams = {
  dateRange?: string;
  startDate: string;
  endDate: string;
  organizationIds: string[];
  projectIds: string[];
  cocCode?: string;
  subPopulations: SubPopulation[];
  headsOfHouseholdOnly: boolean;
  caseManagerIds: string[];
  hidePii: boolean;
};

export function enrollmentDefaults(currentOrganizationId: string | null): EnrollmentFormParams {
  return {
    ...(dateRange('this_month') ?? { startDate: '', endDate: '' }),
    organizationIds: currentOrganizationId ? [currentOrganizationId] : [],
    projectIds: [],
    subPopulations: [],
    headsOfHouseholdOnly: false,
    caseManagerIds: [],
    hidePii: false,
  };
}

type DateRangeForm = Pick<EnrollmentFormParams, 'dateRange' | 'startDate' | 'endDate'>;
type ScopeForm = Pick<EnrollmentFormParams, 'organizationIds' | 'projectIds'>;

export function DateRangeFields<P extends DateRangeForm>({
  params,
  set,
  errors,
  single,
}: FieldsProps<P> & { single?: string }) {
  const { t } = useTranslation('reports');
  if (single) {
    return (
      <TextInput
        type="date"
        label={single}
        required
        value={params.startDate}
        onChange={(e) => {
          set('dateRange', undefined as P['dateRange']);
          set('startDate', e.currentTarget.value as P['startDate']);
          set('endDate', e.currentTarget.value as P['endDate']);
        }}
        error={errors.startDate ?? errors.endDate}
      />
    );
  }
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }}>
      <DateRangeSelect
        chosen={params.dateRange}
        dates={params}
        onChoose={(range, d) => {
          set('dateRange', range as P['dateRange']);
          set('startDate', d.startDate as P['startDate']);
          set('endDate', d.endDate as P['endDate']);
        }}
      />
      <TextInput
        type="date"
        label={t('Start date')}
        required
        value={params.startDate}
        onChange={(e) => {
          set('dateRange', undefined as P['dateRange']);
          set('startDate', e.currentTarget.value as P['startDate']);
        }}
        error={errors.startDate}
      />
      <TextInput
        type="date"
        label={t('End date')}
        required
        value={params.endDate}
        onChange={(e) => {
          set('dateRange', undefined as P['dateRange']);
          set('endDate', e.currentTarget.value as P['endDate']);
        }}
        error={errors.endDate}
      />
    </SimpleGrid>
  );
}

export function ScopeFields<P extends ScopeForm>({ params, set, errors }: FieldsProps<P>) {
  const { t } = useTranslation('reports');
  const options = useReportOptions().data;
  const [byProgram, setByProgram] = useState(params.projectIds.length > 0);
  const orgs = params.organizationIds;
  const programs = (options?.projects ?? []).filter((p) => orgs.includes(p.organizationId));
  return (
    <Stack gap="xs">
      <MultiSelect
        label={t('Organization')}
        searchable
        value={orgs}
        onChange={(v) => set('organizationIds', v as P['organizationIds'])}
        data={(options?.organizations ?? []).map((o) => ({ value: o.id, label: o.name }))}
        error={errors.organizationIds}
      />
      <Checkbox
        label={t('Filter by Programs')}
        checked={byProgram}
        onChange={(e) => {
          setByProgram(e.currentTarget.checked);
          if (!e.currentTarget.checked) set('projectIds', [] as P['projectIds']);
        }}
      />
      {byProgram && (
        <MultiSelect
          label={t('Programs')}
          searchable
          value={params.projectIds}
          onChange={(v) => set('projectIds', v as P['projectIds'])}
          data={programs.map((p) => ({ value: p.id, label: p.name }))}
          error={errors.projectIds}
        />
      )}
    </Stack>
  );
}

export function FilterFields<P extends EnrollmentFormParams>({ params, set, errors }: FieldsProps<P>) {
  const { t } = useTranslation('reports');
  const options = useReportOptions().data;
  const [byUser, setByUser] = useState(params.caseManagerIds.length > 0);
  return (
    <Stack gap="xs">
      <Group align="end">
        <NativeSelect
          label={t('CoC Filter')}
          value={params.cocCode ?? ''}
          onChange={(e) => set('cocCode', (e.currentTarget.value || undefined) as P['cocCode'])}
          data={[{ value: '', label: t('Any CoC') }, ...(options?.cocCodes ?? [])]}
          error={errors.cocCode}
        />
      </Group>
      <Checkbox.Group
        label={t('Sub-populations (clients in any chosen)')}
        value={params.subPopulations}
        onChange={(v) => set('subPopulations', v as P['subPopulations'])}
        error={errors.subPopulations}
      >
        <Group mt={4}>
          {SUB_POPULATIONS.map((s) => (
            <Checkbox key={s} value={s} label={t(SUB_POPULATION_LABELS[s])} />
          ))}
        </Group>
      </Checkbox.Group>
      <Checkbox
        label={t('Include Heads of Households Only')}
        checked={params.headsOfHouseholdOnly}
        onChange={(e) => set('headsOfHouseholdOnly', e.currentTarget.checked as P['headsOfHouseholdOnly'])}
      />
      <Checkbox
        label={t('Filter by User')}
        checked={byUser}
        onChange={(e) => {
          setByUser(e.currentTarget.checked);
          if (!e.currentTarget.checked) set('caseManagerIds', [] as P['caseManagerIds']);
        }}
      />
      {byUser && (
        <MultiSelect
          label={t('Case managers')}
          searchable
          value={params.caseManagerIds}
          onChange={(v) => set('caseManagerIds', v as P['caseManagerIds'])}
          data={(options?.users ?? []).map((u) => ({ value: u.id, label: u.name }))}
        />
      )}
      <Checkbox
        label={t('Hide PII (names, dates of birth and SSNs left out of the screen and every download)')}
        checked={params.hidePii}
        onChange={(e) => set('hidePii', e.currentTarget.checked as P['hidePii'])}
      />
    </Stack>
  );
}
