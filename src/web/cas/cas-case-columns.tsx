// The columns of the CAS caseloads (My and Agency CAS Active Cases) and the prioritization list.
import { Anchor, Badge } from '@mantine/core';
import type { TFunction } from 'i18next';
import { Link } from 'react-router';
import { hudLabel } from '../../hud/codes.ts';
import { personName } from '../enrollments/types.ts';
import type { CasCase } from './cas-api.ts';
import type { Column } from './filter-sort-table.tsx';

const names = (r: CasCase) => r.caseManagers.map((m) => m.name).join(', ');
const ties = (r: CasCase) => r.areaTies.map((tie) => tie.name).join(', ');

/**
 * The columns, their labels in the screen's language (`t` of the cas namespace), each sorted and
 * filtered by the server (src/server/cas/case-list-columns.ts): Document Check by the "2 of 3" it
 * shows, least ready first.
 */
export function casCaseColumns<T extends CasCase>(t: TFunction, o: { organization?: boolean } = {}): Column<T>[] {
  const docs = (r: CasCase) =>
    r.documentCheck
      ? t('{{ready}} of {{required}}', { ready: r.documentCheck.ready, required: r.documentCheck.required })
      : null;
  return [
    {
      key: 'client',
      label: t('Client'),
      value: (r) => personName(r),
      render: (r) => (
        <Anchor component={Link} to={`/cas/households/${r.EnrollmentID}`}>
          {personName(r)}
        </Anchor>
      ),
    },
    { key: 'id', label: t('Client ID'), value: (r) => r.PersonalID },
    { key: 'size', label: t('Household'), value: (r) => r.householdSize },
    ...(o.organization ? [{ key: 'org', label: t('Access point'), value: (r: T) => r.ProjectName }] : []),
    { key: 'start', label: t('CAS enrollment'), value: (r) => r.EntryDate },
    { key: 'days', label: t('Days active'), value: (r) => r.daysActive },
    {
      key: 'assessment',
      label: t('Latest assessment'),
      value: (r) =>
        r.AssessmentDate ? `${r.AssessmentDate} ${hudLabel('AssessmentLevel', r.AssessmentLevel) ?? ''}` : null,
    },
    {
      key: 'score',
      label: t('Score'),
      value: (r) => r.score,
      render: (r) => (r.score === null ? '—' : `${r.score}${r.band ? ` (${r.band})` : ''}`),
    },
    {
      key: 'status',
      label: t('Prioritization status'),
      value: (r) => hudLabel('PrioritizationStatus', r.PrioritizationStatus) ?? null,
    },
    { key: 'ties', label: t('Area ties'), value: (r) => ties(r) || null },
    {
      key: 'event',
      label: t('Latest event'),
      value: (r) => (r.Event === null ? null : `${r.EventDate} ${hudLabel('EventType', r.Event) ?? ''}`),
    },
    {
      key: 'awaiting',
      label: t('Referrals awaiting result'),
      value: (r) => r.referralsAwaiting,
      render: (r) => (r.referralsAwaiting ? <Badge color="orange">{r.referralsAwaiting}</Badge> : '0'),
    },
    {
      key: 'docs',
      label: t('Document Check'),
      value: docs,
      render: (r) =>
        r.documentCheck ? (
          <Anchor
            component={Link}
            to={`/clients/${r.PersonalID}/document-check`}
            title={
              r.documentCheck.missing.length
                ? t('Missing: {{documents}}', { documents: r.documentCheck.missing.join(', ') })
                : t('Nothing missing')
            }
          >
            {docs(r)}
          </Anchor>
        ) : (
          '—'
        ),
    },
    {
      key: 'contact',
      label: t('Last contact'),
      value: (r) => r.lastContact,
      render: (r) => t('{{date}} ({{days}} days)', { date: r.lastContact, days: r.daysSinceContact }),
    },
    { key: 'managers', label: t('CAS case manager'), value: (r) => names(r) || null },
  ];
}
