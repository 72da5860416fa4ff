// Reports → BNLs → HMIS Active Client List: a by-name list of active clients, and the PIT/HIC list.
import { Alert, Checkbox, NativeSelect, SimpleGrid } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ACTIVE_METHODS, PIT_HIC, REPORT_TYPES } from '../../server/reports/bnl/bnl-choices.ts';
import { useMe } from '../auth/session.tsx';
import {
  DateRangeFields,
  type EnrollmentFormParams,
  enrollmentDefaults,
  FilterFields,
  ScopeFields,
} from './framework/enrollment-fields.tsx';
import { ReportPage } from './framework/report-page.tsx';

type BnlForm = EnrollmentFormParams & {
  reportType: keyof typeof REPORT_TYPES;
  method: keyof typeof ACTIVE_METHODS;
  pitHic: boolean;
};

const options = (o: Record<string, string>, t: TFunction<'reports'>) =>
  Object.entries(o).map(([value, label]) => ({ value, label: t(label) }));

export function BnlPage() {
  const { t } = useTranslation('reports');
  const me = useMe();
  return (
    <ReportPage<BnlForm>
      reportId="bnl"
      title={t('HMIS Active Client List')}
      intro={t(
        'Clients active in your programs during the range (or who entered or exited), one row per client, with the data elements each is missing that other reports need.',
      )}
      initial={{
        ...enrollmentDefaults(me.currentOrganizationId),
        reportType: 'active_any',
        method: 'entry_exit',
        pitHic: false,
      }}
      help={
        <Alert color="blue" title={t('PIT/HIC lists')}>
          {t(PIT_HIC.help)} {t('Check Hide PII before you share it.')}
        </Alert>
      }
      fields={(f) => {
        const onDate = f.params.reportType === 'active_on';
        return (
          <>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <NativeSelect
                label={t('Report Type')}
                value={f.params.reportType}
                onChange={(e) => {
                  const type = e.currentTarget.value as BnlForm['reportType'];
                  f.set('reportType', type);
                  if (type === 'active_on') f.set('endDate', f.params.startDate);
                  else f.set('pitHic', false);
                }}
                data={options(REPORT_TYPES, t)}
                error={f.errors.reportType}
              />
              <NativeSelect
                label={t('Active Client Method')}
                value={f.params.method}
                disabled={!f.params.reportType.startsWith('active')}
                onChange={(e) => f.set('method', e.currentTarget.value as BnlForm['method'])}
                data={options(ACTIVE_METHODS, t)}
              />
            </SimpleGrid>
            <DateRangeFields {...f} single={onDate ? t('Active on') : undefined} />
            {onDate && (
              <Checkbox
                label={t('PIT/HIC list (sheltered and housed that night)')}
                checked={f.params.pitHic}
                onChange={(e) => f.set('pitHic', e.currentTarget.checked)}
              />
            )}
            <ScopeFields {...f} />
            <FilterFields {...f} />
          </>
        );
      }}
    />
  );
}
