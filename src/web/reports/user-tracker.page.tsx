// Reports → User Tracker: how often users sign in, and as which organization.
import { NativeSelect } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { OrganizationRecord } from '../../server/admin/organization.schema.ts';
import { hasRole, useMe } from '../auth/session.tsx';
import { api } from '../lib/api.ts';
import { ReportPage } from './framework/report-page.tsx';

export function UserTrackerPage() {
  const { t } = useTranslation('reports');
  const me = useMe();
  const admin = hasRole(me, 'hmis_admin');
  // HMIS admins choose from every organization; others from their own.
  const orgs = useQuery({
    queryKey: ['organizations'],
    queryFn: () =>
      api.get<{ items: Pick<OrganizationRecord, 'OrganizationID' | 'OrganizationName'>[] }>('/api/organizations'),
    enabled: admin,
  });
  const choices = admin
    ? (orgs.data?.items ?? []).map((o) => ({ value: o.OrganizationID, label: o.OrganizationName }))
    : me.organizations.map((o) => ({ value: o.id, label: o.name }));
  return (
    <ReportPage<{ organizationId: string }>
      reportId="user-tracker"
      title={t('User Tracker')}
      intro={t('How often users at your agency sign in to Hearth.')}
      initial={{ organizationId: admin ? '' : (me.currentOrganizationId ?? '') }}
      autoRun
      fields={({ params, set }) => (
        <NativeSelect
          label={t('Organization')}
          value={params.organizationId}
          onChange={(e) => set('organizationId', e.currentTarget.value)}
          data={[{ value: '', label: admin ? t('All organizations') : t('All my organizations') }, ...choices]}
        />
      )}
    />
  );
}
