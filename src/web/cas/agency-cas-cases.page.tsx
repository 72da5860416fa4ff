// Home → Coordinated Access System → Agency CAS Active Cases: every active CAS case at the
// access points of the organizations you can access; program managers reassign from here.
import { Alert, Button, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasRole, useMe } from '../auth/session.tsx';
import { errorMessage } from '../lib/forms.ts';
import { type CasCase, useCasMe } from './cas-api.ts';
import { casCaseColumns } from './cas-case-columns.tsx';
import { FilterSortTable } from './filter-sort-table.tsx';
import { ListPages } from './list-pages.tsx';
import { ReassignModal } from './reassign-modal.tsx';
import { usePagedList } from './use-paged-list.ts';

export function AgencyCasCasesPage() {
  const { t } = useTranslation('cas');
  const me = useMe();
  const casMe = useCasMe();
  const qc = useQueryClient();
  const [reassigning, setReassigning] = useState<CasCase | null>(null);
  const list = usePagedList<CasCase>(['cas', 'cases', 'agency'], '/api/cas/cases/agency');
  const rows = list.rows;
  const canReassign = hasRole(me, 'program_manager') || Boolean(casMe.data?.admin);
  const columns = [
    ...casCaseColumns(t, { organization: true }),
    ...(canReassign
      ? [
          {
            key: 'reassign',
            label: t('Reassign'),
            action: true,
            value: () => null,
            render: (r: CasCase) => (
              <Button
                size="xs"
                variant="default"
                aria-label={t('Reassign {{id}}', { id: r.PersonalID })}
                onClick={() => setReassigning(r)}
              >
                {t('Reassign')}
              </Button>
            ),
          },
        ]
      : []),
  ];
  return (
    <Stack>
      <Title order={1}>{t('Agency CAS Active Cases')}</Title>
      <Text c="dimmed">{t("Every active CAS case at your organizations' access points.")}</Text>
      {rows.error && <Alert color="red">{errorMessage(rows.error)}</Alert>}
      {rows.data && (
        <FilterSortTable
          label={t('Agency CAS active cases')}
          rows={rows.data.items}
          columns={columns}
          rowKey={(r) => r.EnrollmentID}
          empty={t('No active CAS cases.')}
          view={list.view}
          onView={list.setView}
        />
      )}
      <ListPages list={list} label={t('Agency CAS active cases pages')} />
      {reassigning && (
        <ReassignModal
          row={reassigning}
          onClose={() => setReassigning(null)}
          onDone={() => {
            setReassigning(null);
            notifications.show({ color: 'green', message: t('CAS case manager reassigned') });
            qc.invalidateQueries({ queryKey: ['cas', 'cases'] });
          }}
        />
      )}
    </Stack>
  );
}
