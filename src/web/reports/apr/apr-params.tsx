// The parameters the CSV-APR / CSV-CAPER launch form and the APR browser share: date range
// (predefined or typed), organization (the current one by default; HMIS admins may choose any),
// projects, and the "HMIS projects only" toggle.
import { Checkbox, MultiSelect, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { csvAprOptions } from '../../../server/reports/apr/list-csv-apr-options.ts';
import { dateRange } from '../../../server/reports/framework/date-ranges.ts';
import { api } from '../../lib/api.ts';
import { DateRangeSelect } from '../framework/date-range-select.tsx';

export type AprForm = {
  startDate: string;
  endDate: string;
  organizationId: string | null;
  projectIds: string[];
  hmisOnly: boolean;
};

export const initialAprForm = (): AprForm => ({
  ...(dateRange('last_fiscal_year') ?? { startDate: '', endDate: '' }),
  organizationId: null,
  projectIds: [],
  hmisOnly: true,
});

type Options = z.infer<typeof csvAprOptions>;

export function AprParamsFields({
  form,
  onChange,
  errors,
}: {
  form: AprForm;
  onChange: (f: AprForm) => void;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation('reports');
  const options = useQuery({
    queryKey: ['csv-apr-options'],
    queryFn: () => api.get<Options>('/api/reports/csv-apr/options'),
  });
  const o = options.data;
  const set = <K extends keyof AprForm>(k: K, v: AprForm[K]) => onChange({ ...form, [k]: v });
  useEffect(() => {
    if (o && form.organizationId === null) {
      const current = o.organizations.find((x) => x.id === o.currentOrganizationId) ?? o.organizations[0];
      if (current) onChange({ ...form, organizationId: current.id });
    }
  }, [o, form, onChange]);
  const projects = (o?.projects ?? []).filter(
    (p) => p.organizationId === form.organizationId && (!form.hmisOnly || p.hmisParticipating),
  );
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      <DateRangeSelect chosen={null} dates={form} onChoose={(_, d) => onChange({ ...form, ...d })} />
      <div />
      <TextInput
        type="date"
        label={t('Start date')}
        required
        value={form.startDate}
        onChange={(e) => set('startDate', e.currentTarget.value)}
        error={errors.startDate}
      />
      <TextInput
        type="date"
        label={t('End date')}
        required
        value={form.endDate}
        onChange={(e) => set('endDate', e.currentTarget.value)}
        error={errors.endDate}
      />
      <Select
        label={t('Organization')}
        required
        searchable
        allowDeselect={false}
        value={form.organizationId}
        onChange={(v) => onChange({ ...form, organizationId: v, projectIds: [] })}
        data={(o?.organizations ?? []).map((x) => ({ value: x.id, label: x.name }))}
      />
      <MultiSelect
        label={t('Projects')}
        description={t('Sage takes one project per upload')}
        required
        searchable
        value={form.projectIds}
        onChange={(v) => set('projectIds', v)}
        data={projects.map((p) => ({ value: p.id, label: `${p.name} (${p.id})` }))}
        error={errors.projectIds}
      />
      <Checkbox
        label={t('HMIS projects only')}
        checked={form.hmisOnly}
        onChange={(e) => set('hmisOnly', e.currentTarget.checked)}
      />
    </SimpleGrid>
  );
}
