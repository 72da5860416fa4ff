// Reports → Enrollment Reports → Clients in Programs: clients per program (or organization, or
// project type) in the range; + opens a count onto its clients.
import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RUN_BY } from '../../server/reports/clients-in-programs/run-by.ts';
import { useMe } from '../auth/session.tsx';
import {
  DateRangeFields,
  type EnrollmentFormParams,
  enrollmentDefaults,
  FilterFields,
  ScopeFields,
} from './framework/enrollment-fields.tsx';
import { ReportPage } from './framework/report-page.tsx';

type Form = EnrollmentFormParams & { runBy: keyof typeof RUN_BY };

export function ClientsInProgramsPage() {
  const { t } = useTranslation('reports');
  const me = useMe();
  return (
    <ReportPage<Form>
      reportId="clients-in-programs"
      title={t('Clients in Programs')}
      intro={t(
        'How many clients were enrolled in each program during the range. Click + on a count to see its clients.',
      )}
      initial={{ ...enrollmentDefaults(me.currentOrganizationId), runBy: 'program' }}
      fields={(f) => (
        <>
          <DateRangeFields {...f} />
          <NativeSelect
            label={t('Run Report By')}
            value={f.params.runBy}
            onChange={(e) => f.set('runBy', e.currentTarget.value as Form['runBy'])}
            data={Object.entries(RUN_BY).map(([value, label]) => ({ value, label: t(label) }))}
          />
          <ScopeFields {...f} />
          <FilterFields {...f} />
        </>
      )}
    />
  );
}
