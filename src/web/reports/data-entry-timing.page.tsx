// Reports → HMIS Reports → HMIS Data Entry Timing: per program, how long after each event it was
// entered; + opens a count onto its events. Excel keeps the screen's layout (Summary sheet).
import { Checkbox, MultiSelect, NativeSelect, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TIMING_TYPES, type TimingType } from '../../server/reports/data-entry-timing/timing-types.ts';
import { dateRange } from '../../server/reports/framework/date-ranges.ts';
import { useMe } from '../auth/session.tsx';
import { DateRangeFields, ScopeFields } from './framework/enrollment-fields.tsx';
import { type FieldsProps, ReportPage } from './framework/report-page.tsx';
import { useReportOptions } from './framework/use-report-options.ts';

type Form = {
  dateRange?: string;
  startDate: string;
  endDate: string;
  type: TimingType;
  organizationIds: string[];
  projectIds: string[];
  grantIds: string[];
  hidePii: boolean;
};

function GrantFields({ params, set, errors }: FieldsProps<Form>) {
  const { t } = useTranslation('reports');
  const options = useReportOptions().data;
  const [byGrant, setByGrant] = useState(params.grantIds.length > 0);
  const programs = new Set(
    params.projectIds.length
      ? params.projectIds
      : (options?.projects ?? []).filter((p) => params.organizationIds.includes(p.organizationId)).map((p) => p.id),
  );
  const grants = (options?.grants ?? []).filter((g) => programs.has(g.projectId));
  return (
    <Stack gap="xs">
      <Checkbox
        label={t('Filter by Grants (grants of the organization and programs above)')}
        checked={byGrant}
        onChange={(e) => {
          setByGrant(e.currentTarget.checked);
          if (!e.currentTarget.checked) set('grantIds', []);
        }}
      />
      {byGrant && (
        <MultiSelect
          label={t('Grants')}
          searchable
          value={params.grantIds}
          onChange={(v) => set('grantIds', v)}
          data={grants.map((g) => ({ value: g.id, label: g.label }))}
          error={errors.grantIds}
        />
      )}
    </Stack>
  );
}

export function DataEntryTimingPage() {
  const { t } = useTranslation('reports');
  const me = useMe();
  return (
    <ReportPage<Form>
      reportId="data-entry-timing"
      title={t('HMIS Data Entry Timing')}
      intro={t(
        'How long after each event it was entered in Hearth, per program. Click + on a count to see its clients.',
      )}
      initial={{
        ...(dateRange('last_month') ?? { startDate: '', endDate: '' }),
        dateRange: 'last_month',
        type: 'entries',
        organizationIds: me.currentOrganizationId ? [me.currentOrganizationId] : [],
        projectIds: [],
        grantIds: [],
        hidePii: false,
      }}
      fields={(f) => (
        <>
          <DateRangeFields {...f} />
          <NativeSelect
            label={t('Type')}
            value={f.params.type}
            onChange={(e) => f.set('type', e.currentTarget.value as TimingType)}
            data={Object.entries(TIMING_TYPES).map(([value, label]) => ({ value, label: t(label) }))}
            error={f.errors.type}
          />
          <ScopeFields {...f} />
          <GrantFields {...f} />
          <Checkbox
            label={t('Hide PII (client names left out of the screen and every download)')}
            checked={f.params.hidePii}
            onChange={(e) => f.set('hidePii', e.currentTarget.checked)}
          />
        </>
      )}
    />
  );
}
