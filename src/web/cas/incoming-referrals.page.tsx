// Home → Coordinated Access System → Incoming Housing Referrals: the referrals CAS made to your
// organizations' projects. Start HMIS Intake from one, or record its outcome without intake.
import { Alert, Button, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { hudLabel } from '../../hud/codes.ts';
import { useMe } from '../auth/session.tsx';
import { loadPerson } from '../enrollments/client-picker.tsx';
import { emptyIntake, type IntakeValues } from '../enrollments/intake-model.ts';
import { addPerson } from '../enrollments/intake-steps.tsx';
import { personName } from '../enrollments/types.ts';
import { api } from '../lib/api.ts';
import { errorMessage } from '../lib/forms.ts';
import { useStartWorkflow } from '../workflows/start-workflow.tsx';
import { type IncomingReferral, providerResultOptions, type ReferralProject } from './cas-api.ts';
import { FilterSortTable } from './filter-sort-table.tsx';
import { ListPages } from './list-pages.tsx';
import { OutcomeModal } from './outcome-modal.tsx';
import type { ReferralRef } from './referral-intake-workflow.tsx';
import { usePagedList } from './use-paged-list.ts';

export function IncomingReferralsPage() {
  const { t } = useTranslation('cas');
  const results = [
    { value: 'pending', label: t('Awaiting a result') },
    { value: '1', label: hudLabel('ReferralResult', 1) ?? '' },
    { value: '2', label: hudLabel('ReferralResult', 2) ?? '' },
    { value: '3', label: hudLabel('ReferralResult', 3) ?? '' },
    { value: 'all', label: t('All referrals') },
  ];
  const me = useMe();
  const qc = useQueryClient();
  const { start, dialog } = useStartWorkflow();
  const [params, setParams] = useSearchParams();
  const projectId = params.get('projectId') ?? '';
  const result = params.get('result') ?? 'pending';
  const [recording, setRecording] = useState<IncomingReferral | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const projects = useQuery({
    queryKey: ['cas', 'referral-projects'],
    queryFn: () => api.get<ReferralProject[]>('/api/cas/referral-projects'),
  });
  const mine = (projects.data ?? []).filter((p) => me.organizations.some((o) => o.id === p.OrganizationID));
  const list = usePagedList<IncomingReferral>(['cas', 'incoming'], '/api/cas/referrals/incoming', {
    projectId,
    result,
  });
  const rows = list.rows;
  const setFilter = (k: string, v: string) => {
    const next = new URLSearchParams(params);
    if (v) next.set(k, v);
    else next.delete(k);
    setParams(next, { replace: true });
  };

  async function startIntake(r: IncomingReferral) {
    try {
      let values: IntakeValues = {
        ...emptyIntake(),
        ProjectID: r.ProjectID,
        EntryDate: new Date().toLocaleDateString('en-CA'),
      };
      for (const m of r.members) values = addPerson(values, await loadPerson(m.PersonalID), m.RelationshipToHoH);
      const referral: ReferralRef = {
        EventID: r.EventID,
        version: r.version,
        ProjectID: r.ProjectID,
        ProjectName: r.ProjectName,
        EventDate: r.EventDate,
      };
      await start('referral-intake', { PersonalID: r.PersonalID, data: { values, referral } });
    } catch (e) {
      setProblem(errorMessage(e));
    }
  }

  const mayWork = (r: IncomingReferral) => me.currentOrganizationId === r.OrganizationID;
  const columns = [
    { key: 'client', label: t('Client'), value: (r: IncomingReferral) => personName(r) },
    { key: 'id', label: t('Client ID'), value: (r: IncomingReferral) => r.PersonalID },
    { key: 'size', label: t('Household'), value: (r: IncomingReferral) => r.members.length },
    { key: 'project', label: t('Project'), value: (r: IncomingReferral) => r.ProjectName },
    { key: 'date', label: t('Referred on'), value: (r: IncomingReferral) => r.EventDate },
    { key: 'waiting', label: t('Days waiting'), value: (r: IncomingReferral) => r.daysWaiting },
    { key: 'by', label: t('Referred by'), value: (r: IncomingReferral) => r.referredBy },
    { key: 'comment', label: t('Comment'), value: (r: IncomingReferral) => r.comment },
    { key: 'cm', label: t('CAS case manager'), value: (r: IncomingReferral) => r.casCaseManagers.join(', ') || null },
    {
      key: 'provider',
      label: t('Provider result'),
      value: (r: IncomingReferral) => providerResultOptions(t).find((o) => o.value === r.providerResult)?.label ?? null,
    },
    {
      key: 'result',
      label: t('Referral result'),
      value: (r: IncomingReferral) => hudLabel('ReferralResult', r.ReferralResult) ?? null,
    },
    { key: 'resultDate', label: t('Result date'), value: (r: IncomingReferral) => r.ResultDate },
    {
      key: 'actions',
      label: t('Actions'),
      action: true,
      value: () => null,
      render: (r: IncomingReferral) =>
        mayWork(r) ? (
          <Group gap="xs" wrap="nowrap">
            {r.ReferralResult === null && (
              <Button
                size="xs"
                aria-label={t('Start HMIS Intake for {{id}}', { id: r.PersonalID })}
                onClick={() => startIntake(r)}
              >
                {t('Start HMIS Intake')}
              </Button>
            )}
            <Button
              size="xs"
              variant="default"
              aria-label={t('Record outcome for {{id}}', { id: r.PersonalID })}
              onClick={() => setRecording(r)}
            >
              {t('Record outcome')}
            </Button>
          </Group>
        ) : (
          <Text size="xs" c="dimmed">
            {t('Work as the provider to act')}
          </Text>
        ),
    },
  ];
  return (
    <Stack>
      <Title order={1}>{t('Incoming Housing Referrals')}</Title>
      {dialog}
      {(rows.error || problem) && <Alert color="red">{problem ?? errorMessage(rows.error)}</Alert>}
      <Group align="flex-end">
        <NativeSelect
          label={t('Project')}
          value={projectId}
          data={[
            { value: '', label: t('All my projects') },
            ...mine.map((p) => ({ value: p.ProjectID, label: p.ProjectName })),
          ]}
          onChange={(e) => setFilter('projectId', e.currentTarget.value)}
        />
        <NativeSelect
          label={t('Result')}
          value={result}
          data={results}
          onChange={(e) => setFilter('result', e.currentTarget.value)}
        />
      </Group>
      {rows.data && (
        <FilterSortTable
          label={t('Incoming housing referrals')}
          rows={rows.data.items}
          columns={columns}
          rowKey={(r) => r.EventID}
          empty={t('No referrals match.')}
          view={list.view}
          onView={list.setView}
        />
      )}
      <ListPages list={list} label={t('Incoming housing referrals pages')} />
      {recording && (
        <OutcomeModal
          row={recording}
          onClose={() => setRecording(null)}
          onDone={() => {
            setRecording(null);
            notifications.show({ color: 'green', message: t('Referral outcome recorded') });
            qc.invalidateQueries({ queryKey: ['cas'] });
          }}
        />
      )}
    </Stack>
  );
}
